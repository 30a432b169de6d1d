"""Data for the teacher's reports: one assignment's class results, a
student's profile and the export rows.

Each report reads a fixed number of queries whatever the size of the class
(the answers in one query, pivoted in Python) and hands the numbers to the
pure functions of domain/analysis.py.
"""

from collections import defaultdict
from dataclasses import dataclass

from articles.domain.labels import Label
from articles.models import KeyEntry

from .domain.analysis import (
    ConfusionMatrix,
    HistogramBin,
    ItemStats,
    Response,
    SignalDetection,
    confusion_matrix,
    confusion_phrases,
    disputed_items,
    item_analysis,
    score_histogram,
    signal_detection,
)
from .models import Answer, Assignment, Attempt, Student


@dataclass(frozen=True)
class StudentResult:
    student: Student
    attempt: Attempt | None
    detection: SignalDetection
    correct: int  # asked sentences labeled as the key says
    answered: int  # asked sentences with a label


@dataclass(frozen=True)
class AnswerRow:
    """One student and one asked sentence: a line of the CSV export."""

    student: Student
    attempt: Attempt
    entry: KeyEntry
    answer: Answer | None

    @property
    def given(self) -> Label | None:
        return Label(self.answer.label) if self.answer and self.answer.label else None

    @property
    def is_correct(self) -> bool:
        return self.given == Label(self.entry.label)


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


def asked_entries(assignment: Assignment) -> dict[int, KeyEntry]:
    """The key's entries the exercise asks, by segment id, in reading order
    (one query)."""
    exercise = assignment.exercise
    skipped = set(exercise.skipped_segment_ids)
    entries = (
        KeyEntry.objects.filter(answer_key_id=exercise.answer_key_id)
        .exclude(label=Label.NONE)
        .select_related("segment")
        .order_by("segment__position")
    )
    return {
        entry.segment_id: entry for entry in entries if entry.segment_id not in skipped
    }


def _answers_by_attempt(attempt_ids: list[int]) -> dict[int, dict[int, Answer]]:
    answers: dict[int, dict[int, Answer]] = defaultdict(dict)
    for answer in Answer.objects.filter(attempt_id__in=attempt_ids).order_by():
        answers[answer.attempt_id][answer.segment_id] = answer
    return answers


def assignment_report(*, assignment: Assignment) -> AssignmentReport:
    """Everything the assignment report shows, in four queries."""
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
    answers = _answers_by_attempt([attempt.pk for attempt in attempts.values()])
    responses: list[Response] = []
    rows: list[AnswerRow] = []
    results = []
    for student in students:
        attempt = attempts.get(student.pk)
        mine: list[Response] = []
        if attempt is not None:
            for segment_id, entry in entries.items():
                answer = answers[attempt.pk].get(segment_id)
                row = AnswerRow(student, attempt, entry, answer)
                rows.append(row)
                mine.append(
                    Response(student.pk, segment_id, Label(entry.label), row.given)
                )
        responses.extend(mine)
        results.append(
            StudentResult(
                student,
                attempt,
                signal_detection(mine),
                correct=sum(response.given == response.key for response in mine),
                answered=sum(response.given is not None for response in mine),
            )
        )
    started = [result.attempt for result in results if result.attempt is not None]
    submitted = sum(attempt.is_submitted for attempt in started)
    items = item_analysis(responses, list(entries))
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
        matrix=confusion_matrix(responses),
        detection=signal_detection(responses),
        rows=rows,
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
        KeyEntry.objects.filter(answer_key_id__in=key_ids)
        .exclude(label=Label.NONE)
        .order_by()
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
                answer = answers[attempt.pk].get(segment_id)
                given = Label(answer.label) if answer and answer.label else None
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
