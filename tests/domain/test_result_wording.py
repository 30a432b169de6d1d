import pytest

from quizapp.domain.result_wording import ScoreBand, score_band


@pytest.mark.parametrize(
    ("percent", "blank_count", "band"),
    [
        (100, 0, ScoreBand.STRONG),
        (85, 0, ScoreBand.STRONG),
        (90, 1, ScoreBand.GOOD),  # a blank keeps the top comment away
        (84, 0, ScoreBand.GOOD),
        (65, 3, ScoreBand.GOOD),
        (57, 4, ScoreBand.FAIR),  # the "Well done!" at 57 % with blanks
        (40, 0, ScoreBand.FAIR),
        (39, 0, ScoreBand.HARD),
        (0, 20, ScoreBand.HARD),
    ],
)
def test_the_comment_fits_the_score_and_the_blanks(percent, blank_count, band):
    assert score_band(percent=percent, blank_count=blank_count) == band
