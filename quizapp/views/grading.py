"""Teachers looking at one student's attempt and marking it by hand."""

from django import forms
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST

from ..http import HtmxHttpRequest
from ..permissions import teacher_required
from ..selectors import student_work
from ..selectors.access import attempt_segment, taught_attempt
from ..services import grading


class MarkForm(forms.Form):
    mark = forms.ChoiceField(
        choices=[("right", "Right"), ("wrong", "Wrong"), ("clear", "As the key says")]
    )
    comment = forms.CharField(max_length=1000, required=False)


class ScoreOverrideForm(forms.Form):
    percent = forms.IntegerField(
        min_value=0, max_value=100, required=False, label="Score (%)"
    )
    comment = forms.CharField(
        max_length=1000,
        required=False,
        label="Comment for the student",
        widget=forms.Textarea(attrs={"rows": 2}),
    )


@require_GET
@teacher_required
def attempt_review(request: HtmxHttpRequest, attempt_id: int) -> HttpResponse:
    attempt = taught_attempt(request.user, attempt_id)
    return render(
        request,
        "teacher/attempt_review.html",
        {
            "attempt": attempt,
            "items": student_work.labeling_items(attempt=attempt),
            "score_form": ScoreOverrideForm(
                initial={
                    "percent": attempt.score_override_percent,
                    "comment": attempt.override_comment,
                }
            ),
        },
    )


@require_POST
@teacher_required
def mark_set(
    request: HtmxHttpRequest, attempt_id: int, segment_id: int
) -> HttpResponse:
    attempt = taught_attempt(request.user, attempt_id)
    segment = attempt_segment(attempt, segment_id)
    form = MarkForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose right, wrong, or as the key says.")
    elif form.cleaned_data["mark"] == "clear":
        grading.mark_override_clear(attempt=attempt, segment=segment)
        messages.success(request, "Back to the key's mark.")
    else:
        grading.mark_override_set(
            attempt=attempt,
            segment=segment,
            is_correct=form.cleaned_data["mark"] == "right",
            comment=form.cleaned_data["comment"],
            set_by=request.user,
        )
        messages.success(request, "Mark saved; it stays through later regrades.")
    return redirect("quizapp:attempt-review", attempt_id=attempt.pk)


@require_POST
@teacher_required
def score_override(request: HtmxHttpRequest, attempt_id: int) -> HttpResponse:
    attempt = taught_attempt(request.user, attempt_id)
    form = ScoreOverrideForm(request.POST)
    if form.is_valid():
        grading.attempt_score_override(attempt=attempt, **form.cleaned_data)
        messages.success(request, "Score saved.")
    else:
        messages.error(request, "Give the score as a whole number from 0 to 100.")
    return redirect("quizapp:attempt-review", attempt_id=attempt.pk)
