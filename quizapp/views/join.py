from django.contrib import messages
from django.contrib.auth import logout
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from ..forms import JoinForm, RejoinForm
from ..http import HtmxHttpRequest
from ..middleware import STUDENT_SESSION_KEY
from ..models import Student
from ..security.devices import device_digest
from ..security.throttling import (
    code_guessing_refusal,
    join_flood_blocked,
    record_failed_code,
)
from ..selectors.lobby import join_request_with_outcome, student_to_rejoin
from ..selectors.student_work import the_one_open_assignment
from ..services.joining import join_or_wait

# The session of a browser waiting in a class's lobby holds its request.
JOIN_REQUEST_SESSION_KEY = "join_request_id"


@require_GET
def landing(request: HtmxHttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect("quizapp:teacher-home")
    if request.student is not None:
        return redirect("quizapp:student-home")
    return render(request, "landing.html", {"form": JoinForm()})


def _sign_in_student(request: HtmxHttpRequest, student: Student) -> None:
    # One identity per browser: joining as a student signs a teacher out,
    # and a fresh session key stops session fixation.
    if request.user.is_authenticated:
        logout(request)
    request.session.cycle_key()
    request.session.pop(JOIN_REQUEST_SESSION_KEY, None)
    request.session[STUDENT_SESSION_KEY] = student.pk


def _first_page(student: Student) -> str:
    """Where a student who just joined or was let in lands: straight in the
    work when exactly one assignment is open, else the list to choose from."""
    assignment = the_one_open_assignment(student=student, now=timezone.now())
    if assignment is None:
        return reverse("quizapp:student-home")
    return reverse("quizapp:assignment-work", args=[assignment.pk])


@require_http_methods(["GET", "POST"])
def join(request: HtmxHttpRequest) -> HttpResponse:
    if request.method == "POST":
        refusal = code_guessing_refusal(request)
        if refusal is None and join_flood_blocked(
            request, request.POST.get("code", "")
        ):
            refusal = _(
                "Too many students joined from here in a minute. Wait a moment."
            )
        if refusal is not None:
            return rate_limited(request, refusal)
        form = JoinForm(request.POST)
        if form.has_error("code", "unknown_code"):
            record_failed_code(request)
        if form.is_valid():
            try:
                outcome = join_or_wait(
                    classroom=form.classroom,
                    nickname=form.cleaned_data["nickname"],
                    device_digest=device_digest(request),
                    signed_in_as=request.student,
                )
            except ValidationError as error:
                form.add_error("nickname", error.messages)
            else:
                if outcome.waiting is not None:
                    request.session[JOIN_REQUEST_SESSION_KEY] = outcome.waiting.pk
                    return redirect("quizapp:join-waiting")
                student = outcome.student
                _sign_in_student(request, student)
                messages.success(
                    request,
                    _("Welcome, %(nickname)s! You joined %(classroom)s.")
                    % {"nickname": student.nickname, "classroom": student.classroom},
                )
                return redirect(_first_page(student))
    else:
        # The device cookie is set on the form's first view, so the first
        # POST already counts against this browser rather than a new one.
        device_digest(request)
        form = JoinForm(initial={"code": request.GET.get("code", "")[:20]})
    return render(request, "student/join.html", {"form": form})


@require_GET
def join_waiting(request: HtmxHttpRequest) -> HttpResponse:
    """The lobby: polled until the teacher lets this nickname in or not."""
    join_request = join_request_with_outcome(
        request.session.get(JOIN_REQUEST_SESSION_KEY)
    )
    if join_request is None:
        return redirect("quizapp:join")
    if join_request.student is not None and join_request.student.removed_at is None:
        _sign_in_student(request, join_request.student)
        messages.success(
            request,
            _("Your teacher let you in. Welcome, %(nickname)s!")
            % {"nickname": join_request.student.nickname},
        )
        first_page = _first_page(join_request.student)
        if request.htmx:
            response = HttpResponse(status=204)
            response["HX-Redirect"] = first_page
            return response
        return redirect(first_page)
    template_name = "student/join_waiting.html"
    if request.htmx:
        template_name += "#waiting-status"
    return render(request, template_name, {"join_request": join_request})


@require_http_methods(["GET", "POST"])
def rejoin(request: HtmxHttpRequest) -> HttpResponse:
    if request.method == "POST":
        refusal = code_guessing_refusal(request)
        if refusal is not None:
            return rate_limited(request, refusal)
        form = RejoinForm(request.POST)
        if form.is_valid():
            student = student_to_rejoin(form.cleaned_data["rejoin_code"])
            if student is None:
                record_failed_code(request)
                form.add_error(
                    "rejoin_code",
                    _("That rejoin code is not known. Check it with your teacher."),
                )
            else:
                _sign_in_student(request, student)
                messages.success(
                    request,
                    _("Welcome back, %(nickname)s!") % {"nickname": student.nickname},
                )
                return redirect("quizapp:student-home")
    else:
        device_digest(request)
        form = RejoinForm()
    return render(request, "student/rejoin.html", {"form": form})


@require_POST
def leave(request: HtmxHttpRequest) -> HttpResponse:
    """Sign a student out on a shared device; their work stays saved."""
    request.session.flush()
    return redirect("quizapp:landing")


def rate_limited(request: HttpRequest, reason: str) -> HttpResponse:
    return render(request, "rate_limited.html", {"reason": reason}, status=429)
