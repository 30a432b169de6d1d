"""The report's headline: the few facts a teacher reads first (class average,
the most-missed sentence, the confusion the class makes most), and each
student's sentence-by-sentence marks for the grid."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from articles.domain.labels import Label

from .analysis import ConfusionMatrix, ItemStats


class Mark(StrEnum):
    """One cell of the student x sentence grid."""

    RIGHT = "right"
    WRONG = "wrong"
    BLANK = "blank"


def marks(pairs: Iterable[tuple[Label, Label | None]]) -> tuple[Mark, ...]:
    """(key, given) per asked sentence, in order, as grid cells."""
    return tuple(
        Mark.BLANK if given is None else Mark.RIGHT if given == key else Mark.WRONG
        for key, given in pairs
    )


def class_average(scores: Iterable[float | int]) -> int | None:
    """The mean score, rounded to a whole percent; None without scores."""
    scores = list(scores)
    if not scores:
        return None
    return round(sum(scores) / len(scores))


def most_missed(items: Iterable[ItemStats]) -> ItemStats | None:
    """The first item (items come most missed first) that somebody answered
    wrong; None when every answer was right or nothing was answered."""
    return next((item for item in items if item.wrong > 0), None)


@dataclass(frozen=True)
class Confusion:
    key: Label  # the kind of sentence
    given: Label  # what the class called it instead
    count: int
    total: int  # answers to sentences of this kind, blanks included

    @property
    def percent(self) -> int:
        return round(100 * self.count / self.total) if self.total else 0


def most_confused(matrix: ConfusionMatrix, *, min_count: int = 2) -> Confusion | None:
    """The wrong label chosen most often for one kind of sentence (blanks are
    not a confusion); at least `min_count` answers, so one slip is not a
    headline. Equal counts: the larger share of its row, then reading order."""
    best: Confusion | None = None
    for row in matrix.rows:
        for cell in row.cells:
            if cell.given is None or cell.is_diagonal or cell.count < min_count:
                continue
            found = Confusion(row.key, cell.given, cell.count, row.total)
            if best is None or (found.count, found.percent) > (
                best.count,
                best.percent,
            ):
                best = found
    return best


def in_article_order(
    items: Iterable[ItemStats], segment_order: Sequence[int]
) -> list[ItemStats]:
    """Items in the article's order (`segment_order`); unknown ones last."""
    position = {segment: index for index, segment in enumerate(segment_order)}
    return sorted(items, key=lambda item: position.get(item.segment_id, len(position)))
