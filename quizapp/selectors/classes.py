"""A teacher's classes at a glance: the home overview, an assignment's roster,
students sharing a device, and who waits to join."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import Count, Q, QuerySet
from django.utils import timezone

from ..domain.assignment_stage import Stage, assignment_stage
from ..models import (
    Assignment,
    Attempt,
    Classroom,
    Exercise,
    JoinRequest,
    Student,
)
from .access import classrooms_taught_by


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


def stage_of(assignment: Assignment, now: datetime | None = None) -> Stage:
    """Where the assignment stands now and the actions that fit (no query)."""
    return assignment_stage(
        opens_at=assignment.opens_at,
        due_at=assignment.due_at,
        closed_at=assignment.closed_at,
        feedback_policy=assignment.feedback_policy,
        released_at=assignment.feedback_released_at,
        now=now or timezone.now(),
    )


@dataclass(frozen=True)
class StagedAssignment:
    assignment: Assignment
    stage: Stage


def staged_assignments(assignments: Iterable[Assignment]) -> list[StagedAssignment]:
    """Each assignment with its stage, for the class page's list (no query)."""
    now = timezone.now()
    return [StagedAssignment(item, stage_of(item, now)) for item in assignments]


@dataclass(frozen=True)
class AssignmentPage:
    stage: Stage
    rows: list[RosterRow]


def assignment_page(*, assignment: Assignment) -> AssignmentPage:
    """The assignment page: its stage and its roster (two queries)."""
    return AssignmentPage(
        stage=stage_of(assignment), rows=assignment_roster(assignment=assignment)
    )


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


def removed_students(classroom: Classroom) -> list[Student]:
    """Students taken off the roster whose work is kept: they can come back."""
    return list(classroom.students.filter(removed_at__isnull=False))


def exercise_assignments(
    exercise: Exercise, user: AbstractBaseUser
) -> QuerySet[Assignment]:
    """Where an exercise is assigned, in the classes this user teaches."""
    return exercise.assignments.select_related("classroom").filter(
        classroom__in=classrooms_taught_by(user)
    )


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


def waiting_requests(classroom: Classroom) -> list[JoinRequest]:
    """Requests still waiting, each with the nicknames its device already
    joined as (one query, two when someone waits)."""
    waiting = list(classroom.join_requests.filter(decided_at__isnull=True))
    if not waiting:
        return []
    joined: dict[str, list[str]] = {}
    for digest, nickname in classroom.students.filter(
        device_digest__in={request.device_digest for request in waiting},
        removed_at__isnull=True,
    ).values_list("device_digest", "nickname"):
        joined.setdefault(digest, []).append(nickname)
    for request in waiting:
        request.device_nicknames = joined.get(request.device_digest, [])
    return waiting
