"""A signed, long-lived cookie that tells one browser from another.

A whole class usually shares one school address, so limits and the join
lobby count per device instead: a pupil's failures block that pupil's
browser, not the class. Clearing cookies makes a new device; what bounds a
script that does so is the per-address limit (quizapp.security.throttling).
"""

import hashlib
import secrets

from django.conf import settings
from django.http import HttpRequest, HttpResponse

DEVICE_COOKIE = "newsroom_device"
# The module's old path: a new salt would void every device cookie given out.
SALT = "quizapp.devices"
# Chromium keeps no cookie longer than 400 days.
MAX_AGE_SECONDS = 400 * 24 * 60 * 60


def device_id(request: HttpRequest) -> str:
    """This browser's id, made now if it has none (then set by the middleware)."""
    if not hasattr(request, "_device_id"):
        known = request.get_signed_cookie(
            DEVICE_COOKIE, default=None, salt=SALT, max_age=MAX_AGE_SECONDS
        )
        request._device_id = known or secrets.token_urlsafe(18)
        request._device_is_new = known is None
    return request._device_id


def device_digest(request: HttpRequest) -> str:
    """What is stored: the id itself never reaches the database."""
    return hashlib.sha256(device_id(request).encode()).hexdigest()


class DeviceCookieMiddleware:
    """Sets the cookie on responses to requests that asked for a new id."""

    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if getattr(request, "_device_is_new", False):
            response.set_signed_cookie(
                DEVICE_COOKIE,
                request._device_id,
                salt=SALT,
                max_age=MAX_AGE_SECONDS,
                secure=settings.SESSION_COOKIE_SECURE,
                httponly=True,
                samesite="Lax",
            )
        return response
