"""Awkward batch rows through to the database, on SQLite and PostgreSQL:
NUL and lone surrogates, fields past the CSV limit, loose column names,
unreadable dates and escaping archive names are one item's business."""

import pytest

from articles.batches import services, tasks, worker
from articles.models import Article, ImportItem
from tests.extraction.hostile_batches import csv_file, jsonl_file, zip_named
from tests.factories import AdminFactory

Status = ImportItem.Status
pytestmark = pytest.mark.django_db
STORY = "The harbour master said the ferry would sail at noon."


@pytest.fixture
def admin(db):
    return AdminFactory()


def imported(admin, data: bytes, name: str) -> list[ImportItem]:
    batch = services.batch_create(
        created_by=admin, source_name=name, data=data, enqueue=tasks.batch_enqueue
    )
    worker.batch_run(batch.pk)
    return list(batch.items.order_by("position"))


def test_nul_and_lone_surrogates_in_every_field_are_cleaned_not_fatal(admin):
    rows = [
        {
            "title": "Tides\x00 \udc00",
            "text": f"{STORY}\x00 The pilot agreed \ud800.",
            "outlet": "Coast\x00 Weekly \udfff",
            "byline": "Ines\x00 Mar",
            "published_on": "2026-03-02",
            "source_url": "https://example.org/tides\x00",
            "notes\x00\udc00": "an unknown column with a hostile name",
        },
        {"title": "Fog", "text": "The coastguard said the fog would lift."},
    ]

    first, second = imported(admin, jsonl_file(rows), "rows.jsonl")

    assert (first.status, second.status) == (Status.IMPORTED, Status.IMPORTED)
    article = first.article
    assert (article.title, article.outlet, article.byline, article.source_url) == (
        "Tides \ufffd",
        "Coast Weekly \ufffd",
        "Ines Mar",
        "https://example.org/tides",
    )
    assert "\x00" not in article.text
    assert first.name == "line 1: Tides \ufffd"
    assert first.message.startswith("Not read: 'notes\ufffd'")


def test_a_nul_in_a_csv_row_is_removed(admin):
    data = csv_file(
        ["title", "text"],
        [["Tides\x00", f"{STORY}\x00 " + STORY * 20], ["Fog", "The fog lifted."]],
    )

    items = imported(admin, data, "rows.csv")

    assert [item.status for item in items] == [Status.IMPORTED, Status.IMPORTED]
    assert all(
        "\x00" not in title for title in Article.objects.values_list("title", flat=True)
    )
    assert "\x00" not in items[0].article.text


# A bad row first, a good one after it, and what the bad one is told.
REFUSED_ROWS = [
    pytest.param(
        csv_file(
            ["title", "text"], [["Long", "word " * 40_000], ["Fog", "The fog lifted."]]
        ),
        "rows.csv",
        "The text is 200,000 characters long; the limit is 100,000.",
        id="a-csv-field-past-the-limit",
    ),
    pytest.param(
        jsonl_file([{"text": 42}, {"text": STORY}]),
        "r",
        "The text must be a string in quotes, not a number.",
        id="a-jsonl-text-that-is-a-number",
    ),
]


@pytest.mark.parametrize(("data", "name", "reason"), REFUSED_ROWS)
def test_a_bad_row_is_refused_with_its_reason_and_the_rest_import(
    admin, data, name, reason
):
    refused, good = imported(admin, data, name)

    assert (refused.status, refused.message) == (Status.REFUSED, reason)
    assert good.status == Status.IMPORTED


def test_a_date_column_is_read_and_an_unreadable_date_only_noted(admin):
    data = csv_file(
        ["Title", "Text", "Date", "Tags"],
        [
            ["Tides", STORY, "2 March 2026", "sea"],
            ["Fog", "The fog lifted by ten.", "soon", "air"],
        ],
    )

    tides, fog = imported(admin, data, "rows.csv")

    assert tides.article.published_on.isoformat() == "2026-03-02"
    assert tides.message.startswith("Not read: 'tags'")
    assert (fog.status, fog.article.published_on, fog.message) == (
        Status.IMPORTED,
        None,
        "The date 'soon' is not a date like 2026-03-02, so the article was "
        "imported without one.",
    )


def test_escaping_archive_names_are_imported_or_listed(admin):
    archive = zip_named(
        {
            "../../tides.txt": STORY.encode(),
            "..\\fog.txt": b"The fog lifted by ten.",
            "/etc/run.sh": b"echo hi",
        }
    )

    items = imported(admin, archive, "batch.zip")

    assert [(item.name, item.status) for item in items] == [
        ("tides.txt", Status.IMPORTED),
        ("fog.txt", Status.IMPORTED),
        ("run.sh", Status.REFUSED),
    ]
    assert items[2].message.startswith("Skipped: only .html")
