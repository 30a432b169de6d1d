import pytest

from articles.domain.labels import Label
from quizapp.domain.distributions import label_profile, score_histogram
from tests.domain.responses import E, S, U

# -- Score histogram --------------------------------------------------------


def test_histogram_bins_hold_their_low_edge_and_100_joins_the_last_bin():
    bins = score_histogram([0, 9.99, 10, 55, 95, 100])

    assert [(bar.label, bar.count) for bar in bins if bar.count] == [
        ("0–9%", 2),
        ("10–19%", 1),
        ("50–59%", 1),
        ("90–100%", 2),
    ]
    assert len(bins) == 10
    assert (bins[-1].low, bins[-1].high) == (90, 100)


def test_histogram_bars_are_sized_against_the_tallest():
    bins = score_histogram([5, 5, 5, 15, 25, 25])

    assert [bar.share_of_max for bar in bins[:4]] == [100, 33, 67, 0]


def test_an_empty_histogram_has_every_bin_at_zero():
    bins = score_histogram([])

    assert {(bar.count, bar.share_of_max) for bar in bins} == {(0, 0)}


def test_histogram_bins_can_be_wider():
    bins = score_histogram([24, 25, 100], bin_width=25)

    assert [(bar.label, bar.count) for bar in bins] == [
        ("0–24%", 1),
        ("25–49%", 1),
        ("50–74%", 0),
        ("75–100%", 1),
    ]


@pytest.mark.parametrize("score", [-1, 100.5])
def test_a_score_outside_0_to_100_is_refused(score):
    with pytest.raises(ValueError, match="Not a percentage"):
        score_histogram([score])


# -- Label profile ----------------------------------------------------------


def test_profile_percents_sum_to_exactly_100():
    # Plain rounding gives 29 + 43 + 29 = 101: 2/7, 3/7, 2/7.
    profile = label_profile([S, S, U, U, U, E, E])

    assert [(share.label, share.count, share.percent) for share in profile] == [
        (S, 2, 29),
        (U, 3, 43),
        (E, 2, 28),
    ]
    assert {share.total for share in profile} == {7}


def test_profile_ties_for_the_spare_point_go_in_exercise_order():
    profile = label_profile([E, U, S])

    assert [share.percent for share in profile] == [34, 33, 33]


def test_profile_leaves_out_page_chrome():
    profile = label_profile([Label.NONE, Label.NONE, U])

    assert [(share.count, share.percent, share.total) for share in profile] == [
        (0, 0, 1),
        (1, 100, 1),
        (0, 0, 1),
    ]
    assert profile[1].name == "Unverified assertion"


def test_an_empty_profile_is_all_zero():
    profile = label_profile([Label.NONE])

    assert [(share.count, share.percent, share.total) for share in profile] == [
        (0, 0, 0)
    ] * 3
