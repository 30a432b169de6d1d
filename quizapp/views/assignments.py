"""Teachers running an assignment: close, reopen, release feedback, settings."""

from django import forms
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_POST

from ..forms import FEEDBACK_TRADE_OFF
from ..http import HtmxHttpRequest
from ..models import Assignment
from ..permissions import teacher_required
from ..selectors import classes
from ..selectors.access import taught_assignment
from ..services import assignments, attempts
from .refusals import refusal_shown


class AssignmentSettingsForm(forms.Form):
    feedback_policy = forms.ChoiceField(
        choices=Assignment.FeedbackPolicy.choices,
        label="Show students their results",
        help_text=FEEDBACK_TRADE_OFF,
    )
    allow_resubmission = forms.BooleanField(
        required=False, label="Students may change their answers after submitting"
    )


class ReopenForm(forms.Form):
    due_at = forms.DateTimeField(
        required=False,
        label="New due time",
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
    )


@require_GET
@teacher_required
def assignment_detail(request: HtmxHttpRequest, assignment_id: int) -> HttpResponse:
    assignment = taught_assignment(request.user, assignment_id)
    return render(
        request,
        "teacher/assignment_detail.html",
        {
            "assignment": assignment,
            "page": classes.assignment_page(assignment=assignment),
            "settings_form": AssignmentSettingsForm(
                initial={
                    "feedback_policy": assignment.feedback_policy,
                    "allow_resubmission": assignment.allow_resubmission,
                }
            ),
            "reopen_form": ReopenForm(),
        },
    )


@require_POST
@teacher_required
def assignment_settings(request: HtmxHttpRequest, assignment_id: int) -> HttpResponse:
    assignment = taught_assignment(request.user, assignment_id)
    form = AssignmentSettingsForm(request.POST)
    if form.is_valid():
        assignments.assignment_update(assignment=assignment, **form.cleaned_data)
        messages.success(request, "Settings saved.")
    else:
        messages.error(request, "Choose when students see their results.")
    return redirect("quizapp:assignment-detail", assignment_id=assignment.pk)


@require_POST
@teacher_required
def assignment_close(request: HtmxHttpRequest, assignment_id: int) -> HttpResponse:
    assignment = taught_assignment(request.user, assignment_id)
    assignments.assignment_close(assignment=assignment)
    messages.success(request, "Closed: students can no longer change their answers.")
    return redirect("quizapp:assignment-detail", assignment_id=assignment.pk)


@require_POST
@teacher_required
def assignment_reopen(request: HtmxHttpRequest, assignment_id: int) -> HttpResponse:
    assignment = taught_assignment(request.user, assignment_id)
    form = ReopenForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Give the new due time as a date and time.")
    else:
        with refusal_shown(request):
            assignments.assignment_reopen(
                assignment=assignment, due_at=form.cleaned_data["due_at"]
            )
            messages.success(request, "Open again for the whole class.")
    return redirect("quizapp:assignment-detail", assignment_id=assignment.pk)


@require_POST
@teacher_required
def assignment_release(request: HtmxHttpRequest, assignment_id: int) -> HttpResponse:
    assignment = taught_assignment(request.user, assignment_id)
    assignments.assignment_release_feedback(assignment=assignment)
    messages.success(request, "Results released: students who submitted can see them.")
    return redirect("quizapp:assignment-detail", assignment_id=assignment.pk)


@require_POST
@teacher_required
def attempt_reopen(
    request: HtmxHttpRequest, assignment_id: int, student_id: int
) -> HttpResponse:
    assignment = taught_assignment(request.user, assignment_id)
    student = get_object_or_404(
        assignment.classroom.students.filter(removed_at__isnull=True), pk=student_id
    )
    attempts.attempt_reopen(assignment=assignment, student=student)
    messages.success(
        request, f"{student.nickname} can work on this again, whatever the due time."
    )
    return redirect("quizapp:assignment-detail", assignment_id=assignment.pk)
