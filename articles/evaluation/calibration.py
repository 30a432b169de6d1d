"""Whether the labeler's confidence means what it says: how often each rule
is right (to calibrate it) and how often each confidence band is wrong (to
check it on sentences it was not calibrated on)."""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from ..domain.suggestions import UNSURE_BELOW
from .scoring import Outcome

# A rule seen a few times is pulled toward the labeler's overall rate, so a
# lucky three out of three does not become "certain".
PRIOR_WEIGHT = 8
BANDS = (
    (0.0, UNSURE_BELOW, f"< {UNSURE_BELOW} unsure"),
    (UNSURE_BELOW, 0.8, f"{UNSURE_BELOW}-0.8"),
    (0.8, 1.01, ">= 0.8"),
)


def rule_accuracy(outcomes: Iterable[Outcome]) -> dict[str, float]:
    """Basis -> the smoothed share of its suggestions that matched the key."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for outcome in outcomes:
        if outcome.basis and outcome.basis != "uncovered":
            tally = counts[outcome.basis]
            tally[0] += 1
            tally[1] += outcome.gold == outcome.predicted
    seen = sum(total for total, _ in counts.values())
    overall = sum(right for _, right in counts.values()) / seen if seen else 0.0
    return {
        basis: round((right + PRIOR_WEIGHT * overall) / (total + PRIOR_WEIGHT), 3)
        for basis, (total, right) in sorted(counts.items())
    }


@dataclass(frozen=True)
class Band:
    name: str
    count: int
    wrong: int

    @property
    def error_rate(self) -> float:
        return self.wrong / self.count if self.count else 0.0


def confidence_bands(outcomes: Iterable[Outcome]) -> list[Band]:
    """How many suggestions fall in each confidence band, and how many of
    them are wrong."""
    tallies = {name: [0, 0] for _, _, name in BANDS}
    for outcome in outcomes:
        name = next(
            name for low, high, name in BANDS if low <= outcome.confidence < high
        )
        tallies[name][0] += 1
        tallies[name][1] += outcome.gold != outcome.predicted
    return [Band(name, count, wrong) for name, (count, wrong) in tallies.items()]
