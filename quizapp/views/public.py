from django.contrib import messages
from django.contrib.auth import logout
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from ..forms import JoinForm, RejoinForm
from ..http import HtmxHttpRequest
from ..middleware import STUDENT_SESSION_KEY
from ..models import Student
from ..services import student_join
from ..throttling import code_guessing_blocked, join_flood_blocked, record_failed_code


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
    request.session[STUDENT_SESSION_KEY] = student.pk


@require_http_methods(["GET", "POST"])
def join(request: HtmxHttpRequest) -> HttpResponse:
    if request.method == "POST":
        if code_guessing_blocked(request) or join_flood_blocked(
            request, request.POST.get("code", "")
        ):
            return rate_limited(request)
        form = JoinForm(request.POST)
        if form.has_error("code", "unknown_code"):
            record_failed_code(request)
        if form.is_valid():
            try:
                student = student_join(
                    classroom=form.classroom, nickname=form.cleaned_data["nickname"]
                )
            except ValidationError as error:
                form.add_error("nickname", error.messages)
            else:
                _sign_in_student(request, student)
                messages.success(
                    request,
                    f"Welcome, {student.nickname}! You joined {student.classroom}.",
                )
                return redirect("quizapp:student-home")
    else:
        form = JoinForm(initial={"code": request.GET.get("code", "")[:20]})
    return render(request, "student/join.html", {"form": form})


@require_http_methods(["GET", "POST"])
def rejoin(request: HtmxHttpRequest) -> HttpResponse:
    if request.method == "POST":
        if code_guessing_blocked(request):
            return rate_limited(request)
        form = RejoinForm(request.POST)
        if form.is_valid():
            student = (
                Student.objects.select_related("classroom")
                .filter(
                    rejoin_code=form.cleaned_data["rejoin_code"],
                    classroom__is_archived=False,
                    removed_at__isnull=True,
                )
                .first()
            )
            if student is None:
                record_failed_code(request)
                form.add_error(
                    "rejoin_code",
                    "That rejoin code is not known. Check it with your teacher.",
                )
            else:
                _sign_in_student(request, student)
                messages.success(request, f"Welcome back, {student.nickname}!")
                return redirect("quizapp:student-home")
    else:
        form = RejoinForm()
    return render(request, "student/rejoin.html", {"form": form})


@require_POST
def leave(request: HtmxHttpRequest) -> HttpResponse:
    """Sign a student out on a shared device; their work stays saved."""
    request.session.flush()
    return redirect("quizapp:landing")


def rate_limited(request: HttpRequest) -> HttpResponse:
    return render(request, "rate_limited.html", status=429)
