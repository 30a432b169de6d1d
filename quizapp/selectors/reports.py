"""Data for the teacher's reports: one assignment's class results, a
student's profile and the export rows.

Each report reads a fixed number of queries whatever the size of the class
(the answers in one query, pivoted in Python) and hands the numbers to the
pure functions of domain/analysis.py.
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from articles.domain.labels import Label
from articles.models import Article, KeyEntry
from articles.selectors import answer_key_approved_latest

from ..domain.analysis import (
    ConfusionMatrix,
    ItemStats,
    Response,
    confusion_matrix,
    confusion_phrases,
    disputed_items,
    item_analysis,
)
from ..domain.distributions import (
    HistogramBin,
    ProfileShare,
    label_profile,
    score_histogram,
)
from ..domain.headline import (
    Confusion,
    Mark,
    class_average,
    in_article_order,
    marks,
    most_confused,
    most_missed,
)
from ..domain.signal_detection import SignalDetection, signal_detection
from ..models import Answer, Assignment, Attempt, Student


@dataclass(frozen=True)
class StudentResult:
    student: Student
    attempt: Attempt | None
    detection: SignalDetection
    correct: int  # asked sentences labeled as the key says
    answered: int  # asked sentences with a label
    marks: tuple[Mark, ...] = ()  # per asked sentence, in reading order


# A dict lookup, not Label(value): tens of thousands a report, and the
# enum's constructor was a tenth of the report's time.
_LABELS = {label.value: label for label in Label}


class StoredAnswer(NamedTuple):
    """What the reports need of an answer. Plain tuples, not model
    instances: a class of 300 has 12,000 answers, and building that many
    models took most of the report's time."""

    label: str  # blank when cleared
    evidence: list[list[int]]
    updated_at: datetime | None


@dataclass(frozen=True)
class AnswerRow:
    """One student and one asked sentence: a line of the CSV export."""

    student: Student
    attempt: Attempt
    entry: KeyEntry
    answer: StoredAnswer | None

    @property
    def given(self) -> Label | None:
        return _label_of(self.answer)

    @property
    def is_correct(self) -> bool:
        return self.given == self.entry.label


@dataclass(frozen=True)
class AssignmentReport:
    assignment: Assignment
    entries: dict[int, KeyEntry]  # asked sentences by segment id, in reading order
    results: list[StudentResult]  # every student on the roster
    submitted: int
    in_progress: int
    not_started: int
    histogram: list[HistogramBin]
    items: list[ItemStats]  # most missed first
    disputed: list[ItemStats]
    matrix: ConfusionMatrix
    detection: SignalDetection  # the whole class
    rows: list[AnswerRow]
    # The class figures (items, matrix, detection, average) count submitted
    # work only unless the report was asked to include students still
    # working, whose blanks are only "not yet" and would drag them down.
    include_working: bool = False
    average: int | None = None  # mean score of submitted work
    counted: int = 0  # attempts behind the class figures
    most_missed: ItemStats | None = None
    confusion: Confusion | None = None  # the mix-up the class makes most

    @property
    def items_in_article_order(self) -> list[ItemStats]:
        return in_article_order(self.items, list(self.entries))

    @property
    def working_left_out(self) -> int:
        """Students still working whose answers the class figures leave out."""
        return 0 if self.include_working else self.in_progress


def asked_entries(assignment: Assignment) -> dict[int, KeyEntry]:
    """The key's entries the exercise asks, by segment id, in reading order
    (one query)."""
    exercise = assignment.exercise
    skipped = set(exercise.skipped_segment_ids)
    entries = (
        KeyEntry.objects.filter(answer_key_id=exercise.answer_key_id)
        .askable()
        .select_related("segment")
        .order_by("segment__position")
    )
    return {
        entry.segment_id: entry for entry in entries if entry.segment_id not in skipped
    }


def _label_of(answer: StoredAnswer | None) -> Label | None:
    """The student's label; None when blank or cleared."""
    return _LABELS[answer.label] if answer is not None and answer.label else None


def _answers_by_attempt(
    attempt_ids: list[int], *, details: bool = False
) -> dict[int, dict[int, StoredAnswer]]:
    """Answers by attempt and sentence (one query); evidence and save times
    only with `details` (the exports), as decoding them is the costly part."""
    answers: dict[int, dict[int, StoredAnswer]] = defaultdict(dict)
    stored = Answer.objects.filter(attempt_id__in=attempt_ids).order_by()
    if details:
        rows = stored.values_list(
            "attempt_id", "segment_id", "label", "evidence", "updated_at"
        )
        for attempt_id, segment_id, label, evidence, updated_at in rows:
            answers[attempt_id][segment_id] = StoredAnswer(label, evidence, updated_at)
    else:
        for attempt_id, segment_id, label in stored.values_list(
            "attempt_id", "segment_id", "label"
        ):
            answers[attempt_id][segment_id] = StoredAnswer(label, [], None)
    return answers


def assignment_report(
    *, assignment: Assignment, details: bool = False, include_working: bool = False
) -> AssignmentReport:
    """Everything the assignment report shows, in four queries; `details`
    adds each answer's evidence and save time (for the exports). The class
    figures count submitted attempts, and those in progress too with
    `include_working`; every started attempt has its rows and grid marks."""
    entries = asked_entries(assignment)
    students = list(
        assignment.classroom.students.filter(removed_at__isnull=True).order_by(
            "nickname"
        )
    )
    attempts = {
        attempt.student_id: attempt
        for attempt in Attempt.objects.filter(assignment=assignment)
    }
    answers = _answers_by_attempt(
        [attempt.pk for attempt in attempts.values()], details=details
    )
    key_labels = {
        segment_id: _LABELS[entry.label] for segment_id, entry in entries.items()
    }
    responses: list[Response] = []
    rows: list[AnswerRow] = []
    results = []
    counted = 0
    for student in students:
        attempt = attempts.get(student.pk)
        mine: list[Response] = []
        if attempt is not None:
            stored = answers[attempt.pk]
            for segment_id, entry in entries.items():
                answer = stored.get(segment_id)
                rows.append(AnswerRow(student, attempt, entry, answer))
                mine.append(
                    Response(
                        student.pk,
                        segment_id,
                        key_labels[segment_id],
                        _label_of(answer),
                    )
                )
        if attempt is not None and (include_working or attempt.is_submitted):
            responses.extend(mine)
            counted += 1
        results.append(
            StudentResult(
                student,
                attempt,
                signal_detection(mine),
                correct=sum(response.given == response.key for response in mine),
                answered=sum(response.given is not None for response in mine),
                marks=marks((response.key, response.given) for response in mine),
            )
        )
    started = [result.attempt for result in results if result.attempt is not None]
    submitted = sum(attempt.is_submitted for attempt in started)
    items = item_analysis(responses, list(entries))
    matrix = confusion_matrix(responses)
    scores = [
        attempt.score_percent
        for attempt in started
        if attempt.is_submitted and attempt.score_percent is not None
    ]
    return AssignmentReport(
        assignment=assignment,
        entries=entries,
        results=results,
        submitted=submitted,
        in_progress=len(started) - submitted,
        not_started=len(students) - len(started),
        histogram=score_histogram(scores),
        items=items,
        disputed=disputed_items(items),
        matrix=matrix,
        detection=signal_detection(responses),
        rows=rows,
        include_working=include_working,
        average=class_average(scores),
        counted=counted,
        most_missed=most_missed(items),
        confusion=most_confused(matrix),
    )


@dataclass(frozen=True)
class ProfileLine:
    """One of a student's assignments on their profile."""

    assignment: Assignment
    attempt: Attempt | None
    detection: SignalDetection
    correct: int
    answered: int


@dataclass(frozen=True)
class StudentProfile:
    student: Student
    lines: list[ProfileLine]  # oldest assignment first: the trend reads left to right
    matrix: ConfusionMatrix  # over every assignment
    phrases: list[str]
    detection: SignalDetection
    comments: list[tuple[Assignment, str]]  # the teacher's overrides and notes

    @property
    def category_accuracy(self) -> list[tuple[str, int, int]]:
        """(kind of sentence, answered right, answered) per label."""
        return [
            (row.name, row.cells[index].count, row.total)
            for index, row in enumerate(self.matrix.rows)
        ]


def student_profile(*, student: Student) -> StudentProfile:
    """Every assignment of the student's class with their results (five
    queries whatever the number of assignments)."""
    assignments = list(
        Assignment.objects.filter(classroom_id=student.classroom_id)
        .select_related("exercise")
        .order_by("created_at")
    )
    attempts = {
        attempt.assignment_id: attempt
        for attempt in Attempt.objects.filter(student=student).prefetch_related(
            "mark_overrides"
        )
    }
    answers = _answers_by_attempt([attempt.pk for attempt in attempts.values()])
    key_ids = {assignment.exercise.answer_key_id for assignment in assignments}
    keys: dict[int, dict[int, KeyEntry]] = defaultdict(dict)
    for entry in (
        KeyEntry.objects.filter(answer_key_id__in=key_ids).askable().order_by()
    ):
        keys[entry.answer_key_id][entry.segment_id] = entry
    everything: list[Response] = []
    lines = []
    comments = []
    for assignment in assignments:
        attempt = attempts.get(assignment.pk)
        skipped = set(assignment.exercise.skipped_segment_ids)
        mine = []
        if attempt is not None:
            for segment_id, entry in keys[assignment.exercise.answer_key_id].items():
                if segment_id in skipped:
                    continue
                given = _label_of(answers[attempt.pk].get(segment_id))
                mine.append(Response(student.pk, segment_id, Label(entry.label), given))
            if attempt.override_comment:
                comments.append((assignment, attempt.override_comment))
            comments.extend(
                (assignment, mark.comment)
                for mark in attempt.mark_overrides.all()
                if mark.comment
            )
        everything.extend(mine)
        lines.append(
            ProfileLine(
                assignment=assignment,
                attempt=attempt,
                detection=signal_detection(mine),
                correct=sum(response.given == response.key for response in mine),
                answered=sum(response.given is not None for response in mine),
            )
        )
    matrix = confusion_matrix(everything)
    return StudentProfile(
        student=student,
        lines=lines,
        matrix=matrix,
        phrases=confusion_phrases(matrix),
        detection=signal_detection(everything),
        comments=comments,
    )


@dataclass(frozen=True)
class SourcingProfile:
    article: Article
    shares: list[ProfileShare] | None  # None: no approved key yet


def sourcing_profile(article: Article) -> SourcingProfile:
    """How an article sources what it says: its approved key's share of each
    label (None without an approved key)."""
    key = answer_key_approved_latest(article=article)
    if key is None:
        return SourcingProfile(article, None)
    return SourcingProfile(
        article,
        label_profile(
            Label(label) for label in key.entries.values_list("label", flat=True)
        ),
    )
