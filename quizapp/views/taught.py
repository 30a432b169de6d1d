"""A teacher's own objects, fetched by id: anything outside the teacher's
classes is a 404, so another teacher's ids in a URL reveal nothing. Admins
see every class (selectors.classrooms_taught_by)."""

from django.shortcuts import get_object_or_404

from .. import selectors
from ..http import HtmxHttpRequest
from ..models import Assignment, Attempt, Classroom, JoinRequest, Student


def taught_classroom(request: HtmxHttpRequest, classroom_id: int) -> Classroom:
    return get_object_or_404(
        selectors.classrooms_taught_by(request.user), pk=classroom_id
    )


def taught_student(request: HtmxHttpRequest, student_id: int) -> Student:
    return get_object_or_404(
        Student.objects.select_related("classroom").filter(
            classroom__in=selectors.classrooms_taught_by(request.user)
        ),
        pk=student_id,
    )


def taught_assignment(request: HtmxHttpRequest, assignment_id: int) -> Assignment:
    return get_object_or_404(
        Assignment.objects.select_related("exercise", "classroom").filter(
            classroom__in=selectors.classrooms_taught_by(request.user)
        ),
        pk=assignment_id,
    )


def taught_attempt(request: HtmxHttpRequest, attempt_id: int) -> Attempt:
    return get_object_or_404(
        Attempt.objects.select_related(
            "student", "assignment__exercise__answer_key", "assignment__classroom"
        ).filter(
            assignment__classroom__in=selectors.classrooms_taught_by(request.user)
        ),
        pk=attempt_id,
    )


def taught_join_request(request: HtmxHttpRequest, join_request_id: int) -> JoinRequest:
    return get_object_or_404(
        JoinRequest.objects.select_related("classroom").filter(
            classroom__in=selectors.classrooms_taught_by(request.user)
        ),
        pk=join_request_id,
    )
