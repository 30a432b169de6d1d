import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from django.db import connection

PROJECT = Path(__file__).resolve().parents[2]
GIT = shutil.which("git") or "git"


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
def test_each_database_runs_with_its_safe_settings():
    """SQLite: WAL with a busy timeout and write locks taken at BEGIN;
    PostgreSQL: persistent connections, checked before each use."""
    if connection.vendor != "sqlite":
        assert connection.settings_dict["CONN_HEALTH_CHECKS"] is True
        assert connection.settings_dict["CONN_MAX_AGE"] == 600
        return
    with connection.cursor() as cursor:
        journal_mode = cursor.execute("PRAGMA journal_mode").fetchone()[0]
        synchronous = cursor.execute("PRAGMA synchronous").fetchone()[0]
        busy_timeout = cursor.execute("PRAGMA busy_timeout").fetchone()[0]

    assert (journal_mode, synchronous, busy_timeout) == ("wal", 1, 10_000)
    assert connection.transaction_mode == "IMMEDIATE"


STRONG_KEY = "settings-test-" + "q7" * 30


def private_key_file(folder: Path) -> Path:
    key_file = folder / "secret_key"
    key_file.write_text(STRONG_KEY + "\n")
    key_file.chmod(0o600)
    return key_file


def test_production_refuses_the_development_key():
    from quizapp.settings import DEVELOPMENT_SECRET_KEY

    result = manage(
        "check", DJANGO_ENV="production", SECRET_KEY=DEVELOPMENT_SECRET_KEY + "x" * 50
    )
    assert result.returncode == 0, "a longer key that merely starts alike is fine"

    result = manage(
        "check",
        DJANGO_ENV="production",
        SECRET_KEY=DEVELOPMENT_SECRET_KEY,
        ALLOWED_HOSTS="literacy.example.org",
    )
    assert result.returncode != 0
    assert "development key" in result.stderr


def test_production_reads_a_private_key_file_outside_any_checkout(tmp_path):
    key_file = tmp_path / "secret_key"
    key_file.write_text(STRONG_KEY + "\n")
    key_file.chmod(0o600)

    result = manage("check", DJANGO_ENV="production", SECRET_KEY_FILE=str(key_file))

    assert result.returncode == 0, result.stderr


def test_production_refuses_a_key_file_others_can_read(tmp_path):
    key_file = tmp_path / "secret_key"
    key_file.write_text(STRONG_KEY)
    key_file.chmod(0o644)

    result = manage("check", DJANGO_ENV="production", SECRET_KEY_FILE=str(key_file))

    assert result.returncode != 0
    assert "can be read by other users" in result.stderr


@pytest.mark.parametrize("committed", [True, False], ids=["tracked", "not-ignored"])
def test_production_refuses_a_key_file_git_would_carry(tmp_path, committed):
    def git(*args):
        subprocess.run([GIT, *args], cwd=tmp_path, check=True, capture_output=True)

    git("init", "-q")
    key_file = private_key_file(tmp_path)
    if committed:
        git("add", "secret_key")
        git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "k")
        # Ignoring it afterwards does not untrack it: the mistake found here.
        (tmp_path / ".gitignore").write_text("secret_key\n")

    result = manage("check", DJANGO_ENV="production", SECRET_KEY_FILE=str(key_file))

    assert result.returncode != 0
    assert "inside a git checkout" in result.stderr


def test_no_secret_is_tracked_by_git():
    tracked = (
        subprocess.run(
            [GIT, "ls-files", "-z"], cwd=PROJECT, capture_output=True, check=True
        )
        .stdout.decode()
        .split("\0")
    )
    secret_names = {".secret_key", "secret_key", ".env", "id_rsa", "id_ed25519"}
    named_like_secrets = [
        path
        for path in tracked
        if Path(path).name in secret_names or path.endswith((".pem", ".key"))
    ]
    assert named_like_secrets == []
    # A line that is one long random token is what a generated key looks like.
    token_lines = []
    for path in tracked:
        file = PROJECT / path
        if not path or not file.is_file() or file.stat().st_size > 2_000_000:
            continue
        for line in file.read_bytes().splitlines():
            if re.fullmatch(rb"[A-Za-z0-9_\-]{50,}", line.strip()):
                token_lines.append(path)
    assert token_lines == []


def key_file_in_a_checkout(folder: Path, ignored: str = "secret_key") -> Path:
    """A git checkout at `folder` ignoring the name `ignored`, holding a
    private key file named secret_key."""
    subprocess.run([GIT, "init", "-q"], cwd=folder, check=True, capture_output=True)
    (folder / ".gitignore").write_text(f"{ignored}\n")
    return private_key_file(folder)


def test_production_refuses_a_link_to_a_key_file_git_tracks(tmp_path):
    repo = tmp_path / "repo"
    repo.mkdir()
    key_file = key_file_in_a_checkout(repo, ignored="innocent_name")
    link = repo / "innocent_name"
    link.symlink_to(key_file)

    result = manage("check", DJANGO_ENV="production", SECRET_KEY_FILE=str(link))

    assert result.returncode != 0
    assert "inside a git checkout" in result.stderr


def test_production_refuses_a_key_file_in_a_checkout_when_git_is_missing(tmp_path):
    key_file = key_file_in_a_checkout(tmp_path)
    no_git = tmp_path / "empty-bin"
    no_git.mkdir()

    result = manage(
        "check",
        DJANGO_ENV="production",
        SECRET_KEY_FILE=str(key_file),
        PATH=str(no_git),
    )

    assert result.returncode != 0
    assert "inside a git checkout" in result.stderr


def test_an_ignored_key_file_in_a_checkout_is_accepted(tmp_path):
    key_file = key_file_in_a_checkout(tmp_path)

    result = manage("check", DJANGO_ENV="production", SECRET_KEY_FILE=str(key_file))

    assert result.returncode == 0, result.stderr


def test_an_unknown_environment_name_is_refused():
    result = manage("check", DJANGO_ENV="prod")

    assert result.returncode != 0
    assert "DJANGO_ENV must be" in result.stderr


# A request for /healthz on the given Host, answered in a fresh process with
# the settings a server would have: prints the status code.
ASK_AS_HOST = (
    "from django.test import Client; import os, sys; "
    "sys.stdout.write(str(Client(raise_request_exception=False)"
    ".get('/healthz', HTTP_HOST=os.environ['ASK_HOST'], secure=True).status_code))"
)


def status_for_host(host: str, **env: str) -> str:
    result = manage("shell", "-c", ASK_AS_HOST, ASK_HOST=host, **env)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()[-3:]


def test_production_refuses_a_host_it_does_not_list():
    production = {
        "DJANGO_ENV": "production",
        "SECRET_KEY": "ci-only-" + "x" * 60,
        "ALLOWED_HOSTS": "literacy.example.org",
        # A LAN switch means nothing in production.
        "LAN": "1",
        "LAN_HOST": "192.0.2.55",
    }

    assert status_for_host("literacy.example.org", **production) == "200"
    assert status_for_host("192.0.2.55", **production) == "400"


def test_the_demo_allows_its_network_address_only_with_the_lan_switch():
    assert status_for_host("192.0.2.55", LAN_HOST="192.0.2.55") == "400"
    assert status_for_host("192.0.2.55", LAN="1", LAN_HOST="192.0.2.55") == "200"
    # Any other name is still refused.
    assert status_for_host("evil.example", LAN="1", LAN_HOST="192.0.2.55") == "400"


def test_the_lan_switch_makes_the_join_address_the_network_one():
    result = manage(
        "shell",
        "-c",
        "from django.conf import settings; print(settings.PUBLIC_URL)",
        LAN="1",
        LAN_HOST="192.0.2.55",
        PORT="8003",
    )

    # (The shell may first say what it imported.)
    assert result.stdout.strip().splitlines()[-1] == "http://192.0.2.55:8003"
