import time
from datetime import datetime

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_POST

from articles.domain.labels import DISPLAY_NAMES, EXERCISE_LABELS, STUDENT_HINTS, Label
from articles.forms import LABEL_NOT_CHOSEN

from ..domain.feedback import is_feedback_visible
from ..domain.result_wording import score_band
from ..domain.schedule import WorkWindow, work_window
from ..domain.summary import category_summary
from ..forms import AnswerForm
from ..http import HtmxHttpRequest
from ..middleware import STUDENT_SESSION_KEY
from ..models import Assignment, Attempt
from ..permissions import JOIN_FIRST, loads_own_student, student_required
from ..selectors import student_work
from ..services import attempts
from ..services.autosave import (
    NOT_OPEN_YET,
    Refusal,
    SaveRefused,
    answer_save_for_student,
    closed_message,
)

# Short enough for three choices side by side on a phone; the full name
# stays the radio's accessible name.
SHORT_NAMES = {
    Label.SOURCED_CLAIM: _("Sourced"),
    Label.UNVERIFIED_ASSERTION: _("Unverified"),
    Label.EDITORIAL_APPEAL: _("Appeal"),
}


def _students_assignment(request: HtmxHttpRequest, assignment_id: int) -> Assignment:
    """The student's own class's assignment; anything else is a 404."""
    return get_object_or_404(
        student_work.assignments_for_student(request.student), pk=assignment_id
    )


def _window(assignment: Assignment, attempt: Attempt | None) -> WorkWindow:
    return work_window(
        opens_at=assignment.opens_at,
        due_at=assignment.due_at,
        closed_at=assignment.closed_at,
        is_reopened_for_student=attempt is not None and attempt.reopened_at is not None,
        now=timezone.now(),
    )


def _attempt_open_for_work(request: HtmxHttpRequest, assignment_id: int) -> Attempt:
    """The student's attempt if answers may change now, else a ValidationError
    saying why."""
    assignment = _students_assignment(request, assignment_id)
    attempt = attempts.attempt_for(assignment=assignment, student=request.student)
    window = _window(assignment, attempt)
    if window == WorkWindow.NOT_OPEN:
        raise ValidationError(NOT_OPEN_YET, code="not_open")
    if window == WorkWindow.CLOSED:
        raise ValidationError(
            closed_message(closed_at=assignment.closed_at, due_at=assignment.due_at),
            code="closed",
        )
    return attempt


@require_GET
@student_required
def student_home(request: HtmxHttpRequest) -> HttpResponse:
    student = request.student
    now = timezone.now()
    rows = []
    for assignment, attempt in student_work.student_assignments(student=student):
        # The score shows only where the results may: before that it would
        # give away how the work went.
        feedback = attempt is not None and _feedback_visible(assignment, attempt, now)
        if attempt is None:
            status = "Not started"
        elif feedback:
            status = f"Feedback available, score {attempt.score_percent}%"
        elif attempt.is_submitted:
            status = "Submitted"
        else:
            status = "In progress"
        rows.append((assignment, status))
    return render(
        request,
        "student/home.html",
        {"student": student, "assignments": rows, "now": now},
    )


@require_GET
@student_required
def assignment_work(request: HtmxHttpRequest, assignment_id: int) -> HttpResponse:
    assignment = _students_assignment(request, assignment_id)
    attempt = student_work.attempt_of(assignment=assignment, student=request.student)
    window = _window(assignment, attempt)
    if window == WorkWindow.NOT_OPEN:
        messages.info(request, NOT_OPEN_YET)
        return redirect("quizapp:student-home")
    if attempt is None:
        attempt = attempts.attempt_for(assignment=assignment, student=request.student)
    items = student_work.labeling_items(attempt=attempt)
    feedback_visible = _feedback_visible(assignment, attempt)
    blank_items = [item for item in items if item.is_blank]
    return render(
        request,
        "student/labeling.html",
        {
            "assignment": assignment,
            "exercise": assignment.exercise,
            "article": assignment.exercise.article,
            "attempt": attempt,
            "items": items,
            "asked_count": sum(item.is_asked for item in items),
            "answered_count": sum(
                item.is_asked and item.answer is not None for item in items
            ),
            "label_choices": [
                (
                    label.value,
                    DISPLAY_NAMES[label],
                    STUDENT_HINTS[label],
                    SHORT_NAMES[label],
                )
                for label in EXERCISE_LABELS
            ],
            "feedback_visible": feedback_visible,
            # Answered sentences only, like the per-sentence feedback: an
            # empty attempt must not reveal how many of each kind there are.
            "summary": category_summary(
                (Label(item.entry.label), Label(item.answer.label))
                for item in items
                if item.is_asked and item.answer is not None
            )
            if feedback_visible
            else [],
            "is_closed": window == WorkWindow.CLOSED,
            "closed_message": closed_message(
                closed_at=assignment.closed_at, due_at=assignment.due_at
            ),
            "can_revise": (
                attempt.is_submitted
                and assignment.allow_resubmission
                and window == WorkWindow.OPEN
                and not feedback_visible
            ),
            "confirm_submit": request.GET.get("confirm") == "submit",
            "blank_items": blank_items,
            "score_band": score_band(
                percent=attempt.score_percent or 0, blank_count=len(blank_items)
            ),
            "is_read_only": attempt.is_submitted or window == WorkWindow.CLOSED,
        },
    )


# What each refused save answers: the page shows the text in its status line.
REFUSAL_STATUS = {
    Refusal.NOT_YOURS: 404,
    Refusal.NOT_OPEN: 409,
    Refusal.CLOSED: 409,
    Refusal.CONFLICT: 409,
    Refusal.BAD_EVIDENCE: 422,
}


@require_POST
@loads_own_student
def answer_save(
    request: HtmxHttpRequest, assignment_id: int, segment_id: int
) -> HttpResponse:
    # The busiest view: no student lookup here (loads_own_student);
    # services.autosave checks everything in one query.
    student_id = request.session.get(STUDENT_SESSION_KEY)
    if student_id is None:
        if not request.htmx:
            messages.info(request, JOIN_FIRST)
            return redirect("quizapp:join")
        return HttpResponse(
            "Not saved: you are no longer in the class. Join again with your "
            "rejoin code.",
            status=403,
        )
    form = AnswerForm(request.POST)
    if not form.is_valid():
        # 422, not 400: an expected answer shown in the status line.
        return HttpResponse(LABEL_NOT_CHOSEN, status=422)
    try:
        saved = answer_save_for_student(
            student_id=student_id,
            assignment_id=assignment_id,
            segment_id=segment_id,
            label=form.cleaned_label(),
            # Without the page's script there is no seq; arrival order stands in.
            seq=form.cleaned_data["seq"] or time.time_ns() // 1_000_000,
            evidence_values=request.POST.getlist("evidence"),
        )
    except SaveRefused as refused:
        return HttpResponse(refused.message, status=REFUSAL_STATUS[refused.refusal])
    if request.htmx:
        # Without the request: the status line needs no context processors,
        # and running them would cost this busiest view a fifth of its time.
        return HttpResponse(
            render_to_string(
                "student/labeling.html#save-status",
                {
                    "answer": saved.answer,
                    "saved_name": saved.answer.get_label_display(),
                    # Said out loud too: the ticks alone give no confirmation.
                    "marked_words": saved.marked_words,
                },
            )
        )
    work_url = reverse("quizapp:assignment-work", args=[assignment_id])
    return redirect(f"{work_url}#sentence-{segment_id}")


@require_POST
@student_required
def attempt_submit(request: HtmxHttpRequest, assignment_id: int) -> HttpResponse:
    try:
        attempt = _attempt_open_for_work(request, assignment_id)
    except ValidationError as error:
        messages.info(request, error.messages[0])
        return redirect("quizapp:assignment-work", assignment_id=assignment_id)
    assignment = attempt.assignment
    blank_count = sum(
        item.is_blank for item in student_work.labeling_items(attempt=attempt)
    )
    if (
        not attempt.is_submitted
        and request.POST.get("confirm") != "yes"
        and blank_count
    ):
        # Submitting is final: list what is still blank and ask again.
        work_url = reverse("quizapp:assignment-work", args=[assignment.pk])
        return redirect(f"{work_url}?confirm=submit#submit")
    was_submitted = attempt.is_submitted
    attempts.attempt_submit(attempt=attempt)
    if not was_submitted:
        # Said as it is: no praise here, the score on the page says how it went.
        messages.success(
            request,
            ngettext(
                "Submitted with %(count)d sentence left blank.",
                "Submitted with %(count)d sentences left blank.",
                blank_count,
            )
            % {"count": blank_count}
            if blank_count
            else _("Submitted with every sentence labeled."),
        )
    return redirect("quizapp:assignment-work", assignment_id=assignment.pk)


@require_POST
@student_required
def attempt_revise(request: HtmxHttpRequest, assignment_id: int) -> HttpResponse:
    """Take a submission back to change it, where the teacher allows that."""
    try:
        attempt = _attempt_open_for_work(request, assignment_id)
        if attempt.assignment.allow_resubmission and _feedback_visible(
            attempt.assignment, attempt
        ):
            # Once the key is showing, changing answers would copy it.
            raise ValidationError(
                "Your results are already showing, so your answers can no longer "
                "change.",
                code="feedback_shown",
            )
        attempts.attempt_revise(attempt=attempt)
    except ValidationError as error:
        messages.info(request, error.messages[0])
    else:
        messages.success(
            request, "Your answers are open again. Submit again when you are done."
        )
    return redirect("quizapp:assignment-work", assignment_id=assignment_id)


def _feedback_visible(
    assignment: Assignment, attempt: Attempt, now: datetime | None = None
) -> bool:
    """Whether this attempt's results may show now (quizapp.domain.feedback)."""
    return is_feedback_visible(
        policy=assignment.feedback_policy,
        is_submitted=attempt.is_submitted,
        due_at=assignment.due_at,
        released_at=assignment.feedback_released_at,
        now=now or timezone.now(),
    )
