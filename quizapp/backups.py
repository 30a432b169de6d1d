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

# Pages copied per step; between steps other connections may write.
PAGES_PER_STEP = 1024


class BackupError(RuntimeError):
    pass


def sqlite_backup(database: Path, destination: Path) -> None:
    """A consistent copy of `database` at `destination`, checked before it
    replaces anything there."""
    partial = destination.with_name(destination.name + ".partial")
    source = sqlite3.connect(database)
    target = sqlite3.connect(partial)
    try:
        with target:
            source.backup(target, pages=PAGES_PER_STEP)
        _check_integrity(target, partial)
    finally:
        target.close()
        source.close()
    os.replace(partial, destination)


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
    partial = destination.with_name(destination.name + ".partial")
    _run_postgres_tool(
        "pg_dump", settings_dict, ["--format=custom", f"--file={partial}"]
    )
    os.replace(partial, destination)


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
