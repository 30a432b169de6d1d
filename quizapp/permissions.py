from collections.abc import Callable
from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect

from .http import HtmxHttpRequest

JOIN_FIRST = "Join your class first: type the class code."


def student_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Send a browser that has not joined a class to the join page."""

    @wraps(view)
    def wrapper(request: HtmxHttpRequest, *args, **kwargs) -> HttpResponse:
        if request.student is None:
            messages.info(request, JOIN_FIRST)
            return redirect("quizapp:join")
        return view(request, *args, **kwargs)

    return wrapper


# Views with this attribute set get no student lookup from the middleware;
# request.student stays None for them.
SKIPS_STUDENT_LOOKUP = "skips_student_lookup"


def loads_own_student(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Mark a view that finds (and checks) the session's student itself, in
    one query with everything else it needs (the autosave)."""
    setattr(view, SKIPS_STUDENT_LOOKUP, True)
    return view


def needs_no_student(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Mark a view that serves no student and reads no session (/healthz)."""
    setattr(view, SKIPS_STUDENT_LOOKUP, True)
    return view


def teacher_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Teachers and admins are Django users; anyone else goes to the login page."""
    return login_required(view)
