"""`manage.py import_articles`: each format from the command line."""

import io
import os

import pytest

from django.core.management import CommandError, call_command

from articles.models import Article, ImportBatch
from tests.extraction import sample_files as uploads
from tests.factories import AdminFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def folder(tmp_path):
    files = {
        "ferry.html": uploads.html_page(),
        "budget.docx": uploads.word_document(
            ["The mayor said the budget would be published on Friday."],
            title="Budget day",
        ),
        "hours.pdf": uploads.pdf_document(
            ["The librarian said the doors would open at eight."], title="Hours"
        ),
        "bins.txt": "The council said bins are collected on Tuesdays.".encode("utf-16"),
        "pool.md": b"# Pool reopens\n\nThe manager said the pool reopens in May.",
        "scan.pdf": uploads.scanned_pdf(),
        "rows.csv": b'title,text\n"From a row","The coach said the game is on."\n',
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    return tmp_path


def run(*args) -> str:
    output = io.StringIO()
    call_command("import_articles", *args, stdout=output)
    return output.getvalue()


def test_a_folder_of_every_format_is_imported_with_a_progress_report(folder):
    AdminFactory(username="ed")

    output = run(str(folder), "--user", "ed", "--share")

    assert "6 imported, 0 already in the library, 1 refused" in output
    assert "Refused scan.pdf: This PDF has no text in it" in output
    assert "Importing" in output  # the progress bar
    assert set(Article.objects.values_list("title", flat=True)) == {
        uploads.TITLE,
        "Budget day",
        "Hours",
        "bins",
        "Pool reopens",
        "From a row",
    }
    assert Article.objects.filter(is_shared=True).count() == 6
    bins = Article.objects.get(title="bins")
    assert bins.text == "The council said bins are collected on Tuesdays."


def test_importing_the_same_files_again_makes_no_copies(folder):
    AdminFactory(username="ed")
    run(str(folder), "--user", "ed")

    output = run(str(folder), "--user", "ed")

    assert "0 imported, 6 already in the library, 1 refused" in output
    assert Article.objects.count() == 6
    assert ImportBatch.objects.count() == 2


def test_the_command_refuses_unclear_requests(folder):
    with pytest.raises(CommandError, match="--user"):
        run(str(folder))
    with pytest.raises(CommandError, match="no user 'nobody'"):
        run(str(folder), "--user", "nobody")
    AdminFactory(username="ed")
    with pytest.raises(CommandError, match="does not exist"):
        run(str(folder / "missing.pdf"), "--user", "ed")
    with pytest.raises(CommandError, match="no batch 999"):
        run("--resume", "999")
    assert not Article.objects.exists()


def test_queue_mode_leaves_the_work_to_workers(folder):
    AdminFactory(username="ed")

    output = run(str(folder / "ferry.html"), "--user", "ed", "--queue")

    assert "queued: 1 item(s)" in output
    assert not Article.objects.exists()


def test_file_names_that_are_not_utf8_are_stored_readably(tmp_path):
    """Python decodes such bytes in a name as lone surrogates, which neither
    database can store: the batch's and the item's names get U+FFFD."""
    AdminFactory(username="ed")
    folder = tmp_path / "news"
    folder.mkdir()
    name = os.fsdecode(b"tides-\xff.txt")  # Latin-1 "ÿ" written by an old system
    (folder / name).write_bytes(b"The harbour master said the tide turns at six.")

    output = run(str(folder), str(folder / name), "--user", "ed")

    assert "1 imported, 1 already in the library, 0 refused" in output
    batch = ImportBatch.objects.get()
    assert batch.source_name == "news, tides-\ufffd.txt"
    assert set(batch.items.values_list("name", flat=True)) == {"tides-\ufffd.txt"}
