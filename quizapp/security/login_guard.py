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

import secrets

from django_ratelimit.core import get_usage, is_ratelimited

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.http import HttpRequest, HttpResponse
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext as _

from .devices import device_id
from .throttling import address_key, client_ip

TRUSTED_COOKIE = "newsroom_login"
# The module's old path: a new salt would void every trusted-login cookie.
SALT = "quizapp.login_guard"
TRUSTED_MAX_AGE_SECONDS = 180 * 24 * 60 * 60


def _username_key(username: str) -> str:
    return (username or "").strip().casefold()[:150]


def _password_tag(user) -> str:
    """Changes with the password; the cookie is signed, not secret, so it
    carries this rather than the session hash itself."""
    return salted_hmac(SALT, user.get_session_auth_hash()).hexdigest()[:32]


def _cookie_and_user(request: HttpRequest):
    """The trusted cookie's contents and its user, or None; read once per
    request (the form, its limits and django-axes all ask)."""
    if not hasattr(request, "_trusted_cookie"):
        request._trusted_cookie = None
        try:
            value = signing.loads(
                request.COOKIES.get(TRUSTED_COOKIE, ""),
                salt=SALT,
                max_age=TRUSTED_MAX_AGE_SECONDS,
            )
            user = get_user_model().objects.get(pk=int(value["user"]))
        except (signing.BadSignature, KeyError, TypeError, ValueError):
            pass
        except get_user_model().DoesNotExist:
            pass
        else:
            request._trusted_cookie = (value, user)
    return request._trusted_cookie


def trusted_login(request: HttpRequest, username: str) -> str | None:
    """The trust this browser holds for `username` (its cookie's own random
    id, which its failures are counted under), or None. A password change (a
    new session hash) ends the trust."""
    found = _cookie_and_user(request)
    if found is None:
        return None
    value, user = found
    # Exactly: usernames differing in case are different accounts.
    if user.get_username() != (username or "").strip():
        return None
    if not constant_time_compare(value.get("hash", ""), _password_tag(user)):
        return None
    return f"{user.pk}:{value.get('nonce', '')}"


def _counters(request: HttpRequest, username: str, trust: str | None):
    """(group, key, rate, message) for the limits that apply to this try."""
    account = _username_key(username)
    if trust is not None:
        # Keyed on the trusted cookie's own id, not the device cookie, which
        # its holder could drop to start afresh.
        return [
            (
                "login-trusted",
                trust,
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
            address_key(client_ip(request)),
            settings.LOGIN_ADDRESS_RATE_LIMIT,
            _(
                "Too many failed log-ins from this network in the last hour. Log in "
                "from a computer you have used before, or try again later."
            ),
        ),
    ]


def _usage(request: HttpRequest, group: str, key: str, rate: str):
    """The counter so far, or None when the cache cannot count."""
    return get_usage(
        request, group=group, key=lambda g, r: key, rate=rate, increment=False
    )


def _over(request: HttpRequest, group: str, key: str, rate: str) -> bool:
    usage = _usage(request, group, key, rate)
    return usage is not None and usage["count"] >= usage["limit"]


def is_trusted(request: HttpRequest, username: str) -> bool:
    """Trusted for this account, and not itself over its own limit. With the
    cache down nothing can count a trusted browser's failures, so it is
    treated as untrusted: django-axes (in the database) then guards it."""
    trust = trusted_login(request, username)
    if trust is None:
        return False
    for group, key, rate, _message in _counters(request, username, trust):
        usage = _usage(request, group, key, rate)
        if usage is None or usage["count"] >= usage["limit"]:
            return False
    return True


def login_refusal(request: HttpRequest, username: str) -> str | None:
    """Why this browser may not try a password for `username` now, or None."""
    if is_trusted(request, username):
        return None
    for group, key, rate, message in _counters(request, username, trust=None):
        if _over(request, group, key, rate):
            return message
    return None


def record_failure(request: HttpRequest, username: str) -> None:
    trust = trusted_login(request, username) if is_trusted(request, username) else None
    for group, key, rate, _message in _counters(request, username, trust):
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
            {
                "user": user.pk,
                "hash": _password_tag(user),
                "nonce": secrets.token_urlsafe(12),
            },
            salt=SALT,
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
