"""Slow down guessing of class and rejoin codes without locking out a class.

A whole school often shares one address (NAT), so unknown codes are counted
twice: per device (quizapp.security.devices), tightly, so one pupil's typing blocks
only that pupil's browser; and per address, sized for a whole school, which
bounds a script that throws its cookie away to pose as new devices. One
device alone cannot reach the address limit (20/h x 24 h = 480 < 1,000).
Joins are also counted per address and class code (a flood of fake students).

Expected time to guess any active code from one address, at 1,000 failures
a day, with 1,000 active classes of 30: join codes (7 characters of 29)
29**7 / 1,000 / 1,000 a day = 47 years; rejoin codes (8 characters, 30,000
active) 29**8 / 30,000 / 1,000 a day = 46 years.
"""

import ipaddress

from django_ratelimit.core import get_usage, is_ratelimited

from django.conf import settings
from django.core.cache import caches
from django.http import HttpRequest
from django.utils.translation import gettext as _

from ..domain.codes import normalise_code
from .devices import device_id


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


def address_key(address: str) -> str:
    """What per-address limits count by: an IPv6 host usually holds a whole
    /64, so the prefix, not the address, is one client; IPv4 as it is."""
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address
    if parsed.version == 4:
        return str(parsed)
    if parsed.ipv4_mapped is not None:
        return str(parsed.ipv4_mapped)
    return str(ipaddress.ip_network(f"{parsed}/64", strict=False))


def _failure_counters(request: HttpRequest):
    return [
        (
            "failed-codes-device",
            lambda group, request: device_id(request),
            settings.FAILED_CODE_DEVICE_RATE_LIMIT,
            _(
                "There have been too many wrong codes from this device. Wait an "
                "hour, and check the code with your teacher."
            ),
        ),
        (
            "failed-codes-address",
            lambda group, request: address_key(client_ip(request)),
            settings.FAILED_CODE_ADDRESS_RATE_LIMIT,
            _(
                "After too many wrong codes from your school's network today, "
                "joining from it is paused until tomorrow. Students already in a "
                "class carry on as usual; tell your teacher."
            ),
        ),
    ]


def code_guessing_refusal(request: HttpRequest) -> str | None:
    """Why this device may not try another code now, or None."""
    for group, key, rate, message in _failure_counters(request):
        usage = get_usage(request, group=group, key=key, rate=rate, increment=False)
        # Without an increment, "over the limit" means the failures so far
        # already reach it.
        if usage is not None and usage["count"] >= usage["limit"]:
            return message
    return None


def record_failed_code(request: HttpRequest) -> None:
    for group, key, rate, _message in _failure_counters(request):
        is_ratelimited(request, group=group, key=key, rate=rate, increment=True)


def join_flood_blocked(request: HttpRequest, code: str) -> bool:
    """Count a join for this address and class code; True when over the limit."""
    return is_ratelimited(
        request,
        group="joins-per-code",
        key=lambda group, request: (
            f"{address_key(client_ip(request))}:{normalise_code(code)[:20]}"
        ),
        rate=settings.JOIN_RATE_LIMIT,
        increment=True,
    )


# The per-address counters an admin may lift (manage.py lift_limits).
ADDRESS_LIMITS = {
    "failed-codes-address": "FAILED_CODE_ADDRESS_RATE_LIMIT",
    "login-address": "LOGIN_ADDRESS_RATE_LIMIT",
}


def lift_address_limits(address: str) -> int:
    """Forget this address's failures in the current windows, so a school a
    script blocked can join and log in again; returns the counters cleared.

    django-ratelimit has no call for this, so its own key functions are used
    (tests/views/test_join.py fails if an upgrade changes them)."""
    from django_ratelimit.core import ALL, _get_window, _make_cache_key, _split_rate

    cache = caches[settings.RATELIMIT_USE_CACHE]
    value = address_key(address)
    cleared = 0
    for group, setting in ADDRESS_LIMITS.items():
        rate = getattr(settings, setting)
        window = _get_window(value, _split_rate(rate)[1])
        cleared += bool(cache.delete(_make_cache_key(group, window, rate, value, ALL)))
    return cleared
