"""Log-in limits that a pupil cannot turn against a teacher.

OWASP's "device cookie" scheme: a browser where an account has logged in
before carries a signed cookie for it, and failures there count against that
browser alone, so a pupil typing wrong passwords from the classroom (one
address for the whole school) never locks the teacher's own computer out.
Anywhere else the browser is untrusted, and:

- 5 failures for one account lock that browser out of it for 15 minutes
  (LOGIN_DEVICE_RATE_LIMIT);
- 30 failures from one address in an hour stop untrusted log-ins from it
  (LOGIN_ADDRESS_RATE_LIMIT): spraying one password over many accounts;
- 10 failures for one account from anywhere lock the account for untrusted
  browsers for 15 minutes (django-axes, counted in the database, so it holds
  with the cache down). An admin unlocks it with
  `manage.py axes_reset_username NAME`.
"""

from django_ratelimit.core import get_usage, is_ratelimited

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.http import HttpRequest, HttpResponse
from django.utils.crypto import constant_time_compare
from django.utils.translation import gettext as _

from .devices import device_id
from .throttling import client_ip

TRUSTED_COOKIE = "newsroom_login"
SALT = "quizapp.login_guard"
TRUSTED_MAX_AGE_SECONDS = 180 * 24 * 60 * 60


def _username_key(username: str) -> str:
    return (username or "").strip().casefold()[:150]


def trusted_user_id(request: HttpRequest, username: str) -> int | None:
    """The account this browser is trusted for, if it is `username`'s.
    A password change (a new session hash) ends the trust."""
    try:
        value = signing.loads(
            request.COOKIES.get(TRUSTED_COOKIE, ""),
            salt=SALT,
            max_age=TRUSTED_MAX_AGE_SECONDS,
        )
        user = get_user_model().objects.get(pk=int(value["user"]))
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return None
    except get_user_model().DoesNotExist:
        return None
    if _username_key(user.get_username()) != _username_key(username):
        return None
    if not constant_time_compare(value.get("hash", ""), user.get_session_auth_hash()):
        return None
    return user.pk


def _counters(request: HttpRequest, username: str, trusted: bool):
    """(group, key, rate, message) for the limits that apply to this try."""
    account = _username_key(username)
    if trusted:
        return [
            (
                "login-trusted",
                f"{device_id(request)}:{account}",
                settings.LOGIN_DEVICE_RATE_LIMIT,
                None,  # over it, the browser is treated as untrusted
            )
        ]
    return [
        (
            "login-device",
            f"{device_id(request)}:{account}",
            settings.LOGIN_DEVICE_RATE_LIMIT,
            _(
                "Too many wrong passwords for this account from this browser. "
                "Wait 15 minutes, log in from a computer you have used before, or "
                "ask an administrator to reset your password."
            ),
        ),
        (
            "login-address",
            client_ip(request),
            settings.LOGIN_ADDRESS_RATE_LIMIT,
            _(
                "Too many failed log-ins from this network in the last hour. Log in "
                "from a computer you have used before, or try again later."
            ),
        ),
    ]


def _over(request: HttpRequest, group: str, key: str, rate: str) -> bool:
    usage = get_usage(
        request, group=group, key=lambda g, r: key, rate=rate, increment=False
    )
    return usage is not None and usage["count"] >= usage["limit"]


def is_trusted(request: HttpRequest, username: str) -> bool:
    """Trusted for this account, and not itself over its own limit."""
    if trusted_user_id(request, username) is None:
        return False
    return not any(
        _over(request, group, key, rate)
        for group, key, rate, _message in _counters(request, username, trusted=True)
    )


def login_refusal(request: HttpRequest, username: str) -> str | None:
    """Why this browser may not try a password for `username` now, or None."""
    if is_trusted(request, username):
        return None
    for group, key, rate, message in _counters(request, username, trusted=False):
        if _over(request, group, key, rate):
            return message
    return None


def record_failure(request: HttpRequest, username: str) -> None:
    trusted = trusted_user_id(request, username) is not None
    for group, key, rate, _message in _counters(request, username, trusted):
        is_ratelimited(
            request,
            group=group,
            key=lambda g, r, key=key: key,
            rate=rate,
            increment=True,
        )


def axes_trusted_browser(request: HttpRequest, credentials: dict | None) -> bool:
    """AXES_WHITELIST_CALLABLE: a trusted browser is neither counted nor
    locked by the account-wide lock; its own limit applies instead."""
    username = (credentials or {}).get("username", "")
    return request is not None and is_trusted(request, username)


def trust_browser_on_login(sender, request: HttpRequest, user, **kwargs) -> None:
    """user_logged_in: mark the response to come (any log-in form, the admin's
    too) to carry the trusted-browser cookie."""
    if request is not None:
        request._trusted_login = signing.dumps(
            {"user": user.pk, "hash": user.get_session_auth_hash()}, salt=SALT
        )


class TrustedLoginCookieMiddleware:
    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        value = getattr(request, "_trusted_login", None)
        if value is not None:
            response.set_cookie(
                TRUSTED_COOKIE,
                value,
                max_age=TRUSTED_MAX_AGE_SECONDS,
                secure=settings.SESSION_COOKIE_SECURE,
                httponly=True,
                samesite="Lax",
            )
        return response
