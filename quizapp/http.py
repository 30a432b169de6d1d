from django_htmx.middleware import HtmxDetails

from django.http import HttpRequest

from .models import Student


class HtmxHttpRequest(HttpRequest):
    """The request as our middleware leaves it, for type checkers."""

    htmx: HtmxDetails
    student: Student | None
