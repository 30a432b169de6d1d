"""How scores and labels spread: the class's score histogram and a student's
share of each label."""

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from articles.domain.labels import DISPLAY_NAMES, EXERCISE_LABELS, Label

from .analysis import percent


@dataclass(frozen=True)
class HistogramBin:
    low: int
    high: int  # inclusive for whole-number scores; the last bin holds 100
    count: int
    share_of_max: int  # 0 to 100, the bar's width against the tallest bar

    @property
    def label(self) -> str:
        return f"{self.low}\u2013{self.high}%"  # en dash: a range


def score_histogram(
    percentages: Iterable[float | int], *, bin_width: int = 10
) -> list[HistogramBin]:
    """Scores counted into bins of `bin_width` points: [0, 10), [10, 20), …,
    [90, 100]. A perfect score would otherwise get a bin of its own."""
    if not 1 <= bin_width <= 100:
        raise ValueError(f"bin_width must be from 1 to 100, not {bin_width}")
    lows = range(0, 100, bin_width)
    counts = [0] * len(lows)
    for percentage in percentages:
        if not 0 <= percentage <= 100:
            raise ValueError(f"Not a percentage: {percentage}")
        counts[min(int(percentage // bin_width), len(lows) - 1)] += 1
    tallest = max(counts)
    return [
        HistogramBin(
            low=low,
            high=100 if index == len(lows) - 1 else low + bin_width - 1,
            count=count,
            share_of_max=percent(count, tallest),
        )
        for index, (low, count) in enumerate(zip(lows, counts, strict=True))
    ]


@dataclass(frozen=True)
class ProfileShare:
    label: Label
    count: int
    percent: int  # the profile's percents add up to exactly 100
    total: int  # asked sentences in the key, the same on every share

    @property
    def name(self) -> str:
        return DISPLAY_NAMES[self.label]


def label_profile(labels: Iterable[Label]) -> list[ProfileShare]:
    """How an article's asked sentences divide among the labels.

    Percents use largest-remainder rounding (each gets its floor, and the
    points left go to the largest remainders, ties in EXERCISE_LABELS order),
    because a bar of three parts that reads 33 + 33 + 33 looks wrong.
    Page chrome (Label.NONE) is left out.
    """
    counts = Counter(label for label in labels if label != Label.NONE)
    total = sum(counts.values())
    if total == 0:
        return [ProfileShare(label, 0, 0, 0) for label in EXERCISE_LABELS]
    floors = {}
    remainders = {}
    for label in EXERCISE_LABELS:
        floors[label], remainders[label] = divmod(100 * counts[label], total)
    left = 100 - sum(floors.values())
    by_remainder = sorted(EXERCISE_LABELS, key=lambda label: -remainders[label])
    for label in by_remainder[:left]:
        floors[label] += 1
    return [
        ProfileShare(label, counts[label], floors[label], total)
        for label in EXERCISE_LABELS
    ]
