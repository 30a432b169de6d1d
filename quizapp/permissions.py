from collections.abc import Callable
from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect

from .http import HtmxHttpRequest


def student_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Send a browser that has not joined a class to the join page."""

    @wraps(view)
    def wrapper(request: HtmxHttpRequest, *args, **kwargs) -> HttpResponse:
        if request.student is None:
            messages.info(request, "Join your class first: type the class code.")
            return redirect("quizapp:join")
        return view(request, *args, **kwargs)

    return wrapper


def loads_own_student(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Mark a view that finds (and checks) the session's student itself, in
    one query with everything else it needs: the middleware then skips its
    own lookup, and request.student stays None for that view."""
    view.loads_own_student = True
    return view


def teacher_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Teachers and admins are Django users; anyone else goes to the login page."""
    return login_required(view)
