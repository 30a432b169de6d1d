"""Slow down guessing of class and rejoin codes without locking out a class.

A whole class often shares one school address, so the limits are:
- failed codes per address (guessing shows up as failures), and
- joins per address and code (a flood of fake students in one class).
"""

from django_ratelimit.core import get_usage, is_ratelimited

from django.conf import settings
from django.http import HttpRequest

from .domain.codes import normalise_code


def client_ip(request: HttpRequest) -> str:
    """The client's address; behind a proxy, the one the proxy saw.

    Set TRUSTED_PROXY_IP_HEADER (e.g. HTTP_X_FORWARDED_FOR) only when a proxy
    you run sets it: the last address in it is the one your proxy added, so a
    client cannot forge it by sending the header itself.
    """
    header = settings.TRUSTED_PROXY_IP_HEADER
    if header and request.META.get(header):
        return request.META[header].split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "")


def code_guessing_blocked(request: HttpRequest) -> bool:
    """True once this address has typed too many unknown codes."""
    usage = get_usage(
        request,
        group="failed-codes",
        key=lambda group, request: client_ip(request),
        rate=settings.FAILED_CODE_RATE_LIMIT,
        increment=False,
    )
    # Without an increment, "over the limit" means the failures so far
    # already reach it.
    return usage is not None and usage["count"] >= usage["limit"]


def record_failed_code(request: HttpRequest) -> None:
    is_ratelimited(
        request,
        group="failed-codes",
        key=lambda group, request: client_ip(request),
        rate=settings.FAILED_CODE_RATE_LIMIT,
        increment=True,
    )


def join_flood_blocked(request: HttpRequest, code: str) -> bool:
    """Count a join for this address and class code; True when over the limit."""
    return is_ratelimited(
        request,
        group="joins-per-code",
        key=lambda group, request: f"{client_ip(request)}:{normalise_code(code)[:20]}",
        rate=settings.JOIN_RATE_LIMIT,
        increment=True,
    )
