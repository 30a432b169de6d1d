"""What a user may manage: admins every class and exercise, a teacher their
own. A teacher's own objects fetched by id: anything outside the teacher's
classes is a 404, so another teacher's ids in a URL reveal nothing."""

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import QuerySet
from django.shortcuts import get_object_or_404

from articles.models import Segment

from ..models import (
    Assignment,
    Attempt,
    Classroom,
    Exercise,
    JoinRequest,
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


def taught_classroom(user: AbstractBaseUser, classroom_id: int) -> Classroom:
    return get_object_or_404(classrooms_taught_by(user), pk=classroom_id)


def taught_student(user: AbstractBaseUser, student_id: int) -> Student:
    return get_object_or_404(
        Student.objects.select_related("classroom").filter(
            classroom__in=classrooms_taught_by(user)
        ),
        pk=student_id,
    )


def taught_assignment(user: AbstractBaseUser, assignment_id: int) -> Assignment:
    return get_object_or_404(
        Assignment.objects.select_related("exercise", "classroom").filter(
            classroom__in=classrooms_taught_by(user)
        ),
        pk=assignment_id,
    )


def taught_attempt(user: AbstractBaseUser, attempt_id: int) -> Attempt:
    return get_object_or_404(
        Attempt.objects.select_related(
            "student", "assignment__exercise__answer_key", "assignment__classroom"
        ).filter(assignment__classroom__in=classrooms_taught_by(user)),
        pk=attempt_id,
    )


def taught_join_request(user: AbstractBaseUser, join_request_id: int) -> JoinRequest:
    return get_object_or_404(
        JoinRequest.objects.select_related("classroom").filter(
            classroom__in=classrooms_taught_by(user)
        ),
        pk=join_request_id,
    )


def attempt_segment(attempt: Attempt, segment_id: int) -> Segment:
    """A sentence of the attempt's article; any other id is a 404."""
    return get_object_or_404(
        Segment.objects.filter(article_id=attempt.assignment.exercise.article_id),
        pk=segment_id,
    )
