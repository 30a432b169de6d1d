from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import Count, Q, QuerySet
from django.utils import timezone

from articles.domain.highlighting import TextPart, highlight, word_spans
from articles.domain.labels import Label
from articles.models import KeyEntry

from .domain.schedule import WorkWindow, work_window
from .domain.scoring import spans_overlap
from .models import (
    Answer,
    Assignment,
    Attempt,
    Classroom,
    Exercise,
    MarkOverride,
    Student,
)


def classrooms_taught_by(user: AbstractBaseUser) -> QuerySet[Classroom]:
    """Classes a user may manage: admins all of them, a teacher their own."""
    if user.is_staff:
        return Classroom.objects.all()
    return Classroom.objects.filter(teacher=user)


def exercises_visible_to(user: AbstractBaseUser) -> QuerySet[Exercise]:
    if user.is_staff:
        return Exercise.objects.all()
    return Exercise.objects.filter(created_by=user)


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
                filter=~Q(exercise__answer_key__entries__label=Label.NONE),
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


def student_assignments(*, student: Student) -> list[tuple[Assignment, Attempt | None]]:
    """The student's class assignments, each with the student's attempt if any."""
    assignments = list(
        student.classroom.assignments.select_related("exercise").order_by("-created_at")
    )
    attempts = {
        attempt.assignment_id: attempt
        for attempt in Attempt.objects.filter(student=student)
    }
    return [(assignment, attempts.get(assignment.pk)) for assignment in assignments]


def attempt_of(*, assignment: Assignment, student: Student) -> Attempt | None:
    return Attempt.objects.filter(assignment=assignment, student=student).first()


def assignments_for_student(student: Student) -> QuerySet[Assignment]:
    """Assignments a student may open: only their own class's."""
    return Assignment.objects.filter(classroom_id=student.classroom_id).select_related(
        "exercise", "exercise__article", "exercise__answer_key"
    )


@dataclass(frozen=True)
class LabelingItem:
    entry: KeyEntry  # the key's entry; shown to students only with feedback
    answer: Answer | None
    mark: MarkOverride | None = None  # the teacher's own mark, if any

    @property
    def segment(self):
        return self.entry.segment

    is_skipped: bool = False  # the teacher left this sentence out
    # The newest save's seq, a cleared label's included, so the page's
    # replay of unsent choices can tell what the server already has.
    saved_seq: int = 0

    @property
    def is_asked(self) -> bool:
        return self.entry.label != Label.NONE and not self.is_skipped

    @property
    def words(self) -> list[dict]:
        """The sentence's words for evidence marking, with the student's marks."""
        marked = self.answer.evidence if self.answer else []
        return [
            {
                "word": word,
                "checked": spans_overlap(marked, [(word.start, word.end)]),
            }
            for word in word_spans(self.segment.text, self.segment.start)
        ]

    @property
    def key_parts(self) -> list[TextPart]:
        """The sentence with the key's decisive words highlighted."""
        return highlight(self.segment.text, self.segment.start, self.entry.evidence)

    @property
    def is_partial(self) -> bool:
        """Right label, but the marked words miss the decisive ones."""
        return (
            self.mark is None
            and self.answer is not None
            and self.answer.label == self.entry.label
            and bool(self.entry.evidence)
            and not spans_overlap(self.answer.evidence, self.entry.evidence)
        )

    @property
    def is_blank(self) -> bool:
        """An asked sentence the student has not labeled yet."""
        return self.is_asked and self.answer is None

    @property
    def is_correct(self) -> bool:
        if self.mark is not None:
            return self.mark.is_correct
        return self.answer is not None and self.answer.label == self.entry.label


def labeling_items(*, attempt: Attempt) -> list[LabelingItem]:
    """Every sentence of the exercise in reading order with the student's answer."""
    entries = attempt.assignment.exercise.answer_key.entries.select_related(
        "segment"
    ).order_by("segment__position")
    stored = {answer.segment_id: answer for answer in attempt.answers.all()}
    answers = {
        segment_id: answer
        for segment_id, answer in stored.items()
        if not answer.is_cleared
    }
    marks = {mark.segment_id: mark for mark in attempt.mark_overrides.all()}
    skipped = set(attempt.assignment.exercise.skipped_segment_ids)
    return [
        LabelingItem(
            entry=entry,
            answer=answers.get(entry.segment_id),
            mark=marks.get(entry.segment_id),
            is_skipped=entry.segment_id in skipped,
            saved_seq=stored[entry.segment_id].seq if entry.segment_id in stored else 0,
        )
        for entry in entries
    ]


@dataclass(frozen=True)
class RosterRow:
    student: Student
    attempt: Attempt | None


def assignment_roster(*, assignment: Assignment) -> list[RosterRow]:
    """Every student on the class roster with their attempt (two queries)."""
    attempts = {
        attempt.student_id: attempt
        for attempt in Attempt.objects.filter(assignment=assignment)
    }
    return [
        RosterRow(student, attempts.get(student.pk))
        for student in assignment.classroom.students.filter(removed_at__isnull=True)
    ]


@dataclass(frozen=True)
class AssignmentCounts:
    assignment: Assignment
    submitted: int
    in_progress: int
    not_started: int


@dataclass(frozen=True)
class ClassOverview:
    classroom: Classroom
    student_count: int
    assignments: list[AssignmentCounts]


def teacher_overview(*, user: AbstractBaseUser) -> list[ClassOverview]:
    """The teacher's active classes, each assignment with how many students
    submitted, are working, or have not started (three queries in all)."""
    classrooms = list(
        classrooms_taught_by(user)
        .filter(is_archived=False)
        .annotate(
            student_count=Count("students", filter=Q(students__removed_at__isnull=True))
        )
    )
    assignments = (
        Assignment.objects.filter(classroom__in=classrooms)
        .select_related("exercise")
        .annotate(
            submitted=Count(
                "attempts",
                filter=Q(
                    attempts__status=Attempt.Status.SUBMITTED,
                    attempts__student__removed_at__isnull=True,
                ),
            ),
            in_progress=Count(
                "attempts",
                filter=Q(
                    attempts__status=Attempt.Status.IN_PROGRESS,
                    attempts__student__removed_at__isnull=True,
                ),
            ),
        )
        .order_by("-created_at")
    )
    by_class: dict[int, list[AssignmentCounts]] = {}
    students = {classroom.pk: classroom.student_count for classroom in classrooms}
    for assignment in assignments:
        by_class.setdefault(assignment.classroom_id, []).append(
            AssignmentCounts(
                assignment=assignment,
                submitted=assignment.submitted,
                in_progress=assignment.in_progress,
                not_started=max(
                    students[assignment.classroom_id]
                    - assignment.submitted
                    - assignment.in_progress,
                    0,
                ),
            )
        )
    return [
        ClassOverview(
            classroom, classroom.student_count, by_class.get(classroom.pk, [])
        )
        for classroom in classrooms
    ]


def mark_shared_devices(students: list[Student]) -> None:
    """Give each student `same_device_as`: the other nicknames in the list
    that joined from the same browser (a second nickname, perhaps to read the
    key). No query: the students are already loaded."""
    by_device: dict[str, list[Student]] = {}
    for student in students:
        if student.device_digest:
            by_device.setdefault(student.device_digest, []).append(student)
    for student in students:
        group = by_device.get(student.device_digest, [])
        student.same_device_as = [
            other.nickname for other in group if other.pk != student.pk
        ]
