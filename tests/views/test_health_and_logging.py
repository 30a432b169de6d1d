"""/healthz, the JSON request log, and serving on with the cache down."""

import json
import logging

import pytest
from pytest_django.asserts import assertContains

from django.urls import reverse

from quizapp.models import Answer
from tests.factories import AssignmentFactory

# A Redis URL nothing listens on: every cache call fails at once.
DEAD_REDIS = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",
        "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.2},
    }
}


@pytest.mark.django_db
def test_healthz_reports_the_database_and_cache(client):
    response = client.get(reverse("healthz"))

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
    assert response["Cache-Control"].startswith("max-age=0")


@pytest.mark.django_db
def test_healthz_with_the_cache_down_is_degraded_not_failing(client, settings):
    settings.CACHES = DEAD_REDIS

    response = client.get(reverse("healthz"))

    assert response.status_code == 200
    assert response.json()["cache"] == "unavailable"
    assert response.json()["status"] == "degraded"


@pytest.mark.django_db
def test_each_request_is_logged_as_one_json_line_without_ids(client, teacher, caplog):
    caplog.set_level(logging.INFO, logger="quizapp.requests")
    assignment = AssignmentFactory(classroom__teacher=teacher)
    client.force_login(teacher)

    response = client.get(reverse("quizapp:assignment-detail", args=[assignment.pk]))

    record = next(r for r in caplog.records if r.name == "quizapp.requests")
    assert record.status == 200
    assert record.route == "teach/assignments/<int:assignment_id>/"
    assert record.who == "teacher"
    assert record.request_id == response["X-Request-ID"]
    formatted = logging.getLogger("quizapp.requests").handlers[0].format(record)
    line = json.loads(formatted)
    assert line["route"] == record.route
    assert f"/{assignment.pk}/" not in formatted


@pytest.mark.django_db(transaction=True)
def test_with_the_cache_down_students_join_and_save_and_teachers_see_it(
    client, settings
):
    settings.CACHES = DEAD_REDIS
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    assignment = AssignmentFactory()
    segment = assignment.exercise.article.segments.get(position=2)

    joined = client.post(
        reverse("quizapp:join"),
        {"code": assignment.classroom.join_code, "nickname": "Ana"},
        follow=True,
    )
    assert joined.status_code == 200
    saved = client.post(
        reverse("quizapp:answer-save", args=[assignment.pk, segment.pk]),
        {"label": "sourced_claim", "seq": "1"},
    )
    assert saved.status_code == 302  # the no-JavaScript form goes back to the page
    assert Answer.objects.get().label == "sourced_claim"

    client.force_login(assignment.classroom.teacher)
    page = client.get(
        reverse("quizapp:classroom-detail", args=[assignment.classroom.pk])
    )
    assertContains(page, "Ana")


def test_favicon_ico_leads_to_the_sites_icon(client):
    response = client.get("/favicon.ico")

    assert response.status_code == 301
    assert response["Location"].endswith("quizapp/favicon.svg")
    assert client.get(response["Location"]).status_code == 200
