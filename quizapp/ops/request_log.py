"""One structured (JSON) log line per request, for whatever collects logs.

Fields: method, route (the URL pattern, not the path: ids in paths would
identify students), status, duration_ms, who (anonymous, student, teacher,
admin) and a request id that is also sent back as X-Request-ID.
"""

import logging
import time
import uuid
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

logger = logging.getLogger("quizapp.requests")


class RequestLogMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        started = time.perf_counter()
        request_id = uuid.uuid4().hex
        response = self.get_response(request)
        response["X-Request-ID"] = request_id
        if not logger.isEnabledFor(logging.INFO):
            return response
        match = getattr(request, "resolver_match", None)
        logger.info(
            "request",
            extra={
                "request_id": request_id,
                "method": request.method,
                "route": match.route if match else "(unmatched)",
                "view": match.view_name if match else "",
                "status": response.status_code,
                "duration_ms": round((time.perf_counter() - started) * 1000, 1),
                "who": _who(request),
            },
        )
        return response


def _who(request: HttpRequest) -> str:
    # Only what is already loaded: logging must not add a query.
    user = getattr(request, "_cached_user", None)
    if user is not None and user.is_authenticated:
        return "admin" if user.is_staff else "teacher"
    if getattr(request, "student", None) is not None:
        return "student"
    return "anonymous"
