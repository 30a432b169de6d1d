"""Adding articles in a real browser: each format, the preview, a batch."""

import threading

import pytest
from playwright.sync_api import expect

from articles.batches import worker as batch_worker
from articles.models import Article, ImportBatch
from tests.browser.helpers import log_in
from tests.extraction import sample_files as uploads
from tests.factories import AdminFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def choose_file(page, name: str, data: bytes, mime: str) -> None:
    page.get_by_label("Article file").set_input_files(
        {"name": name, "mimeType": mime, "buffer": data}
    )


FORMATS = [
    ("ferry.html", uploads.html_page(), "text/html", "saved web page"),
    ("ferry.docx", uploads.word_document(), "application/octet-stream", "Word"),
    ("ferry.pdf", uploads.pdf_document(), "application/pdf", "PDF"),
    (
        "ferry.txt",
        "\n\n".join(uploads.PARAGRAPHS).encode("cp1252"),
        "text/plain",
        "plain text",
    ),
    (
        "ferry.md",
        ("# " + uploads.TITLE + "\n\n" + "\n\n".join(uploads.PARAGRAPHS)).encode(),
        "text/markdown",
        "Markdown",
    ),
]


def test_each_format_is_previewed_then_saved_as_an_article(
    live_server, page, assert_accessible
):
    teacher = UserFactory()
    log_in(page, live_server, teacher)
    for number, (name, data, mime, kind) in enumerate(FORMATS):
        page.goto(f"{live_server.url}/teach/articles/new/")
        if number == 0:
            assert_accessible(page)
        choose_file(page, name, data, mime)
        page.get_by_role("button", name="Preview").click()

        expect(page.get_by_text(f"Read from {name} ({kind}")).to_be_visible()
        expect(page.get_by_role("heading", name="Preview: 5 sentences")).to_be_visible()
        if number == 0:
            expect(page.get_by_label("Title")).to_have_value(uploads.TITLE)
            expect(page.get_by_label("Byline")).to_have_value("Mira Lane")
            assert_accessible(page)
        # Each file is the same article: keep them apart by title and text.
        page.get_by_label("Title").fill(f"Ferry from {name}")
        text = page.get_by_label("Article text")
        text.fill(text.input_value() + f"\n\nThe {name} copy, the editor said.")
        page.get_by_role("button", name="Update the preview").click()
        expect(page.get_by_role("heading", name="Preview: 6 sentences")).to_be_visible()
        page.get_by_role("button", name="Save article").click()

        expect(
            page.get_by_role("heading", name=f"Answer key: Ferry from {name}")
        ).to_be_visible()
        expect(page.get_by_text("split into 6 sentences")).to_be_visible()

    assert Article.objects.filter(uploaded_by=teacher).count() == len(FORMATS)
    for article in Article.objects.all():
        assert article.text.split("\n\n")[:5] == uploads.PARAGRAPHS


# The form comes back with 422 on purpose (tests/views check the status);
# Chromium logs every 4xx page as a console error.
@pytest.mark.allow_console(
    r"/teach/articles/new/: Failed to load resource: .* status of 422",
    reason="a file that cannot be read is refused with 422",
)
def test_a_bad_file_gets_its_reason_next_to_the_field(live_server, page):
    log_in(page, live_server, UserFactory())
    page.goto(f"{live_server.url}/teach/articles/new/")
    choose_file(page, "locked.pdf", uploads.encrypted_pdf(), "application/pdf")
    page.get_by_role("button", name="Preview").click()

    expect(page.get_by_role("alert")).to_contain_text("protected by a password")
    assert not Article.objects.exists()


def test_pasted_text_can_be_previewed_again_before_it_has_a_title(live_server, page):
    log_in(page, live_server, UserFactory())
    page.goto(f"{live_server.url}/teach/articles/new/")
    page.get_by_label("Or paste the article text").fill(uploads.PARAGRAPHS[0])
    page.get_by_role("button", name="Preview").click()
    expect(page.get_by_role("heading", name="Preview: 1 sentence")).to_be_visible()

    page.get_by_label("Article text").fill("\n\n".join(uploads.PARAGRAPHS[:2]))
    page.get_by_role("button", name="Update the preview").click()

    expect(page.get_by_role("heading", name="Preview: 2 sentences")).to_be_visible()
    assert not Article.objects.exists()


def test_a_batch_shows_its_progress_live_and_ends_with_each_result(
    live_server, page, assert_accessible
):
    admin = AdminFactory()
    log_in(page, live_server, admin)
    page.goto(f"{live_server.url}/teach/articles/import/")
    assert_accessible(page)
    archive = uploads.zip_of(
        {
            "ferry.html": uploads.html_page(),
            "locked.pdf": uploads.encrypted_pdf(),
            "hours.md": b"# Hours\n\nThe librarian said the doors open at eight.",
        }
    )
    page.get_by_label("Batch file").set_input_files(
        {"name": "stories.zip", "mimeType": "application/zip", "buffer": archive}
    )
    page.get_by_role("button", name="Import").click()
    expect(page.get_by_text("Importing: 0 of 3 items")).to_be_visible()
    assert_accessible(page)

    # A worker takes the batch while the page is open; the page polls.
    batch = ImportBatch.objects.get()
    worker = threading.Thread(target=batch_worker.batch_run, args=[batch.pk])
    worker.start()
    worker.join(timeout=60)

    expect(page.get_by_text("Finished: 3 of 3 items")).to_be_visible(timeout=10_000)
    expect(page.get_by_role("status").filter(has_text="2 imported")).to_be_visible()
    row = page.get_by_role("row").filter(has_text="locked.pdf")
    expect(row).to_contain_text("Refused")
    expect(row).to_contain_text("protected by a password")
    page.get_by_role("link", name="Hours").click()
    expect(page.get_by_role("heading", name="Answer key: Hours")).to_be_visible()

    page.set_viewport_size({"width": 360, "height": 740})
    for path in [
        "/teach/articles/new/",
        "/teach/articles/import/",
        f"/teach/articles/import/{batch.pk}/",
    ]:
        page.goto(f"{live_server.url}{path}")
        assert page.evaluate("document.documentElement.scrollWidth") <= 360, path
