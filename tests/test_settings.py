import os
import subprocess
import sys
from pathlib import Path

import pytest

from django.db import connection

PROJECT = Path(__file__).resolve().parent.parent


def manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    """Run manage.py in a fresh process with the environment a server would have."""
    # The browser tests' conftest sets this for Playwright; no server has it.
    inherited = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DJANGO_ALLOW_ASYNC_UNSAFE", "SECRET_KEY"}
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=PROJECT,
        env={**inherited, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_production_settings_pass_the_deployment_checklist_without_warnings():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_ENV="production",
        SECRET_KEY="ci-only-" + "x" * 60,
        ALLOWED_HOSTS="literacy.example.org",
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    result = manage("check", DJANGO_ENV="production")

    assert result.returncode != 0
    assert "Set SECRET_KEY in production" in result.stderr


def test_production_refuses_to_start_with_debug_on():
    result = manage(
        "check", DJANGO_ENV="production", DEBUG="1", SECRET_KEY="ci-only-" + "x" * 60
    )

    assert result.returncode != 0
    assert "DEBUG must be off in production" in result.stderr


def test_pages_carry_a_strict_content_security_policy(client):
    response = client.get("/join/")

    policy = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy


@pytest.mark.django_db
def test_sqlite_runs_in_wal_mode_with_a_busy_timeout():
    if connection.vendor != "sqlite":
        pytest.skip("SQLite settings; this run uses PostgreSQL.")
    with connection.cursor() as cursor:
        journal_mode = cursor.execute("PRAGMA journal_mode").fetchone()[0]
        synchronous = cursor.execute("PRAGMA synchronous").fetchone()[0]
        busy_timeout = cursor.execute("PRAGMA busy_timeout").fetchone()[0]

    assert (journal_mode, synchronous, busy_timeout) == ("wal", 1, 10_000)
    assert connection.transaction_mode == "IMMEDIATE"
