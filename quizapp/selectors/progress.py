"""The live progress table: students by assignments, with who seems stuck."""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from django.db.models import Count, Q
from django.utils import timezone

from articles.models import askable_entries

from ..domain.schedule import WorkWindow, work_window
from ..models import (
    Answer,
    Assignment,
    Attempt,
    Classroom,
    Student,
)


@dataclass(frozen=True)
class ProgressCell:
    assignment: Assignment
    attempt: Attempt | None
    answered: int
    asked: int

    is_stuck: bool = False  # in progress, but no save for STUCK_AFTER

    @property
    def status_label(self) -> str:
        if self.attempt is None:
            return "Not started"
        return self.attempt.get_status_display()


@dataclass(frozen=True)
class ProgressRow:
    student: Student
    cells: list[ProgressCell]

    @property
    def last_activity(self) -> datetime | None:
        times = [cell.attempt.updated_at for cell in self.cells if cell.attempt]
        return max(times, default=None)

    @property
    def is_stuck(self) -> bool:
        return any(cell.is_stuck for cell in self.cells)


# A student working on an assignment without saving anything for this long
# is flagged on the live progress table: a lesson's pace is a label a minute.
STUCK_AFTER = timedelta(minutes=5)


PROGRESS_SORTS = {
    "name": lambda row: row.student.nickname.casefold(),
    # Stuck students first, then the longest silent: who needs help now.
    "attention": lambda row: (
        not row.is_stuck,
        row.last_activity or datetime.min.replace(tzinfo=UTC),
    ),
    "activity": lambda row: (
        -(row.last_activity.timestamp() if row.last_activity else 0)
    ),
}


@dataclass(frozen=True)
class ClassProgress:
    assignments: list[Assignment]
    rows: list[ProgressRow]


def class_progress(
    *, classroom: Classroom, sort: str = "name", now: datetime | None = None
) -> ClassProgress:
    """Students by assignments with status and score, in four queries whatever
    the size of the class."""
    now = now or timezone.now()
    assignments = list(
        classroom.assignments.select_related("exercise").annotate(
            asked=Count(
                "exercise__answer_key__entries",
                filter=askable_entries("exercise__answer_key__entries__"),
            )
        )
    )
    students = list(classroom.students.filter(removed_at__isnull=True))
    attempts = {
        (attempt.student_id, attempt.assignment_id): attempt
        for attempt in Attempt.objects.filter(assignment__classroom=classroom).annotate(
            answered=Count("answers", filter=~Q(answers__label=Answer.CLEARED))
        )
    }
    rows = []
    for student in students:
        cells = []
        for assignment in assignments:
            attempt = attempts.get((student.pk, assignment.pk))
            cells.append(
                ProgressCell(
                    assignment=assignment,
                    attempt=attempt,
                    answered=attempt.answered if attempt else 0,
                    # Skipped sentences are always ones the key asks (kept so
                    # by the services), so subtracting them is exact.
                    asked=assignment.asked
                    - len(assignment.exercise.skipped_segment_ids),
                    is_stuck=attempt is not None
                    and not attempt.is_submitted
                    and attempt.updated_at < now - STUCK_AFTER
                    # Past the due time or closed, silence is not being stuck.
                    and work_window(
                        opens_at=assignment.opens_at,
                        due_at=assignment.due_at,
                        closed_at=assignment.closed_at,
                        is_reopened_for_student=attempt.reopened_at is not None,
                        now=now,
                    )
                    == WorkWindow.OPEN,
                )
            )
        rows.append(ProgressRow(student=student, cells=cells))
    rows.sort(key=PROGRESS_SORTS.get(sort, PROGRESS_SORTS["name"]))
    return ClassProgress(assignments=assignments, rows=rows)
