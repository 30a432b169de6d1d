"""Backing up and restoring the database while the app may be running.

SQLite: the online backup API copies a consistent snapshot page by page
(writers are not blocked for long, and a file copy of a WAL database could
miss committed pages or catch a half-written one). PostgreSQL: pg_dump's
custom format, restored with pg_restore.
"""

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path


class BackupError(RuntimeError):
    pass


def sqlite_backup(database: Path, destination: Path) -> None:
    """A consistent copy of `database` at `destination`, checked before it
    replaces anything there."""
    partial = _private_file(destination)
    try:
        source = sqlite3.connect(database)
        target = sqlite3.connect(partial)
        try:
            with target:
                # All pages in one step: a backup copied in steps starts
                # again whenever another connection writes, so under a
                # class's saves it might never finish. In WAL mode one step
                # reads a snapshot and does not block the writers.
                source.backup(target, pages=-1)
            _check_integrity(target, partial)
        finally:
            target.close()
            source.close()
        os.replace(partial, destination)
    finally:
        partial.unlink(missing_ok=True)


def _private_file(destination: Path) -> Path:
    """An empty `.partial` file beside `destination`, readable by this user
    only: a backup holds sessions, rejoin codes and password hashes."""
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)
    os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    return partial


def sqlite_restore(backup: Path, database: Path) -> None:
    """Overwrite `database` with `backup` (stop the app first)."""
    source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        _check_integrity(source, backup)
        target = sqlite3.connect(database)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()


def _check_integrity(connection: sqlite3.Connection, path: Path) -> None:
    (result,) = connection.execute("PRAGMA integrity_check").fetchone()
    if result != "ok":
        raise BackupError(f"{path} failed SQLite's integrity check: {result}")


def postgres_backup(settings_dict: dict, destination: Path) -> None:
    partial = _private_file(destination)
    try:
        _run_postgres_tool(
            "pg_dump", settings_dict, ["--format=custom", f"--file={partial}"]
        )
        os.replace(partial, destination)
    finally:
        partial.unlink(missing_ok=True)


def postgres_restore(backup: Path, settings_dict: dict) -> None:
    _run_postgres_tool(
        "pg_restore",
        settings_dict,
        ["--clean", "--if-exists", "--no-owner", "--single-transaction", str(backup)],
    )


def _run_postgres_tool(tool: str, settings_dict: dict, arguments: list[str]) -> None:
    executable = shutil.which(tool)
    if executable is None:
        raise BackupError(f"{tool} is not installed (Debian: postgresql-client).")
    env = {**os.environ}
    if settings_dict.get("PASSWORD"):
        env["PGPASSWORD"] = settings_dict["PASSWORD"]
    connection = [
        f"--host={settings_dict.get('HOST') or 'localhost'}",
        f"--port={settings_dict.get('PORT') or 5432}",
        f"--username={settings_dict.get('USER') or 'postgres'}",
        f"--dbname={settings_dict['NAME']}",
    ]
    result = subprocess.run(  # noqa: S603 - a fixed tool, our own arguments
        [executable, *connection, *arguments],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise BackupError(f"{tool} failed: {result.stderr.strip()[:500]}")
