"""Batch import with real worker processes: one killed mid-batch, and the
Redis queue that lets workers on several machines share the work."""

import io
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import redis

from django.core.management import call_command
from django.db import connection

from articles.batches import services, tasks
from articles.extraction.batch_files import BatchEntry
from articles.models import Article, ImportItem
from bench.loadtest import database_url
from tests.extraction import sample_files as uploads
from tests.factories import AdminFactory

PROJECT = Path(__file__).resolve().parents[2]
REDIS_TEST_URL = "redis://127.0.0.1:6379/14"
Status = ImportItem.Status


def worker_env(**extra: str) -> dict[str, str]:
    return {
        **{
            key: value
            for key, value in os.environ.items()
            if key not in {"DJANGO_ALLOW_ASYNC_UNSAFE", "REDIS_URL"}
        },
        "DATABASE_URL": database_url(connection.settings_dict),
        "DJANGO_ENV": "development",
        "DEBUG": "0",
        **extra,
    }


def manage(*args: str) -> list[str]:
    return [sys.executable, str(PROJECT / "manage.py"), *args]


def story_entries(count: int) -> list[BatchEntry]:
    return [
        BatchEntry(
            f"story-{number:02}.html",
            uploads.html_page(
                [f"Story {number}: {paragraph}" for paragraph in uploads.PARAGRAPHS],
                title=f"Story {number}",
            ),
        )
        for number in range(count)
    ]


def wait_until(condition, seconds: float = 90) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.05)


@pytest.mark.django_db(transaction=True)
def test_a_worker_killed_mid_batch_loses_no_file_and_imports_none_twice():
    admin = AdminFactory()
    batch = services.batch_store(
        created_by=admin,
        source_name="stories.zip",
        entries=story_entries(24),
        enqueue=tasks.batch_enqueue,
    )
    worker = subprocess.Popen(
        manage("db_worker", "--no-startup-delay", "--no-reload", "--interval", "0.1"),
        cwd=PROJECT,
        env=worker_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_until(lambda: batch.items.filter(status=Status.IMPORTED).count() >= 3)
    finally:
        worker.send_signal(signal.SIGKILL)
        worker.wait(timeout=30)
    left = batch.items.exclude(status=Status.IMPORTED).count()
    assert left > 0, "the worker finished before it was killed: nothing was proven"

    output = io.StringIO()
    call_command("import_articles", "--resume", batch.pk, "--take-over", stdout=output)

    assert "24 imported" in output.getvalue()
    assert set(batch.items.values_list("status", flat=True)) == {Status.IMPORTED}
    titles = list(Article.objects.values_list("title", flat=True))
    assert sorted(titles) == sorted(f"Story {number}" for number in range(24))


def redis_available() -> bool:
    try:
        return redis.Redis.from_url(REDIS_TEST_URL, socket_timeout=1).ping()
    except redis.exceptions.ConnectionError:
        return False


@pytest.mark.skipif(not redis_available(), reason="Redis is not running here")
@pytest.mark.django_db(transaction=True)
def test_the_redis_queue_runs_a_batch_with_an_rq_worker(tmp_path):
    queue = redis.Redis.from_url(REDIS_TEST_URL)
    queue.flushdb()
    AdminFactory(username="importer")
    for entry in story_entries(3):
        (tmp_path / entry.name).write_bytes(entry.payload)
    env = worker_env(TASKS_BACKEND="redis", REDIS_URL=REDIS_TEST_URL)

    queued = subprocess.run(
        manage("import_articles", str(tmp_path), "--user", "importer", "--queue"),
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert "3 item(s)" in queued.stdout
    assert not Article.objects.exists()  # nothing done until a worker runs

    subprocess.run(
        manage("rqworker", "--burst", "--job-class", "django_tasks_rq.Job", "default"),
        cwd=PROJECT,
        env=env,
        capture_output=True,
        timeout=120,
        check=True,
    )

    assert Article.objects.count() == 3
    queue.flushdb()
