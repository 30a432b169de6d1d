"""The batch import page, its progress and its results."""

import pytest
from pytest_django.asserts import assertContains, assertNotContains

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from articles.batches import services, tasks, worker
from articles.models import Article, ImportBatch
from tests.extraction import sample_files as uploads

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, admin_user):
    client.force_login(admin_user)
    return client


def post_batch(client, data: bytes, name: str, **fields):
    return client.post(
        reverse("articles:batch-import"),
        {"file": SimpleUploadedFile(name, data), **fields},
        follow=True,
    )


def test_an_upload_queues_a_batch_and_shows_its_items_waiting(
    admin_client, django_capture_on_commit_callbacks
):
    archive = uploads.zip_of(
        {"ferry.html": uploads.html_page(), "locked.pdf": uploads.encrypted_pdf()}
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = post_batch(admin_client, archive, "stories.zip")

    assertContains(response, "Import of stories.zip")
    assertContains(response, "Importing: 0 of 2 items")
    assertContains(response, "waiting for a background worker")
    assertContains(response, 'hx-trigger="every 2s"')
    assert not Article.objects.exists()


def test_the_progress_part_alone_answers_htmx_polls_and_stops_when_done(
    admin_client, admin_user
):
    batch = services.batch_create(
        created_by=admin_user,
        source_name="stories.zip",
        data=uploads.zip_of(
            {"ferry.html": uploads.html_page(), "locked.pdf": uploads.encrypted_pdf()}
        ),
        enqueue=tasks.batch_enqueue,
    )
    worker.batch_run(batch.pk)

    response = admin_client.get(
        reverse("articles:batch-detail", args=[batch.pk]), HTTP_HX_REQUEST="true"
    )

    assertNotContains(response, "<h1>")
    assertContains(response, "Finished: 2 of 2 items")
    assertContains(response, "1 imported · 0 already in the library · 1 refused")
    assertNotContains(response, "hx-trigger")  # polling stops
    # The live region hears it once; the finished table is swapped in whole.
    assertContains(
        response,
        '<span id="batch-announcement" hx-swap-oob="innerHTML">Import finished: '
        "1 imported, 0 already in the library, 1 refused.</span>",
        html=True,
    )
    assertContains(
        response,
        'id="batch-results" aria-labelledby="results-heading" hx-swap-oob="true"',
    )
    assertContains(response, "This PDF is protected by a password")
    assertContains(response, f">{uploads.TITLE}</a>")


def test_a_poll_announces_a_milestone_only_once(admin_client, admin_user):
    batch = services.batch_create(
        created_by=admin_user,
        source_name="stories.zip",
        data=uploads.zip_of(
            {f"{n}.txt": b"The mayor said so. %d" % n for n in range(4)}
        ),
        enqueue=tasks.batch_enqueue,
    )
    worker.batch_run(batch.pk, max_items=2)
    url = reverse("articles:batch-detail", args=[batch.pk])

    first = admin_client.get(url, {"announced": "0"}, HTTP_HX_REQUEST="true")
    again = admin_client.get(url, {"announced": "50"}, HTTP_HX_REQUEST="true")

    assertContains(first, "Importing: about 50% done.")
    assertContains(first, '"announced": "50"')
    assertNotContains(again, "batch-announcement")
    assertNotContains(again, "batch-results")  # the table is left alone


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (uploads.archive_bomb(80), "bomb.zip", "zip bomb"),
        (b"title,summary\nA,B\n", "rows.csv", "&#x27;text&#x27; column"),
        (b"", "empty.zip", "The submitted file is empty"),
    ],
)
def test_a_bad_batch_file_is_refused_and_creates_nothing(
    admin_client, data, name, message
):
    response = post_batch(admin_client, data, name)

    assertContains(response, message, status_code=422)
    assert not ImportBatch.objects.exists()


def test_a_50_megabyte_batch_is_refused(admin_client):
    response = post_batch(admin_client, b"x" * (50 * 1024 * 1024), "huge.zip")

    assertContains(response, "larger than the 40 MB limit", status_code=422)
    assert not ImportBatch.objects.exists()


def test_resuming_a_stalled_batch_queues_it_again(admin_client, admin_user):
    from django_tasks_db.models import DBTaskResult

    batch = services.batch_store(
        created_by=admin_user, source_name="a.zip", entries=[], enqueue=None
    )
    batch.items.create(position=0, name="a.txt", payload=b"The mayor said so.")

    response = admin_client.post(
        reverse("articles:batch-resume", args=[batch.pk]), follow=True
    )

    assertContains(response, "Resumed")
    assert DBTaskResult.objects.count() == 2
