"""Teachers looking at one student's attempt and marking it by hand."""

from dataclasses import dataclass

from django import forms
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_POST

from ..http import HtmxHttpRequest
from ..permissions import teacher_required
from ..selectors import student_work
from ..selectors.access import attempt_segment, taught_attempt
from ..services import grading


class MarkForm(forms.Form):
    mark = forms.ChoiceField(
        choices=[
            ("right", gettext_lazy("Right")),
            ("wrong", gettext_lazy("Wrong")),
            ("clear", gettext_lazy("As the key says")),
        ]
    )
    comment = forms.CharField(max_length=1000, required=False)


class ScoreOverrideForm(forms.Form):
    percent = forms.IntegerField(
        min_value=0, max_value=100, required=False, label=gettext_lazy("Score (%)")
    )
    comment = forms.CharField(
        max_length=1000,
        required=False,
        label=gettext_lazy("Comment for the student"),
        widget=forms.Textarea(attrs={"rows": 2}),
    )


def _computed_percent(attempt) -> int | None:
    """The score the marks give, whatever the teacher's own score."""
    if attempt.score_total is None or attempt.score_correct is None:
        return None
    if attempt.score_total == 0:
        return 0
    return round(100 * attempt.score_correct / attempt.score_total)


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
            "computed_percent": _computed_percent(attempt),
            "score_form": ScoreOverrideForm(
                initial={
                    "percent": attempt.score_override_percent,
                    "comment": attempt.override_comment,
                }
            ),
        },
    )


@dataclass(frozen=True)
class Status:
    kind: str  # the save-status class: saved or failed
    text: str


@require_POST
@teacher_required
def mark_set(
    request: HtmxHttpRequest, attempt_id: int, segment_id: int
) -> HttpResponse:
    """One sentence marked right or wrong (or back to the key). With htmx the
    answer is the sentence's new verdict, the score line and a status, swapped
    in place; without, the page again."""
    attempt = taught_attempt(request.user, attempt_id)
    segment = attempt_segment(attempt, segment_id)
    form = MarkForm(request.POST)
    if not form.is_valid():
        status = Status(
            "failed", _("Choose right, wrong, or as the key says; nothing changed.")
        )
    elif form.cleaned_data["mark"] == "clear":
        grading.mark_override_clear(attempt=attempt, segment=segment)
        status = Status("saved", _("Saved: back to the key's mark."))
    else:
        grading.mark_override_set(
            attempt=attempt,
            segment=segment,
            is_correct=form.cleaned_data["mark"] == "right",
            comment=form.cleaned_data["comment"],
            set_by=request.user,
        )
        status = Status("saved", _("Saved: your mark stays through later regrades."))
    attempt.refresh_from_db()
    if status.kind == "saved" and attempt.score_override_percent is not None:
        status = Status(
            "saved",
            _(
                "Saved. The score stays at your %(percent)s%% until you clear "
                "your whole score."
            )
            % {"percent": attempt.score_override_percent},
        )
    if not request.htmx:
        (messages.error if status.kind == "failed" else messages.success)(
            request, status.text
        )
        return redirect("quizapp:attempt-review", attempt_id=attempt.pk)
    item = next(
        item
        for item in student_work.labeling_items(attempt=attempt)
        if item.segment.pk == segment.pk
    )
    return render(
        request,
        "teacher/_grading_mark_saved.html",
        {
            "attempt": attempt,
            "item": item,
            "status": status,
            "computed_percent": _computed_percent(attempt),
            "is_mark_response": True,
        },
    )


@require_POST
@teacher_required
def score_override(request: HtmxHttpRequest, attempt_id: int) -> HttpResponse:
    """The teacher's own score for the whole attempt; `clear` (or an empty
    score) goes back to the computed one in one step."""
    attempt = taught_attempt(request.user, attempt_id)
    if request.POST.get("clear") == "1":
        grading.attempt_score_override(
            attempt=attempt, percent=None, comment=attempt.override_comment
        )
        messages.success(
            request, _("Your score is cleared: the marks' score counts again.")
        )
        return redirect("quizapp:attempt-review", attempt_id=attempt.pk)
    form = ScoreOverrideForm(request.POST)
    if form.is_valid():
        grading.attempt_score_override(attempt=attempt, **form.cleaned_data)
        messages.success(request, _("Score saved."))
    else:
        messages.error(
            request,
            _("Give the score as a whole number from 0 to 100; nothing changed."),
        )
    return redirect("quizapp:attempt-review", attempt_id=attempt.pk)
