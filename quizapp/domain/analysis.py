"""The numbers behind the teacher dashboards: where a class confuses one kind
of sentence for another, which sentences are most missed or disputed, and
whether a student tells unverified claims from sourced ones or simply doubts
everything."""

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from fractions import Fraction

from articles.domain.labels import DISPLAY_NAMES, EXERCISE_LABELS, Label
from quizapp.domain.summary import PLURALS

BLANK_NAME = "Left blank"


# The matrix columns: what a student can answer, then the blank answer.
COLUMNS: tuple[Label | None, ...] = (*EXERCISE_LABELS, None)


@dataclass(frozen=True)
class Response:
    """One student's answer to one asked sentence."""

    student_id: int
    segment_id: int
    key: Label  # the answer key's label for the sentence
    given: Label | None  # the student's label; None when left blank

    def __post_init__(self) -> None:
        # Page chrome (Label.NONE) is never asked and students cannot choose
        # it, so it has no row or column to be counted in. Failing here is
        # better than a matrix whose cells don't add up to its totals.
        if self.key not in EXERCISE_LABELS:
            raise ValueError(f"Segment {self.segment_id} is not asked: {self.key!r}")
        if self.given is not None and self.given not in EXERCISE_LABELS:
            raise ValueError(f"A student cannot answer {self.given!r}")


def percent(part: int, whole: int) -> int:
    """Whole percent of `whole`, rounded as Score.percent rounds; 0 of nothing is 0."""
    if whole == 0:
        return 0
    return round(100 * part / whole)


def _column_name(given: Label | None) -> str:
    return BLANK_NAME if given is None else DISPLAY_NAMES[given]


@dataclass(frozen=True)
class MatrixCell:
    key: Label
    given: Label | None  # None: the blank column
    count: int
    percent: int  # of the row: how this kind of sentence was answered
    pairs: tuple[tuple[int, int], ...]  # (student_id, segment_id) behind the count

    @property
    def is_diagonal(self) -> bool:
        return self.given == self.key

    @property
    def given_name(self) -> str:
        return _column_name(self.given)


@dataclass(frozen=True)
class MatrixRow:
    key: Label
    total: int  # every answer to sentences of this kind, blanks included
    cells: tuple[MatrixCell, ...]  # in COLUMNS order

    @property
    def name(self) -> str:
        return DISPLAY_NAMES[self.key]


@dataclass(frozen=True)
class ConfusionMatrix:
    rows: tuple[MatrixRow, ...]  # in EXERCISE_LABELS order, empty rows included

    @property
    def column_names(self) -> tuple[str, ...]:
        """Header text for the columns, in the order of every row's cells."""
        return tuple(_column_name(given) for given in COLUMNS)

    @property
    def total(self) -> int:
        return sum(row.total for row in self.rows)

    def cell(self, key: Label, given: Label | None) -> MatrixCell:
        """The cell for sentences keyed `key` that students answered `given`."""
        row = self.rows[EXERCISE_LABELS.index(key)]
        return row.cells[COLUMNS.index(given)]


def confusion_matrix(responses: Iterable[Response]) -> ConfusionMatrix:
    """Count answers by (key label, student label), keeping who is behind each.

    Every row and column is present even when empty, so the table keeps the
    same shape from one assignment to the next.
    """
    pairs: dict[tuple[Label, Label | None], list[tuple[int, int]]] = defaultdict(list)
    for response in responses:
        pairs[response.key, response.given].append(
            (response.student_id, response.segment_id)
        )
    rows = []
    for key in EXERCISE_LABELS:
        total = sum(len(pairs[key, given]) for given in COLUMNS)
        cells = tuple(
            MatrixCell(
                key=key,
                given=given,
                count=len(pairs[key, given]),
                percent=percent(len(pairs[key, given]), total),
                pairs=tuple(pairs[key, given]),
            )
            for given in COLUMNS
        )
        rows.append(MatrixRow(key=key, total=total, cells=cells))
    return ConfusionMatrix(rows=tuple(rows))


def confusion_phrases(
    matrix: ConfusionMatrix, *, min_count: int = 2, min_percent: int = 30
) -> list[str]:
    """Sentences naming the confusions worth a conversation, most frequent first.

    A cell needs both thresholds: `min_count` keeps one slip out of a short
    exercise, `min_percent` keeps a habit that is rare for its kind of
    sentence out of a long one. The percent is the one the matrix shows.
    """
    found = [
        cell
        for row in matrix.rows
        for cell in row.cells
        if not cell.is_diagonal
        and cell.count >= min_count
        and cell.percent >= min_percent
    ]
    # Equal counts: the larger share of its row first, then (sorted() being
    # stable) the matrix's reading order.
    found = sorted(found, key=lambda cell: (-cell.count, -cell.percent))
    phrases = []
    for cell in found:
        total = matrix.rows[EXERCISE_LABELS.index(cell.key)].total
        if cell.given is None:
            text = f"Often leaves {PLURALS[cell.key]} blank"
        else:
            text = f"Often labels {PLURALS[cell.key]} as {PLURALS[cell.given]}"
        phrases.append(f"{text} ({cell.count} of {total}).")
    return phrases


@dataclass(frozen=True)
class ItemStats:
    segment_id: int
    key: Label
    answered: int  # answers other than blank
    blank: int
    correct: int
    shares: dict[Label, int]  # percent of the answered, per EXERCISE_LABEL
    most_common_wrong: Label | None
    most_common_wrong_count: int

    @property
    def correct_share(self) -> int:
        """Percent of the answered that match the key."""
        return percent(self.correct, self.answered)

    @property
    def wrong(self) -> int:
        return self.answered - self.correct


def _item_stats(segment_id: int, key: Label, given: list[Label | None]) -> ItemStats:
    answers = [label for label in given if label is not None]
    counts = Counter(answers)
    wrong = [(counts[label], label) for label in EXERCISE_LABELS if label != key]
    # max() keeps the first of equal counts, so ties go to EXERCISE_LABELS
    # order rather than to whichever answer happened to arrive first.
    wrong_count, wrong_label = max(wrong, key=lambda pair: pair[0])
    return ItemStats(
        segment_id=segment_id,
        key=key,
        answered=len(answers),
        blank=len(given) - len(answers),
        correct=counts[key],
        shares={
            label: percent(counts[label], len(answers)) for label in EXERCISE_LABELS
        },
        most_common_wrong=wrong_label if wrong_count else None,
        most_common_wrong_count=wrong_count,
    )


def item_analysis(
    responses: Iterable[Response], segment_order: Sequence[int]
) -> list[ItemStats]:
    """One ItemStats per answered sentence, most missed first.

    Ordered by the exact share correct, not the rounded one, so 1 of 3 comes
    before 33 of 100; equal shares keep the article's order (`segment_order`),
    and a sentence missing from it goes last. A sentence only ever left blank
    has no right answers and so sorts with the most missed: nobody got it.
    """
    keys: dict[int, Label] = {}
    given: dict[int, list[Label | None]] = defaultdict(list)
    for response in responses:
        if keys.setdefault(response.segment_id, response.key) != response.key:
            # One answer key per assignment: two keys for one sentence means
            # the caller mixed assignments, and the shares would be nonsense.
            raise ValueError(f"Segment {response.segment_id} has two keys")
        given[response.segment_id].append(response.given)
    items = [_item_stats(segment, keys[segment], given[segment]) for segment in keys]
    position = {segment: index for index, segment in enumerate(segment_order)}

    def most_missed_first(item: ItemStats) -> tuple[Fraction, int, int]:
        share = Fraction(item.correct, item.answered) if item.answered else Fraction(0)
        return share, position.get(item.segment_id, len(position)), item.segment_id

    return sorted(items, key=most_missed_first)


def disputed_items(
    items: Iterable[ItemStats], *, min_answers: int = 3, threshold: int = 50
) -> list[ItemStats]:
    """Items where more than `threshold` percent of the answers disagree with
    the key, among items with at least `min_answers` answers; order is kept.

    Most of a class agreeing on another label is a hint the key, or the
    sentence, deserves a second look; `most_common_wrong` is what they chose.
    The comparison is exact: 2 of 4 disagreeing is 50%, not more than 50%.
    """
    return [
        item
        for item in items
        if item.answered >= min_answers and 100 * item.wrong > threshold * item.answered
    ]
