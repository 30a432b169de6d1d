"""Teachers managing a class: settings, join page, roster."""

import io

import segno

from django.conf import settings
from django.contrib import messages
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from ..forms import ClassroomForm, MoveStudentForm, NicknameForm
from ..http import HtmxHttpRequest
from ..models import Classroom
from ..permissions import teacher_required
from ..selectors.access import taught_classroom, taught_join_request, taught_student
from ..selectors.class_data import classroom_document
from ..services import classrooms, joining, students
from .refusals import refusal_shown


def _back_to_class(classroom_id: int, anchor: str = "") -> HttpResponse:
    url = reverse("quizapp:classroom-detail", args=[classroom_id])
    return redirect(f"{url}#{anchor}" if anchor else url)


@require_POST
@teacher_required
def classroom_rename(request: HtmxHttpRequest, classroom_id: int) -> HttpResponse:
    classroom = taught_classroom(request.user, classroom_id)
    form = ClassroomForm(request.POST, instance=Classroom(teacher=classroom.teacher))
    if form.is_valid():
        with refusal_shown(request):
            classrooms.classroom_rename(
                classroom=classroom, name=form.cleaned_data["name"]
            )
            messages.success(request, f"Class renamed to “{classroom.name}”.")
    else:
        messages.error(request, "Give the class a name (up to 120 characters).")
    return _back_to_class(classroom.pk, "settings")


@require_GET
@teacher_required
def classroom_export(request: HtmxHttpRequest, classroom_id: int) -> HttpResponse:
    """All of the class's student data as one JSON file (see PRIVACY.md)."""
    classroom = taught_classroom(request.user, classroom_id)
    response = JsonResponse(
        classroom_document(classroom), json_dumps_params={"indent": 1}
    )
    name = slugify(classroom.name) or "class"
    # Shared school computers: no copy in the browser's cache.
    response["Cache-Control"] = "no-store"
    response["Content-Disposition"] = (
        f'attachment; filename="{name}-{timezone.localdate():%Y-%m-%d}.json"'
    )
    return response


@require_POST
@teacher_required
def classroom_delete(request: HtmxHttpRequest, classroom_id: int) -> HttpResponse:
    classroom = taught_classroom(request.user, classroom_id)
    typed = " ".join(request.POST.get("confirm_name", "").split())
    if typed.casefold() != classroom.name.casefold():
        messages.error(
            request,
            "Not deleted: type the class name to confirm (capitals don't matter).",
        )
        return _back_to_class(classroom.pk, "delete")
    name = classroom.name
    deleted = classrooms.classroom_delete(classroom=classroom)
    messages.success(
        request,
        f"Deleted “{name}” with {deleted} student(s) and all their work.",
    )
    return redirect("quizapp:teacher-home")


@require_POST
@teacher_required
def classroom_archive(request: HtmxHttpRequest, classroom_id: int) -> HttpResponse:
    classroom = taught_classroom(request.user, classroom_id)
    archive = request.POST.get("archive") == "yes"
    classrooms.classroom_set_archived(classroom=classroom, is_archived=archive)
    if archive:
        messages.success(
            request, "Class archived: its code no longer works; all work is kept."
        )
    else:
        messages.success(request, "Class restored: students can join again.")
    return _back_to_class(classroom.pk, "settings")


@require_POST
@teacher_required
def classroom_join_code(request: HtmxHttpRequest, classroom_id: int) -> HttpResponse:
    classroom = taught_classroom(request.user, classroom_id)
    classrooms.classroom_new_join_code(classroom=classroom)
    messages.success(
        request,
        f"New join code: {classroom.join_code}. The old one no longer works; "
        "students who already joined are not affected.",
    )
    return _back_to_class(classroom.pk, "settings")


@require_GET
@teacher_required
def classroom_join_sheet(request: HtmxHttpRequest, classroom_id: int) -> HttpResponse:
    """A page to print or project: the code, large, with a QR code."""
    classroom = taught_classroom(request.user, classroom_id)
    return render(
        request,
        "teacher/join_sheet.html",
        {
            "classroom": classroom,
            "join_url": join_url(request, classroom),
            "join_address": join_address(request),
        },
    )


@require_GET
@teacher_required
def classroom_join_qr(request: HtmxHttpRequest, classroom_id: int) -> HttpResponse:
    """The join link as a QR code, drawn on the server (no third-party service)."""
    classroom = taught_classroom(request.user, classroom_id)
    buffer = io.BytesIO()
    segno.make(join_url(request, classroom), error="m").save(
        buffer, kind="svg", scale=10, border=2, title=f"Join code {classroom.join_code}"
    )
    return HttpResponse(buffer.getvalue(), content_type="image/svg+xml")


def join_url(request: HtmxHttpRequest, classroom: Classroom | None = None) -> str:
    """The join page as students' own devices reach it: PUBLIC_URL when set
    (a demo on the classroom's network), else the teacher's own host; with
    the class code filled in when a class is given."""
    path = reverse("quizapp:join")
    if classroom is not None:
        path += f"?code={classroom.join_code}"
    if settings.PUBLIC_URL:
        return settings.PUBLIC_URL + path
    return request.build_absolute_uri(path)


def join_address(request: HtmxHttpRequest) -> str:
    """The join page's address as a student types it: no scheme, no code."""
    return join_url(request).split("://", 1)[-1]


@require_POST
@teacher_required
def student_rename(request: HtmxHttpRequest, student_id: int) -> HttpResponse:
    student = taught_student(request.user, student_id)
    form = NicknameForm(request.POST)
    if form.is_valid():
        old = student.nickname
        with refusal_shown(request):
            students.student_rename(
                student=student, nickname=form.cleaned_data["nickname"]
            )
            messages.success(request, f"{old} is now called {student.nickname}.")
    else:
        messages.error(request, "Type a nickname (up to 40 characters).")
    return _back_to_class(student.classroom_id, "roster")


@require_POST
@teacher_required
def student_move(request: HtmxHttpRequest, student_id: int) -> HttpResponse:
    student = taught_student(request.user, student_id)
    origin = student.classroom
    form = MoveStudentForm(request.POST, teacher=request.user, current=origin)
    if form.is_valid():
        with refusal_shown(request):
            students.student_move(
                student=student, classroom=form.cleaned_data["classroom"]
            )
            messages.success(
                request,
                f"{student.nickname} moved to {student.classroom}; their work so far "
                "is kept.",
            )
    else:
        messages.error(request, "Choose one of your other classes.")
    return _back_to_class(origin.pk, "roster")


@require_POST
@teacher_required
def student_remove(request: HtmxHttpRequest, student_id: int) -> HttpResponse:
    student = taught_student(request.user, student_id)
    if request.POST.get("restore") == "yes":
        with refusal_shown(request):
            students.student_restore(student=student)
            messages.success(request, f"{student.nickname} is back on the roster.")
    else:
        students.student_remove(student=student)
        messages.success(
            request,
            f"{student.nickname} removed from the roster. Their work is kept until "
            "you delete it.",
        )
    return _back_to_class(student.classroom_id, "roster")


@require_POST
@teacher_required
def student_delete(request: HtmxHttpRequest, student_id: int) -> HttpResponse:
    student = taught_student(request.user, student_id)
    classroom_id = student.classroom_id
    if request.POST.get("confirm") != "yes" or student.removed_at is None:
        messages.error(
            request, "Remove the student first, then confirm deleting their work."
        )
        return _back_to_class(classroom_id, "roster")
    nickname = student.nickname
    students.student_delete(student=student)
    messages.success(request, f"{nickname} and all their answers were deleted.")
    return _back_to_class(classroom_id, "roster")


@require_POST
@teacher_required
def classroom_roster_lock(request: HtmxHttpRequest, classroom_id: int) -> HttpResponse:
    classroom = taught_classroom(request.user, classroom_id)
    locked = request.POST.get("locked") == "yes"
    joining.classroom_lock_roster(classroom=classroom, locked=locked)
    if locked:
        messages.success(
            request, _("Roster locked: new nicknames wait for you to let them in.")
        )
    else:
        messages.success(
            request, _("Roster open: students with the code join at once.")
        )
    return _back_to_class(classroom.pk, "join-code-heading")


@require_POST
@teacher_required
def join_request_decide(request: HtmxHttpRequest, join_request_id: int) -> HttpResponse:
    """Let a waiting nickname in, or turn it away."""
    join_request = taught_join_request(request.user, join_request_id)
    if request.POST.get("decision") == "admit":
        with refusal_shown(request):
            student = joining.join_request_admit(
                join_request=join_request,
                nickname_shown=request.POST.get("nickname", ""),
            )
            messages.success(
                request, _("%(nickname)s is in.") % {"nickname": student.nickname}
            )
    elif joining.join_request_refuse(join_request=join_request):
        messages.success(
            request,
            _("%(nickname)s was turned away.") % {"nickname": join_request.nickname},
        )
    else:
        messages.error(
            request,
            _("%(nickname)s was already let in or turned away.")
            % {"nickname": join_request.nickname},
        )
    return _back_to_class(join_request.classroom_id, "waiting-list")
