from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from .models import Student
from .permissions import SKIPS_STUDENT_LOOKUP
from .services.students import student_mark_seen

STUDENT_SESSION_KEY = "student_id"


class StudentSessionMiddleware:
    """Sets request.student from the session: students have no Django user."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        request.student = None
        return self.get_response(request)

    def process_view(self, request: HttpRequest, view_func, view_args, view_kwargs):
        # In process_view, not __call__: a view marked loads_own_student
        # (the autosave, busiest of all) does its own, cheaper lookup, and
        # one marked needs_no_student (/healthz) wants none.
        if getattr(view_func, SKIPS_STUDENT_LOOKUP, False):
            return
        student_id = request.session.get(STUDENT_SESSION_KEY)
        if student_id is not None:
            request.student = (
                Student.objects.select_related("classroom")
                .filter(pk=student_id, removed_at__isnull=True)
                .first()
            )
            if request.student is None:
                # Removed by the teacher: forget the stale id.
                del request.session[STUDENT_SESSION_KEY]
            else:
                # Any visit counts as activity (at most a write a minute):
                # reading feedback keeps a student from the retention purge.
                student_mark_seen(
                    student_id=request.student.pk,
                    last_seen_at=request.student.last_seen_at,
                )
        return


def forget_student_on_login(sender, request: HttpRequest, user, **kwargs) -> None:
    """One identity per browser: a teacher logging in ends a student session."""
    if request is not None:
        request.session.pop(STUDENT_SESSION_KEY, None)
