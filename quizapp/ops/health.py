"""/healthz for load balancers and monitoring."""

import secrets

from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from ..permissions import needs_no_student


@require_GET
@never_cache
@needs_no_student  # nothing but the two checks
def healthz(request: HttpRequest) -> JsonResponse:
    """200 while the database answers; the cache is reported, not required.

    The app keeps serving with the cache (Redis) down, only slower and
    without rate limits, so a cache failure must not take every app server
    out of the load balancer at once: it shows as "degraded".
    """
    database = _database_status()
    cache_status = _cache_status()
    if database != "ok":
        overall = "failing"
    elif cache_status != "ok":
        overall = "degraded"
    else:
        overall = "ok"
    return JsonResponse(
        {"status": overall, "database": database, "cache": cache_status},
        status=503 if overall == "failing" else 200,
    )


def _database_status() -> str:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return "unavailable"
    return "ok"


def _cache_status() -> str:
    # The cache swallows its own errors (IGNORE_EXCEPTIONS), so a round trip
    # of a fresh value is the only way to know it works.
    # A key of its own per probe: servers probed at once must not read
    # each other's value.
    key = f"healthz-{secrets.token_hex(8)}"
    cache.set(key, "1", timeout=10)
    working = cache.get(key) == "1"
    cache.delete(key)
    return "ok" if working else "unavailable"
