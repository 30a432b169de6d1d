"""How a submitted attempt's result is put to the student: which kind of
comment fits the score, so that praise is never given where the work does
not earn it. The words themselves are the template's (translated there)."""

from enum import StrEnum


class ScoreBand(StrEnum):
    STRONG = "strong"  # almost everything like the key, nothing blank
    GOOD = "good"
    FAIR = "fair"
    HARD = "hard"


STRONG_FROM = 85
GOOD_FROM = 65
FAIR_FROM = 40


def score_band(*, percent: int, blank_count: int) -> ScoreBand:
    """The comment a score earns. Blanks keep the top comment away: a
    sentence left out was not judged, however the others went."""
    if percent >= STRONG_FROM and blank_count == 0:
        return ScoreBand.STRONG
    if percent >= GOOD_FROM:
        return ScoreBand.GOOD
    if percent >= FAIR_FROM:
        return ScoreBand.FAIR
    return ScoreBand.HARD
