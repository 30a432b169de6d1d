"""Backups taken while students save, and restored."""

import io
import sqlite3
import stat
import threading
import time
from contextlib import contextmanager

import psycopg
import pytest
from dbbackup.db.base import get_connector
from dbbackup.db.exceptions import CommandConnectorError

from django.core.management import CommandError, call_command
from django.db import connection, connections

from articles.domain.labels import Label
from quizapp.models import Answer, Student
from quizapp.ops.backups import PostgresConnector, SqliteConnector, restore
from quizapp.services.attempts import answer_save
from tests.factories import AttemptFactory, StudentFactory

pytestmark = pytest.mark.django_db(transaction=True)


def wait_for(condition, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "the writer did not get going"
        time.sleep(0.01)


@contextmanager
def student_saving(attempt):
    """A student keeps saving in another thread for the length of the block
    (started: twenty saves are in before the block runs)."""
    stop, saved = threading.Event(), []
    writer = threading.Thread(target=save_answers_until, args=[stop, attempt, saved])
    writer.start()
    try:
        wait_for(lambda: len(saved) >= 20)
        yield
    finally:
        stop.set()
        writer.join(timeout=30)


def save_answers_until(stop: threading.Event, attempt, saved: list[int]) -> None:
    """A student labelling sentence after sentence, in its own connection."""
    segments = list(attempt.assignment.exercise.article.segments.all())
    seq = 0
    try:
        while not stop.is_set():
            seq += 1
            answer_save(
                attempt=attempt,
                segment=segments[seq % len(segments)],
                label=[Label.SOURCED_CLAIM, Label.EDITORIAL_APPEAL][seq % 2],
                seq=seq,
            )
            saved.append(seq)
    finally:
        connections.close_all()


@pytest.mark.skipif(
    connection.vendor != "sqlite", reason="the SQLite backup API; see the next test"
)
def test_sqlite_backup_while_students_save_then_restore(tmp_path):
    attempt = AttemptFactory()
    backup = tmp_path / "newsroom.sqlite3"
    output = io.StringIO()
    with student_saving(attempt):
        call_command("backup_db", str(backup), stdout=output)
    assert "Backed up sqlite" in output.getvalue()
    assert_private_and_complete(backup)
    copy = sqlite3.connect(backup)
    assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    backed_up = copy.execute("SELECT COUNT(*) FROM quizapp_answer").fetchone()[0]
    copy.close()
    assert backed_up >= 1
    # Changes after the backup: a student deleted, another added.
    Student.objects.filter(pk=attempt.student_id).delete()
    StudentFactory(nickname="After the backup")

    call_command("restore_db", str(backup), "--yes", stdout=io.StringIO())

    assert Student.objects.filter(pk=attempt.student_id).exists()
    assert not Student.objects.filter(nickname="After the backup").exists()
    assert Answer.objects.count() == backed_up


def assert_private_and_complete(backup):
    """Readable by its owner only, and nothing left half-written beside it."""
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert sorted(path.name for path in backup.parent.iterdir()) == [backup.name]


def test_the_settings_pick_our_dbbackup_connectors():
    expected = {"sqlite": SqliteConnector, "postgresql": PostgresConnector}
    assert type(get_connector()) is expected[connection.vendor]


def test_restore_needs_confirmation_and_an_existing_file(tmp_path):
    with pytest.raises(CommandError, match="does not exist"):
        call_command("restore_db", str(tmp_path / "missing"), "--yes")
    (tmp_path / "backup").write_bytes(b"x")
    with pytest.raises(CommandError, match="Stop the app, then run again with --yes"):
        call_command("restore_db", str(tmp_path / "backup"))


@pytest.mark.skipif(connection.vendor != "postgresql", reason="pg_dump and pg_restore")
def test_postgres_dump_while_students_save_restores_into_a_fresh_database(tmp_path):
    attempt = AttemptFactory()
    backup = tmp_path / "newsroom.dump"
    with student_saving(attempt):
        call_command("backup_db", str(backup), stdout=io.StringIO())
    assert_private_and_complete(backup)
    assert backup.read_bytes().startswith(b"PGDMP")  # pg_dump's custom format
    settings_dict = connection.settings_dict
    scratch = f"{settings_dict['NAME']}_restore"
    admin = psycopg.connect(
        host=settings_dict.get("HOST") or "127.0.0.1",
        user=settings_dict.get("USER") or "postgres",
        dbname="postgres",
        autocommit=True,
    )
    admin.execute(f'DROP DATABASE IF EXISTS "{scratch}"')
    admin.execute(f'CREATE DATABASE "{scratch}"')
    # The scratch database under an alias of its own, for dbbackup's connector.
    connections.settings["scratch"] = {**settings_dict, "NAME": scratch}
    try:
        restore(backup, using="scratch")
        # Again, over the restored data: --clean replaces what is there.
        restore(backup, using="scratch")
        with psycopg.connect(
            host=settings_dict.get("HOST") or "127.0.0.1",
            user=settings_dict.get("USER") or "postgres",
            dbname=scratch,
        ) as restored:
            students = restored.execute(
                "SELECT nickname FROM quizapp_student"
            ).fetchall()
            answers = restored.execute("SELECT COUNT(*) FROM quizapp_answer").fetchone()
    finally:
        del connections["scratch"]
        del connections.settings["scratch"]
        admin.execute(f'DROP DATABASE IF EXISTS "{scratch}" WITH (FORCE)')
        admin.close()
    assert students == [(attempt.student.nickname,)]
    assert answers[0] >= 1


def test_a_failed_backup_keeps_the_previous_file(tmp_path, monkeypatch):
    backup = tmp_path / "newsroom.backup"
    backup.write_bytes(b"yesterday's backup")

    def failing_dump(self):
        raise CommandConnectorError("Error running: pg_dump\nconnection refused")

    monkeypatch.setattr(type(get_connector()), "create_dump", failing_dump)
    with pytest.raises(CommandError, match="connection refused"):
        call_command("backup_db", str(backup), stdout=io.StringIO())

    assert backup.read_bytes() == b"yesterday's backup"
    assert [path.name for path in tmp_path.iterdir()] == [backup.name]


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's integrity check")
def test_sqlite_refuses_to_restore_what_is_no_sound_backup(tmp_path):
    StudentFactory(nickname="Still here")
    not_a_database = tmp_path / "notes.txt"
    not_a_database.write_bytes(b"x" * 4096)

    with pytest.raises(CommandError, match="is not a SQLite backup"):
        call_command("restore_db", str(not_a_database), "--yes")

    assert Student.objects.filter(nickname="Still here").exists()
