"""The caps on one article: pasted text and files over a cap are refused
with the limit named and nothing stored; at the caps they are previewed and
saved."""

import pytest
from pytest_django.asserts import assertContains, assertNotContains

from django.urls import reverse

from articles.models import Article
from tests.extraction import sample_files as uploads
from tests.views.article_forms import row_counts, save, upload

pytestmark = pytest.mark.django_db


@pytest.fixture
def teacher_client(client, teacher):
    client.force_login(teacher)
    return client


PROSE_LINE = (
    "The harbour crew painted every blue boat on the slipway before the spring "
    "fair. " * 10
).strip()


def one_sentence_paragraphs(count: int) -> str:
    return "\n\n".join(f"Ferry {n} left the quay on time." for n in range(count))


def one_sentence_lines(count: int) -> str:
    """One paragraph, a line per sentence: the short lines of the report,
    24,000 of them under the character cap."""
    return "\n".join(["Go."] * count)


def sentences_on_few_lines(count: int) -> str:
    """Many sentences to a line: only segmenting can count them."""
    sentences = [f"Boat {n} docked." for n in range(count)]
    return "\n".join(" ".join(sentences[n : n + 100]) for n in range(0, count, 100))


def prose_of_length(characters: int) -> str:
    """About 80 characters a sentence: far under the other caps."""
    text = "\n\n".join([PROSE_LINE] * (characters // len(PROSE_LINE) + 1))
    # Ending on a full stop: the form strips a trailing space.
    return text[: characters - 1] + "."


def paste(client, text: str):
    return client.post(reverse("articles:article-new"), {"text": text})


OVER_THE_CAPS = [
    pytest.param(
        one_sentence_paragraphs(2_001),
        "The text has 2,001 paragraphs; the limit is 2,000.",
        id="paragraphs",
    ),
    pytest.param(
        one_sentence_lines(24_000),
        "The text has 24,000 lines, and each line is at least one sentence; "
        "the limit is 2,000 sentences.",
        id="lines",
    ),
    pytest.param(
        sentences_on_few_lines(2_001),
        "The text has 2,001 sentences; the limit is 2,000.",
        id="sentences",
    ),
    pytest.param(
        prose_of_length(100_001),
        "The text has 100,001 characters; the limit is 100,000.",
        id="characters",
    ),
]


def test_script_typed_into_the_text_is_shown_escaped(teacher_client):
    response = teacher_client.post(
        reverse("articles:article-new"),
        {"text": "The mayor said <script>alert(1)</script> was fine."},
    )

    assertContains(response, "&lt;script&gt;alert(1)&lt;/script&gt;")
    assertNotContains(response, "<script>alert(1)")


@pytest.mark.parametrize(("text", "message"), OVER_THE_CAPS)
def test_pasted_text_over_a_cap_is_refused_and_kept_in_the_form(
    teacher_client, text, message
):
    before = row_counts()

    response = paste(teacher_client, text)

    assertContains(
        response,
        f"{message} Paste a shorter excerpt or split the article.",
        status_code=422,
    )
    assertNotContains(response, "one of the two", status_code=422)
    assert response.context["form"]["text"].value() == text
    assert row_counts() == before


@pytest.mark.parametrize(("text", "message"), OVER_THE_CAPS)
def test_saving_text_over_a_cap_stores_nothing(teacher_client, text, message):
    before = row_counts()

    response = save(teacher_client, title="Too long", text=text)

    assertContains(response, message, status_code=422)
    assert response.context["form"]["text"].value() == text
    # The refused text is neither labeled nor shown as sentences.
    assert response.context["sentences"] == []
    assert row_counts() == before


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(one_sentence_paragraphs(2_000), id="paragraphs-and-sentences"),
        pytest.param(prose_of_length(100_000), id="characters"),
    ],
)
def test_pasted_text_at_the_caps_is_previewed_and_saved(teacher_client, text):
    assert paste(teacher_client, text).status_code == 200

    response = save(teacher_client, title="Just fits", text=text)

    assert response.status_code == 200
    assert Article.objects.get().text == text


@pytest.mark.parametrize(("text", "message"), OVER_THE_CAPS)
def test_a_file_over_a_cap_is_refused_with_the_same_limit(
    teacher_client, text, message
):
    before = row_counts()

    response = upload(teacher_client, text.encode(), "long.txt")

    assertContains(
        response,
        f"{message} Upload a shorter file, paste an excerpt, or split the article.",
        status_code=422,
    )
    assert row_counts() == before


def test_a_web_page_over_the_paragraph_cap_is_refused(teacher_client):
    paragraphs = [f"Ferry {n} left the quay on time." for n in range(2_001)]

    response = upload(teacher_client, uploads.html_page(paragraphs), "long.html")

    assertContains(response, "2,001 paragraphs; the limit is 2,000.", status_code=422)
    assert not Article.objects.exists()


def test_a_file_at_the_caps_is_previewed(teacher_client):
    response = upload(teacher_client, one_sentence_paragraphs(2_000).encode(), "a.txt")

    assertContains(response, "Preview: 2000 sentences")
