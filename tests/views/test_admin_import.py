"""The Django admin takes article files too, through the same readers."""

import pytest
from pytest_django.asserts import assertContains

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from articles.models import Article
from tests.extraction import sample_files as uploads

pytestmark = pytest.mark.django_db
ADD_URL = reverse("admin:articles_article_add")


def add(client, **fields):
    data = {
        "title": "",
        "outlet": "",
        "byline": "",
        "published_on": "",
        "source_url": "",
        "text": "",
        **fields,
    }
    return client.post(ADD_URL, data, follow=True)


@pytest.fixture
def admin_client(client, admin_user):
    client.force_login(admin_user)
    return client


def test_an_uploaded_file_becomes_an_article_with_sentences_and_a_draft_key(
    admin_client, admin_user
):
    add(admin_client, upload=SimpleUploadedFile("ferry.pdf", uploads.pdf_document()))

    article = Article.objects.get()
    assert article.title == uploads.TITLE
    assert article.byline == "Mira Lane"
    assert article.uploaded_by == admin_user
    assert article.segments.count() == len(uploads.PARAGRAPHS)
    assert article.answer_keys.get().entries.count() == len(uploads.PARAGRAPHS)


def test_typed_text_works_and_the_same_text_again_makes_no_copy(admin_client):
    add(admin_client, title="Ferry", text=uploads.PARAGRAPHS[0])

    response = add(admin_client, title="Ferry again", text=uploads.PARAGRAPHS[0])

    assert Article.objects.count() == 1
    assertContains(response, "already in the library")


def test_a_bad_file_is_refused_in_the_admin_and_creates_nothing(admin_client):
    response = add(
        admin_client,
        upload=SimpleUploadedFile("locked.pdf", uploads.encrypted_pdf()),
    )

    assertContains(response, "This PDF is protected by a password")
    assert not Article.objects.exists()


def test_text_cannot_be_edited_after_upload(admin_client):
    add(admin_client, title="Ferry", text=uploads.PARAGRAPHS[0])
    article = Article.objects.get()

    response = admin_client.get(
        reverse("admin:articles_article_change", args=[article.pk])
    )

    assert "text" in response.context["adminform"].readonly_fields


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param(
            "\n\n".join(f"Dock {n} was swept clean." for n in range(2_001)),
            "The text has 2,001 paragraphs; the limit is 2,000.",
            id="paragraphs",
        ),
        pytest.param(
            " ".join(f"Dock {n} was swept." for n in range(2_001)),
            "The text has 2,001 sentences; the limit is 2,000.",
            id="sentences",
        ),
    ],
)
def test_typed_text_over_a_cap_is_refused_in_the_admin(admin_client, text, message):
    response = add(admin_client, title="Too long", text=text)

    assertContains(response, message)
    assert not Article.objects.exists()


def test_a_file_over_a_cap_is_refused_in_the_admin(admin_client):
    data = " ".join(f"Dock {n} was swept." for n in range(2_001)).encode()

    response = add(admin_client, upload=SimpleUploadedFile("long.txt", data))

    assertContains(response, "The text has 2,001 sentences; the limit is 2,000.")
    assert not Article.objects.exists()


def test_files_added_in_the_admin_count_against_the_upload_rate_limit(
    admin_client, settings
):
    settings.UPLOAD_RATE_LIMIT = "2/m"
    for number in range(2):
        add(admin_client, upload=SimpleUploadedFile(f"{number}.txt", b"Ferries ran."))
    assert Article.objects.count() == 1  # the same text twice: one article

    response = add(admin_client, upload=SimpleUploadedFile("c.txt", b"Buses ran."))

    assertContains(response, "many files in a few minutes")
    assert Article.objects.count() == 1


def test_a_file_over_the_size_limit_is_refused_in_the_admin_with_the_limit(
    admin_client,
):
    big = SimpleUploadedFile("big.txt", b"Ferries ran. " * 900_000)  # 11.7 MB

    response = add(admin_client, upload=big)

    assertContains(response, "The file is larger than the 10 MB limit.")
    assert not Article.objects.exists()
