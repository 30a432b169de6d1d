"""A short lesson under load against gunicorn with 4 workers, and the same
lesson with faults: a worker killed, the database connections cut, Redis
gone. The long run with figures is `make bench` (bench/run.py load)."""

import os
import shutil

import psycopg
import pytest

from django.db import connection

from bench.faults import ThrowawayRedis, kill_workers
from bench.lessonload import (
    LessonResult,
    check_lesson,
    prepare_lesson,
    run_lesson_on_gunicorn,
)
from bench.loadtest import database_url

CLASSES, PER_CLASS, SENTENCES = 3, 20, 10
THINK_S = (0.05, 0.3)
pytestmark = pytest.mark.django_db(transaction=True)


def server_env(**extra: str) -> dict[str, str]:
    return {
        **{
            key: value
            for key, value in os.environ.items()
            if key != "DJANGO_ALLOW_ASYNC_UNSAFE"
        },
        "DATABASE_URL": database_url(connection.settings_dict),
        "DJANGO_ENV": "development",
        "DEBUG": "0",
        **extra,
    }


def lesson_with(fault, env: dict[str, str]) -> tuple[LessonResult, object]:
    """Run the lesson; call `fault(server)` once a quarter of it is saved."""
    codes = prepare_lesson(classes=CLASSES, sentences=SENTENCES)
    result = run_lesson_on_gunicorn(
        env,
        join_codes=codes,
        students_per_class=PER_CLASS,
        sentences=SENTENCES,
        think_s=THINK_S,
        fault=fault,
        timeout_s=600,
    )
    return result, check_lesson(result, codes)


def assert_nothing_lost(result: LessonResult, check) -> None:
    students = CLASSES * PER_CLASS
    assert result.joined == students
    assert result.gave_up == 0
    assert len(result.acknowledged) == students * SENTENCES
    assert len(result.submitted) == students
    assert check.lost_answers == 0
    assert check.submissions_missing == 0
    assert check.submissions_duplicated == 0


def test_a_lesson_under_load_has_no_errors_and_loses_nothing():
    result, check = lesson_with(None, server_env())

    assert result.errors == 0
    assert_nothing_lost(result, check)


def test_workers_killed_mid_lesson_cost_retries_not_answers():
    result, check = lesson_with(kill_workers, server_env())

    assert_nothing_lost(result, check)


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="cuts PostgreSQL connections"
)
def test_cut_database_connections_mid_lesson_cost_retries_not_answers():
    settings_dict = connection.settings_dict
    terminated = []

    def terminate_backends(server) -> None:
        with psycopg.connect(
            host=settings_dict.get("HOST") or "127.0.0.1",
            user=settings_dict.get("USER") or "postgres",
            dbname="postgres",
            autocommit=True,
        ) as admin:
            rows = admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = %s AND pid <> pg_backend_pid() "
                "AND application_name NOT LIKE 'pytest%%'",
                [settings_dict["NAME"]],
            ).fetchall()
        terminated.extend(rows)

    # The workers' own connections only: the test's is spared by name.
    with connection.cursor() as cursor:
        cursor.execute("SET application_name = 'pytest-lesson'")
    result, check = lesson_with(terminate_backends, server_env(DATABASE_POOL="1"))

    assert terminated, "no app connection was cut: nothing was proven"
    assert_nothing_lost(result, check)


@pytest.mark.skipif(shutil.which("redis-server") is None, reason="no redis-server")
def test_redis_stopping_mid_lesson_degrades_without_losing_answers():
    with ThrowawayRedis() as redis:
        result, check = lesson_with(redis.stop, server_env(REDIS_URL=redis.url))

    # No retries needed: the cache failing is not an error for anyone.
    assert result.errors == 0
    assert_nothing_lost(result, check)
