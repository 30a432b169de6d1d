"""The textbook autosave view, for comparison only (make bench).

Read-then-write through the ORM with update_or_create, ignoring the
sequence number: what the real view (quizapp.views.student.answer_save)
is measured against. Never routed in the app itself.
"""

from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST

from articles.models import Segment
from quizapp.forms import AnswerForm
from quizapp.models import Answer, Assignment, Attempt
from quizapp.permissions import student_required


@require_POST
@student_required
def naive_answer_save(request, assignment_id: int, segment_id: int) -> HttpResponse:
    assignment = get_object_or_404(
        Assignment.objects.select_related("exercise"),
        pk=assignment_id,
        classroom_id=request.student.classroom_id,
    )
    attempt, _ = Attempt.objects.get_or_create(
        assignment=assignment, student=request.student
    )
    segment = get_object_or_404(
        Segment, pk=segment_id, article_id=assignment.exercise.article_id
    )
    form = AnswerForm(request.POST)
    if not form.is_valid():
        return HttpResponse("Not saved: choose one of the labels.", status=422)
    answer, _ = Answer.objects.update_or_create(
        attempt=attempt,
        segment=segment,
        defaults={"label": form.cleaned_data["label"], "seq": form.cleaned_data["seq"]},
    )
    return HttpResponse(f"Saved: {answer.get_label_display()}")


@require_POST
def request_floor(request) -> HttpResponse:
    """No work at all: the cost of a POST through Django and the app's
    middleware (CSRF check included), the floor under any save."""
    return HttpResponse("ok")
