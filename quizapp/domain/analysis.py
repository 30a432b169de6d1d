"""The numbers behind the teacher dashboards: where a class confuses one kind
of sentence for another, which sentences are most missed or disputed, and
whether a student tells unverified claims from sourced ones or simply doubts
everything."""

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from fractions import Fraction
from statistics import NormalDist

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


def _percent(part: int, whole: int) -> int:
    """Whole percent of `whole`, rounded as Score.percent rounds; 0 of nothing is 0."""
    if whole == 0:
        return 0
    return round(100 * part / whole)


def _column_name(given: Label | None) -> str:
    return BLANK_NAME if given is None else DISPLAY_NAMES[given]


# -- Confusion matrix ------------------------------------------------------


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
                percent=_percent(len(pairs[key, given]), total),
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


# -- Item analysis ---------------------------------------------------------


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
        return _percent(self.correct, self.answered)

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
            label: _percent(counts[label], len(answers)) for label in EXERCISE_LABELS
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


# -- Signal detection: telling unverified from sourced ---------------------

# The log-linear correction (Hautus 1995): without it a perfect hit rate or
# a zero false-alarm rate has an infinite z, and every small class has them.
_CORRECTION_COUNT = 0.5
_CORRECTION_TRIALS = 1

# Fewer answers than this on either side and d' says more about luck than
# about the student: two right answers each side already give d' ≈ 1.9.
MIN_TRIALS_FOR_READING = 3

# d' ≥ 1.5 is, for an unbiased student, about 77% of unverified claims
# caught for 23% of sourced ones doubted; 0.5 is barely off chance (60/40).
GOOD_D_PRIME = 1.5
SOME_D_PRIME = 0.5
# Doubting 4 in 10 properly sourced claims is doubting by default, not by
# reading the attribution.
SCEPTICAL_FALSE_ALARM_RATE = 0.4


def _z(count: int, trials: int) -> float:
    rate = (count + _CORRECTION_COUNT) / (trials + _CORRECTION_TRIALS)
    return NormalDist().inv_cdf(rate)


@dataclass(frozen=True)
class SignalDetection:
    """Unverified assertions are the signal, sourced claims the noise; calling
    a sentence an unverified assertion is saying "signal". Editorial appeals
    and blank answers take no part."""

    hits: int  # unverified assertions labeled unverified
    misses: int  # unverified assertions given another label
    false_alarms: int  # sourced claims labeled unverified
    correct_rejections: int  # sourced claims given another label

    @property
    def signal_trials(self) -> int:
        return self.hits + self.misses

    @property
    def noise_trials(self) -> int:
        return self.false_alarms + self.correct_rejections

    @property
    def hit_rate(self) -> float | None:
        """The raw share of unverified assertions caught, uncorrected."""
        return self.hits / self.signal_trials if self.signal_trials else None

    @property
    def false_alarm_rate(self) -> float | None:
        """The raw share of sourced claims called unverified, uncorrected."""
        return self.false_alarms / self.noise_trials if self.noise_trials else None

    def _z_scores(self) -> tuple[float, float] | None:
        """z of the corrected hit and false-alarm rates; None without both."""
        if not (self.signal_trials and self.noise_trials):
            return None
        return _z(self.hits, self.signal_trials), _z(
            self.false_alarms, self.noise_trials
        )

    @property
    def d_prime(self) -> float | None:
        """How well unverified is told from sourced, whatever the student's
        leaning: 0 is chance, higher is better."""
        z_scores = self._z_scores()
        if z_scores is None:
            return None
        z_hit, z_false_alarm = z_scores
        return z_hit - z_false_alarm

    @property
    def criterion(self) -> float | None:
        """The leaning, apart from skill: positive is reluctant to call a claim
        unverified, negative is quick to doubt everything."""
        z_scores = self._z_scores()
        if z_scores is None:
            return None
        z_hit, z_false_alarm = z_scores
        return -(z_hit + z_false_alarm) / 2

    @property
    def reading(self) -> str:
        """d' in words for a teacher who has never heard of d'."""
        d_prime = self.d_prime
        false_alarm_rate = self.false_alarm_rate
        if (
            d_prime is None
            or false_alarm_rate is None
            or min(self.signal_trials, self.noise_trials) < MIN_TRIALS_FOR_READING
        ):
            return "Not enough answers yet"
        if d_prime >= GOOD_D_PRIME:
            return "Tells unverified from sourced claims well"
        if d_prime >= SOME_D_PRIME:
            return "Sometimes tells unverified from sourced claims"
        # A low d' with many false alarms is blanket scepticism, the habit the
        # exercise most wants to catch; otherwise the student isn't yet
        # using attribution at all.
        if false_alarm_rate >= SCEPTICAL_FALSE_ALARM_RATE:
            return "Doubts sourced and unverified claims alike"
        return "Does not yet tell unverified from sourced claims"


def signal_detection(responses: Iterable[Response]) -> SignalDetection:
    """Count hits, misses, false alarms and correct rejections."""
    hits = misses = false_alarms = correct_rejections = 0
    for response in responses:
        if response.given is None:
            continue
        says_unverified = response.given == Label.UNVERIFIED_ASSERTION
        if response.key == Label.UNVERIFIED_ASSERTION:
            hits += says_unverified
            misses += not says_unverified
        elif response.key == Label.SOURCED_CLAIM:
            false_alarms += says_unverified
            correct_rejections += not says_unverified
    return SignalDetection(
        hits=hits,
        misses=misses,
        false_alarms=false_alarms,
        correct_rejections=correct_rejections,
    )


def signal_detection_over_time(
    per_assignment: Sequence[tuple[str, Sequence[Response]]],
) -> list[tuple[str, SignalDetection]]:
    """signal_detection for each (assignment name, responses), order kept."""
    return [(name, signal_detection(responses)) for name, responses in per_assignment]


# -- Score distribution ----------------------------------------------------


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
            share_of_max=_percent(count, tallest),
        )
        for index, (low, count) in enumerate(zip(lows, counts, strict=True))
    ]


# -- Label profile of an answer key ----------------------------------------


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
