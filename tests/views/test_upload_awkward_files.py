"""Awkward files through the upload page: what the teacher is told, and
the title the preview suggests."""

import pytest
from pytest_django.asserts import assertContains, assertNotContains

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from articles.models import Article
from tests.extraction import awkward
from tests.extraction import sample_files as uploads

pytestmark = pytest.mark.django_db
HEADLINE = "Gull Point pier reopens after the winter storms"
STORY = "Workers finished repairs to the pier at Gull Point on Friday."


@pytest.fixture
def teacher_client(client, teacher):
    client.force_login(teacher)
    return client


def upload(client, data: bytes, name: str):
    return client.post(
        reverse("articles:article-new"), {"file": SimpleUploadedFile(name, data)}
    )


def save_preview(client, preview):
    """Save exactly what the preview offered, as a teacher pressing Save."""
    fields = {k: v or "" for k, v in preview.context["form"].initial.items()}
    return client.post(
        reverse("articles:article-save"), {"intent": "save", **fields}, follow=True
    )


@pytest.mark.parametrize(
    ("name", "data", "title"),
    [
        pytest.param(
            "pier.txt", f"{HEADLINE}\n\n{STORY}\n".encode(), HEADLINE, id="txt"
        ),
        pytest.param("pier.md", f"{STORY}\n".encode(), STORY, id="md"),
        pytest.param(
            "ferry.pdf",
            uploads.pdf_document([STORY], title=""),
            STORY,
            id="pdf-without-title",
        ),
    ],
)
def test_a_file_without_a_title_is_previewed_with_one_and_saves_first_time(
    teacher_client, name, data, title
):
    preview = upload(teacher_client, data, name)

    assert preview.context["form"].initial["title"] == title
    # Prefilled in the editable field.
    assertContains(preview, f'name="title" value="{title}"')

    response = save_preview(teacher_client, preview)

    assertNotContains(response, "This field is required")
    assert Article.objects.get().title == title


def test_pasted_text_gets_a_suggested_title(teacher_client):
    preview = teacher_client.post(
        reverse("articles:article-new"), {"text": f"{HEADLINE}\n\n{STORY}"}
    )

    assert preview.context["form"].initial["title"] == HEADLINE


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        pytest.param(
            "story.odt",
            awkward.open_document(),
            "This is an OpenDocument (LibreOffice) file; save it as Word (.docx) "
            "or PDF and upload that.",
            id="odt",
        ),
        pytest.param(
            "story.docx",
            awkward.zip_of_images(),
            "This is a ZIP archive of images, not a Word document.",
            id="zip-of-images",
        ),
        pytest.param("chart.svg", awkward.svg(), "This is an SVG image", id="svg"),
        pytest.param(
            "photo.txt", awkward.image("WEBP"), "This is a WebP image", id="webp"
        ),
        pytest.param(
            "deep.html",
            awkward.nested_page(1_000, tag="blockquote"),
            "nested too deeply",
            id="nested",
        ),
    ],
)
def test_files_that_are_not_articles_are_named_for_what_they_are(
    teacher_client, name, data, message
):
    response = upload(teacher_client, data, name)

    assertContains(response, message, status_code=422)
    assertNotContains(response, "batch import", status_code=422)
    assert not Article.objects.exists()


def test_a_page_nested_ten_thousand_divs_deep_is_previewed(teacher_client):
    response = upload(teacher_client, awkward.nested_page(10_000), "deep.html")

    assert response.context["form"].initial["text"].split("\n\n") == awkward.STORY


def test_word_tables_and_text_boxes_reach_the_preview(teacher_client):
    preview = upload(teacher_client, awkward.word_with_tables(), "fares.docx")

    assertContains(preview, "Gull Point | 2.40 | 2.64")
    assertContains(preview, "The office closes on public holidays.")


def test_markdown_links_and_handlers_never_reach_the_preview(teacher_client):
    source = (
        "Read [the statement](javascript:alert(1)) today.\n\n"
        '<div onmouseover="steal()">Residents met at the quay.</div>\n'
    )

    preview = upload(teacher_client, source.encode(), "fares.md")

    text = preview.context["form"].initial["text"]
    assert text == "Read the statement today.\n\nResidents met at the quay."
    assertNotContains(preview, "javascript")
    assertNotContains(preview, "onmouseover")


def test_the_admin_saves_a_text_file_under_its_suggested_title(client, admin_user):
    client.force_login(admin_user)
    fields = dict.fromkeys(
        ["title", "outlet", "byline", "published_on", "source_url", "text"], ""
    )
    upload_file = SimpleUploadedFile("pier.txt", f"{HEADLINE}\n\n{STORY}\n".encode())

    client.post(
        reverse("admin:articles_article_add"),
        {**fields, "upload": upload_file},
        follow=True,
    )

    assert Article.objects.get().title == HEADLINE
