"""What the benchmark's parts share: where the project is, a free port,
running one of bench/'s scripts in a process of its own, and the PostgreSQL
bench database."""

import socket
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
# Debian's Chromium (Playwright's own download does not work here), with the
# flags a container needs; the browser tests launch it the same way.
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def free_port() -> int:
    """A loopback port nothing listens on (for a server about to start)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def postgres_ready(url: str) -> bool:
    """Create the bench database if its server answers; False if it does not."""
    from urllib.parse import urlsplit

    import psycopg

    parts = urlsplit(url)
    server = {
        "host": parts.hostname or "127.0.0.1",
        "port": parts.port or 5432,
        "user": parts.username or "postgres",
        "connect_timeout": 5,
    }
    name = parts.path.lstrip("/")
    try:
        with psycopg.connect(dbname="postgres", autocommit=True, **server) as admin:
            exists = admin.execute(
                "SELECT 1 FROM pg_database WHERE datname = %s", [name]
            ).fetchone()
            if not exists:
                admin.execute(f'CREATE DATABASE "{name}"')  # name from our own setting
    except psycopg.Error:
        return False
    return True


def script(name: str, env: dict[str, str], *args: str, stdin: str | None = None) -> str:
    """Run one of bench/'s scripts in a process bound to env's database."""
    import subprocess
    import sys

    return subprocess.run(  # noqa: S603 -- our own script
        [sys.executable, str(PROJECT / "bench" / name), *args],
        cwd=PROJECT,
        env=env,
        input=stdin,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
