"""Backing up and restoring the database while the app may be running.

The dumps are django-dbbackup's: its connectors, picked per database engine
through DBBACKUP_CONNECTOR_MAPPING in the settings (the two classes below).

- SQLite: dbbackup's SqliteBackupConnector copies a consistent snapshot
  through SQLite's online backup API, all pages in one step (its
  `Connection.backup` call keeps the default `pages=-1`): a file copy of a WAL
  database could miss committed pages or catch a half-written one, and a
  backup taken in steps starts again whenever another connection writes, so
  under a class's saves it might never finish. In WAL mode the one step reads
  a snapshot and does not block the writers. Its restore, though, writes the
  bytes over the database file, beside a -wal file that still holds the old
  database's pages; SqliteConnector restores through the backup API instead,
  after an integrity check.
- PostgreSQL: dbbackup's PgDumpBinaryConnector, `pg_dump --format=custom`
  (one snapshot of the whole database) and `pg_restore --single-transaction
  --clean --if-exists`, with `--no-owner` added here.

What the library leaves to its storages is done here, for FILE given on the
command line: the file is readable by its owner only (a backup holds
sessions, rejoin codes and password hashes), written beside FILE and renamed
over it only once complete, and for SQLite only once `PRAGMA integrity_check`
passes on it. So FILE is never left half-written, and an earlier good backup
there is not lost to a failed one.
"""

import logging
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

from dbbackup import settings as dbbackup_settings
from dbbackup.db.base import get_connector
from dbbackup.db.exceptions import ConnectorError, RestoreError
from dbbackup.db.postgresql import PgDumpBinaryConnector
from dbbackup.db.sqlite import SqliteBackupConnector

from django.db import DEFAULT_DB_ALIAS, connections

# dbbackup.db.base sets its command logger to DEBUG, which prints each
# pg_dump command line before our messages; let LOGGING decide (WARNING).
logging.getLogger("dbbackup.command").setLevel(logging.NOTSET)


class BackupError(RuntimeError):
    pass


class SqliteConnector(SqliteBackupConnector):
    """dbbackup's backup-API dump; restored through the backup API as well.

    The library's restore writes the backup's bytes over the database file
    and checks nothing: the -wal file beside it, with pages of the old
    database not yet checkpointed, would then be read over the new one. Here
    the backup is checked first, then copied into the database through the
    backup API, one write transaction that goes through the WAL like any
    other.

    (The dump, the library's create_dump, is held in memory until backup()
    writes it to FILE: the size of the database, a few hundred MB at most
    for a school.)
    """

    def restore_dump(self, dump):
        with tempfile.NamedTemporaryFile(
            dir=dbbackup_settings.TMP_DIR, suffix=".sqlite3"
        ) as copy:  # mode 0600, removed on close
            shutil.copyfileobj(dump, copy)
            copy.flush()
            source = sqlite3.connect(f"{Path(copy.name).as_uri()}?mode=ro", uri=True)
            try:
                check_integrity(source, getattr(dump, "name", "the backup"))
                target = sqlite3.connect(self.connection.settings_dict["NAME"])
                try:
                    source.backup(target)
                finally:
                    target.close()
            except sqlite3.Error as error:
                raise RestoreError(f"Restoring failed: {error}") from error
            finally:
                source.close()


class PostgresConnector(PgDumpBinaryConnector):
    """dbbackup's pg_dump/pg_restore connector (custom format); the restore
    does not set owners, so it works under another role than the dump's."""

    pg_options = "--no-owner"


CONNECTORS = (SqliteConnector, PostgresConnector)


def check_integrity(connection: sqlite3.Connection, name) -> None:
    try:
        (result,) = connection.execute("PRAGMA integrity_check").fetchone()
    except sqlite3.DatabaseError as error:
        raise RestoreError(f"{name} is not a SQLite backup: {error}") from error
    if result != "ok":
        raise RestoreError(f"{name} failed SQLite's integrity check: {result}")


def backup(destination: Path, using: str = DEFAULT_DB_ALIAS) -> None:
    """A consistent backup of database `using` at `destination`."""
    connector = _connector(using)
    _require_tool(getattr(connector, "dump_cmd", None))
    partial = _private_file(destination)
    try:
        try:
            dump = connector.create_dump()
        except (ConnectorError, sqlite3.Error) as error:
            raise BackupError(_message(error)) from error
        with dump, open(partial, "wb") as file:
            shutil.copyfileobj(dump, file)
            file.flush()
            os.fsync(file.fileno())
        if isinstance(connector, SqliteConnector):
            copy = sqlite3.connect(partial)
            try:
                check_integrity(copy, "The backup")
            except RestoreError as error:
                raise BackupError(str(error)) from error
            finally:
                copy.close()
        os.replace(partial, destination)
    finally:
        partial.unlink(missing_ok=True)


def restore(backup: Path, using: str = DEFAULT_DB_ALIAS) -> None:
    """Overwrite database `using` with `backup` (stop the app first)."""
    connector = _connector(using)
    _require_tool(getattr(connector, "restore_cmd", None))
    connections[using].close()
    try:
        with open(backup, "rb") as dump:
            connector.restore_dump(dump)
    except ConnectorError as error:
        raise BackupError(_message(error)) from error


def _connector(using: str):
    """dbbackup's connector for `using`, one of ours (and never its
    fallback, a dumpdata in JSON)."""
    connector = get_connector(using)
    if not isinstance(connector, CONNECTORS):
        vendor = connections[using].vendor
        raise BackupError(f"No backup method for {vendor}.")
    return connector


def _require_tool(tool: str | None) -> None:
    """Say so plainly when pg_dump or pg_restore is missing (the library's
    message lists the tools of every database it knows)."""
    if tool and shutil.which(tool) is None:
        raise BackupError(f"{tool} is not installed (Debian: postgresql-client).")


def _private_file(destination: Path) -> Path:
    """An empty `.partial` file beside `destination`, readable by this user
    only."""
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)
    os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    return partial


def _message(error: Exception) -> str:
    """The library's message ("Error running: pg_dump …" and the tool's
    stderr), tidied and not too long."""
    first, _, rest = str(error).strip().partition("\n")
    text = "\n".join([" ".join(first.split()), rest.strip()]).strip()
    return text if len(text) <= 1500 else text[:1500] + " …"
