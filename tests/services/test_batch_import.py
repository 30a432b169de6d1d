"""Batch import through the real database task queue (db_worker)."""

import json
from datetime import timedelta

import pytest
from django_tasks_db.models import DBTaskResult

from django.core.management import call_command
from django.utils import timezone

from articles.batches import selectors, services, tasks, worker
from articles.extraction import RefusedFile
from articles.models import Article, ImportBatch, ImportItem
from tests.extraction import sample_files as uploads
from tests.factories import AdminFactory

Status = ImportItem.Status
pytestmark = pytest.mark.django_db


def run_worker() -> None:
    """What `manage.py db_worker` does in production, until the queue is empty."""
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload")


def create(admin, data: bytes, name: str, **kwargs) -> ImportBatch:
    return services.batch_create(
        created_by=admin,
        source_name=name,
        data=data,
        enqueue=tasks.batch_enqueue,
        **kwargs,
    )


@pytest.fixture
def admin(db):
    return AdminFactory()


def mixed_archive() -> bytes:
    return uploads.zip_of(
        {
            "ferry.html": uploads.html_page(),
            "ferry-copy.docx": uploads.word_document(),  # same text as the page
            "budget.pdf": uploads.pdf_document(
                ["The mayor said the budget would be published on Friday."], title=""
            ),
            "notes.md": b"# Library hours\n\nThe librarian said the doors open at 8.",
            "locked.pdf": uploads.encrypted_pdf(),
            "photo.txt": bytes(range(256)) * 20,
        }
    )


# The worker closes and reopens database connections as a real one does, so
# the test's data must be committed: a transactional test.
@pytest.mark.django_db(transaction=True)
def test_a_zip_batch_is_queued_then_imported_by_the_worker():
    admin = AdminFactory()
    batch = create(admin, mixed_archive(), "articles.zip", share_with_all=True)
    assert DBTaskResult.objects.count() == 2  # two tasks share the batch
    assert selectors.batch_progress(batch).finished == 0

    run_worker()

    results = {item.name: item for item in batch.items.all()}
    assert {name: item.status for name, item in results.items()} == {
        "ferry.html": Status.IMPORTED,
        "ferry-copy.docx": Status.DUPLICATE,
        "budget.pdf": Status.IMPORTED,
        "notes.md": Status.IMPORTED,
        "locked.pdf": Status.REFUSED,
        "photo.txt": Status.REFUSED,
    }
    assert "password" in results["locked.pdf"].message
    assert "binary file" in results["photo.txt"].message
    assert results["ferry-copy.docx"].article == results["ferry.html"].article
    assert Article.objects.count() == 3
    assert set(Article.objects.values_list("title", flat=True)) == {
        uploads.TITLE,
        "budget",  # no title in the file: named after it
        "Library hours",
    }
    assert all(Article.objects.values_list("is_shared", flat=True))
    assert all(article.segments.exists() for article in Article.objects.all())
    # File bytes are not kept once an item is done.
    assert not any(bytes(item.payload) for item in results.values())
    assert selectors.batch_progress(batch).is_done


def test_csv_rows_import_and_bad_rows_are_refused_alone(admin):
    data = (
        b"title,text,outlet,published_on,source_url\n"
        b'"Fares rise","The council said fares rise.",Gazette,2026-03-02,\n'
        b'"No text","",Gazette,,\n'
        b'"Bad date","The mayor said so.",Gazette,next week,\n'
        b'"Bad link","The mayor said it again.",Gazette,,not a url\n'
    )
    batch = create(admin, data, "articles.csv")

    worker.batch_run(batch.pk)

    results = list(batch.items.values_list("status", "message"))
    assert results[0] == (Status.IMPORTED, "")
    assert results[1] == (Status.REFUSED, "This row has no text.")
    # An optional date that cannot be read loses the date, not the article.
    assert results[2] == (
        Status.IMPORTED,
        "The date 'next week' is not a date like 2026-03-02, so the article was "
        "imported without one.",
    )
    assert results[3] == (Status.REFUSED, "source url: Enter a valid URL.")
    article = Article.objects.get(title="Fares rise")
    assert article.outlet == "Gazette"
    assert article.published_on.isoformat() == "2026-03-02"
    assert Article.objects.get(title="Bad date").published_on is None


def test_a_row_over_the_sentence_cap_is_refused_before_labeling(admin):
    long_text = " ".join(f"Buoy {n} was painted." for n in range(2_001))
    rows = [{"title": "Buoys", "text": long_text}, {"title": "Ok", "text": "Fine."}]
    data = "\n".join(json.dumps(row) for row in rows).encode()
    batch = create(admin, data, "articles.jsonl")

    worker.batch_run(batch.pk)

    assert list(batch.items.values_list("status", "message")) == [
        (Status.REFUSED, "The text has 2,001 sentences; the limit is 2,000."),
        (Status.IMPORTED, ""),
    ]
    assert Article.objects.get().title == "Ok"


def test_jsonl_rows_import(admin):
    rows = [
        {"title": "Fares rise", "text": "The council said fares rise."},
        {"title": "Hours", "text": "The librarian said the doors open at 8."},
    ]
    data = "\n".join(json.dumps(row) for row in rows).encode()
    batch = create(admin, data, "articles.jsonl")

    assert worker.batch_run(batch.pk) == 2

    assert Article.objects.count() == 2


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (uploads.archive_bomb(80), "zip bomb"),
        (b"title,summary\nA,B\n", "'text' column"),
        (b"", "empty"),
        (uploads.word_document()[:2000], "damaged"),
    ],
)
def test_a_batch_file_that_cannot_be_split_creates_nothing(admin, data, message):
    with pytest.raises(RefusedFile, match=message):
        create(admin, data, "batch.zip")

    assert not ImportBatch.objects.exists()
    assert not DBTaskResult.objects.exists()


def test_running_a_batch_again_imports_nothing_twice(admin):
    batch = create(admin, mixed_archive(), "articles.zip")
    worker.batch_run(batch.pk)
    count = Article.objects.count()

    assert worker.batch_run(batch.pk) == 0
    assert Article.objects.count() == count


def test_an_item_claimed_by_a_dead_worker_is_taken_again_once_stale(admin):
    batch = create(admin, uploads.zip_of({"a.html": uploads.html_page()}), "a.zip")
    # A worker claimed the item and died before finishing it.
    batch.items.update(status=Status.WORKING, claimed_at=timezone.now())

    assert worker.batch_run(batch.pk) == 0  # a live claim is left alone
    batch.items.update(
        claimed_at=timezone.now() - selectors.STALE_CLAIM - timedelta(seconds=1)
    )
    assert worker.batch_run(batch.pk) == 1

    assert batch.items.get().status == Status.IMPORTED
    assert selectors.batch_progress(batch).is_done


def test_a_stalled_batch_says_so(admin):
    batch = create(admin, uploads.zip_of({"a.html": uploads.html_page()}), "a.zip")
    assert not selectors.batch_progress(batch).is_stalled
    ImportBatch.objects.filter(pk=batch.pk).update(
        created_at=timezone.now() - timedelta(minutes=10)
    )
    batch.refresh_from_db()

    assert selectors.batch_progress(batch).is_stalled


def test_an_item_that_keeps_killing_its_worker_is_given_up(admin):
    batch = create(admin, uploads.zip_of({"a.html": uploads.html_page()}), "a.zip")
    stale = timezone.now() - selectors.STALE_CLAIM - timedelta(seconds=1)
    batch.items.update(
        status=Status.WORKING, claimed_at=stale, attempts=services.MAX_ATTEMPTS
    )

    assert worker.batch_run(batch.pk) == 0

    item = batch.items.get()
    assert item.status == Status.REFUSED
    assert "stopped the import worker 3 times" in item.message
    assert not Article.objects.exists()


def test_a_file_whose_reader_died_is_put_back_and_tried_again(admin, monkeypatch):
    """A worker shutting down kills its reader too: not the file's fault."""
    from articles.extraction.document import ReaderStopped

    batch = create(admin, uploads.zip_of({"a.html": uploads.html_page()}), "a.zip")
    real_extract = services.extract_isolated
    calls = []

    def dies_once(data, name):
        calls.append(name)
        if len(calls) == 1:
            raise ReaderStopped("The reader stopped unexpectedly.")
        return real_extract(data, name)

    monkeypatch.setattr(services, "extract_isolated", dies_once)

    worker.batch_run(batch.pk)

    item = batch.items.get()
    assert (item.status, item.attempts) == (Status.IMPORTED, 2)


@pytest.mark.django_db(transaction=True)
def test_a_long_batch_is_handed_on_from_task_to_task(monkeypatch):
    monkeypatch.setattr(tasks, "ITEMS_PER_TASK", 2)
    admin = AdminFactory()
    rows = "".join(
        f'"Story {n}","The mayor said story {n} was true."\n' for n in range(7)
    )
    batch = create(admin, f"title,text\n{rows}".encode(), "stories.csv")

    run_worker()

    assert selectors.batch_progress(batch).imported == 7
    # Two tasks to start, each handing on until nothing was left.
    assert DBTaskResult.objects.count() >= 4


@pytest.mark.django_db(transaction=True)
def test_a_task_queued_under_its_old_path_still_runs():
    """Tasks queued before the move to articles.batches are stored as
    "articles.tasks.import_batch"; a worker after the move still runs them."""
    admin = AdminFactory()
    batch = create(admin, mixed_archive(), "articles.zip")
    assert set(DBTaskResult.objects.values_list("task_path", flat=True)) == {
        "articles.batches.tasks.import_batch"
    }
    DBTaskResult.objects.update(task_path="articles.tasks.import_batch")

    run_worker()

    assert selectors.batch_progress(batch).is_done
    assert Article.objects.count() == 3
