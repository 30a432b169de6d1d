import re
import time

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import formats, timezone
from django.views.decorators.http import require_GET, require_POST

from articles.domain.labels import DISPLAY_NAMES, EXERCISE_LABELS, STUDENT_HINTS, Label
from articles.models import Segment

from .. import selectors, services
from ..domain.feedback import is_feedback_visible
from ..domain.schedule import WorkWindow, work_window
from ..domain.summary import category_summary
from ..forms import AnswerForm
from ..http import HtmxHttpRequest
from ..models import Assignment, Attempt
from ..permissions import student_required


def _students_assignment(request: HtmxHttpRequest, assignment_id: int) -> Assignment:
    """The student's own class's assignment; anything else is a 404."""
    return get_object_or_404(
        selectors.assignments_for_student(request.student), pk=assignment_id
    )


def _window(assignment: Assignment, attempt: Attempt | None) -> WorkWindow:
    return work_window(
        opens_at=assignment.opens_at,
        due_at=assignment.due_at,
        closed_at=assignment.closed_at,
        is_reopened_for_student=attempt is not None and attempt.reopened_at is not None,
        now=timezone.now(),
    )


def _closed_message(assignment: Assignment) -> str:
    if assignment.closed_at is not None or assignment.due_at is None:
        return "Your teacher has closed this assignment; your saved answers are kept."
    due = formats.date_format(timezone.localtime(assignment.due_at), "DATETIME_FORMAT")
    return f"This assignment closed at {due}; your saved answers are kept."


def _attempt_open_for_work(request: HtmxHttpRequest, assignment_id: int) -> Attempt:
    """The student's attempt if answers may change now, else a ValidationError
    saying why."""
    assignment = _students_assignment(request, assignment_id)
    attempt = services.attempt_for(assignment=assignment, student=request.student)
    window = _window(assignment, attempt)
    if window == WorkWindow.NOT_OPEN:
        raise ValidationError("This assignment has not opened yet.", code="not_open")
    if window == WorkWindow.CLOSED:
        raise ValidationError(_closed_message(assignment), code="closed")
    return attempt


@require_GET
@student_required
def student_home(request: HtmxHttpRequest) -> HttpResponse:
    student = request.student
    now = timezone.now()
    rows = []
    for assignment, attempt in selectors.student_assignments(student=student):
        # The score shows only where the results may: before that it would
        # give away how the work went.
        feedback = attempt is not None and is_feedback_visible(
            policy=assignment.feedback_policy,
            is_submitted=attempt.is_submitted,
            due_at=assignment.due_at,
            released_at=assignment.feedback_released_at,
            now=now,
        )
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
    attempt = selectors.attempt_of(assignment=assignment, student=request.student)
    window = _window(assignment, attempt)
    if window == WorkWindow.NOT_OPEN:
        messages.info(request, "This assignment has not opened yet.")
        return redirect("quizapp:student-home")
    if attempt is None:
        attempt = services.attempt_for(assignment=assignment, student=request.student)
    items = selectors.labeling_items(attempt=attempt)
    feedback_visible = is_feedback_visible(
        policy=assignment.feedback_policy,
        is_submitted=attempt.is_submitted,
        due_at=assignment.due_at,
        released_at=assignment.feedback_released_at,
        now=timezone.now(),
    )
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
                (label.value, DISPLAY_NAMES[label], STUDENT_HINTS[label])
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
            "closed_message": _closed_message(assignment),
            "can_revise": (
                attempt.is_submitted
                and assignment.allow_resubmission
                and window == WorkWindow.OPEN
                and not feedback_visible
            ),
            "confirm_submit": request.GET.get("confirm") == "submit",
            "blank_items": [item for item in items if item.is_blank],
            "is_read_only": attempt.is_submitted or window == WorkWindow.CLOSED,
        },
    )


@require_POST
@student_required
def answer_save(
    request: HtmxHttpRequest, assignment_id: int, segment_id: int
) -> HttpResponse:
    try:
        attempt = _attempt_open_for_work(request, assignment_id)
    except ValidationError as error:
        return HttpResponse(error.messages[0], status=409)
    assignment = attempt.assignment
    # Only sentences of this exercise's key may be answered: another
    # article's segment id gives a 404.
    segment = get_object_or_404(
        Segment.objects.filter(article_id=assignment.exercise.article_id),
        pk=segment_id,
    )
    form = AnswerForm(request.POST)
    if not form.is_valid():
        # 422, not 400: django-htmx's debug helper replaces the whole page
        # on a 400, and this is an expected answer shown in the status line.
        return HttpResponse("Not saved: choose one of the labels.", status=422)
    # Without the page's script there is no seq; arrival order stands in.
    seq = form.cleaned_data["seq"] or time.time_ns() // 1_000_000
    evidence = None
    if assignment.exercise.requires_evidence:
        evidence = _evidence_spans(request.POST.getlist("evidence"), segment)
        if evidence is None:
            return HttpResponse(
                "Not saved: mark words inside this sentence.", status=422
            )
    try:
        answer = services.answer_save(
            attempt=attempt,
            segment=segment,
            label=form.cleaned_label(),
            seq=seq,
            evidence=evidence,
        )
    except ValidationError as error:
        return HttpResponse(error.messages[0], status=409)
    if request.htmx:
        return render(
            request,
            "student/labeling.html#save-status",
            {
                "answer": answer,
                "saved_name": answer.get_label_display(),
                # Said out loud too: the ticks alone give no confirmation.
                "marked_words": len(answer.evidence) if evidence is not None else None,
            },
        )
    work_url = reverse("quizapp:assignment-work", args=[assignment.pk])
    return redirect(f"{work_url}#sentence-{segment.pk}")


@require_POST
@student_required
def attempt_submit(request: HtmxHttpRequest, assignment_id: int) -> HttpResponse:
    try:
        attempt = _attempt_open_for_work(request, assignment_id)
    except ValidationError as error:
        messages.info(request, error.messages[0])
        return redirect("quizapp:assignment-work", assignment_id=assignment_id)
    assignment = attempt.assignment
    if not attempt.is_submitted and request.POST.get("confirm") != "yes":
        blank = [
            item for item in selectors.labeling_items(attempt=attempt) if item.is_blank
        ]
        if blank:
            # Submitting is final: list what is still blank and ask again.
            work_url = reverse("quizapp:assignment-work", args=[assignment.pk])
            return redirect(f"{work_url}?confirm=submit#submit")
    was_submitted = attempt.is_submitted
    services.attempt_submit(attempt=attempt)
    if not was_submitted:
        messages.success(request, "Submitted. Well done!")
    return redirect("quizapp:assignment-work", assignment_id=assignment.pk)


@require_POST
@student_required
def attempt_revise(request: HtmxHttpRequest, assignment_id: int) -> HttpResponse:
    """Take a submission back to change it, where the teacher allows that."""
    try:
        attempt = _attempt_open_for_work(request, assignment_id)
        if attempt.assignment.allow_resubmission and _feedback_visible(attempt):
            # Once the key is showing, changing answers would copy it.
            raise ValidationError(
                "Your results are already showing, so your answers can no longer "
                "change.",
                code="feedback_shown",
            )
        services.attempt_revise(attempt=attempt)
    except ValidationError as error:
        messages.info(request, error.messages[0])
    else:
        messages.success(
            request, "Your answers are open again. Submit again when you are done."
        )
    return redirect("quizapp:assignment-work", assignment_id=assignment_id)


EVIDENCE_SPAN = re.compile(r"(\d{1,9})-(\d{1,9})", re.ASCII)


def _feedback_visible(attempt: Attempt) -> bool:
    assignment = attempt.assignment
    return is_feedback_visible(
        policy=assignment.feedback_policy,
        is_submitted=attempt.is_submitted,
        due_at=assignment.due_at,
        released_at=assignment.feedback_released_at,
        now=timezone.now(),
    )


def _evidence_spans(values: list[str], segment: Segment) -> list[list[int]] | None:
    """Parse "start-end" word spans; None if any is malformed or lies outside
    the sentence."""
    spans = []
    for value in values[:200]:
        match = EVIDENCE_SPAN.fullmatch(value)
        if match is None:
            return None
        span = [int(match.group(1)), int(match.group(2))]
        if not segment.start <= span[0] < span[1] <= segment.end:
            return None
        spans.append(span)
    return sorted(spans)
