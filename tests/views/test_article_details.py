"""Details found, not retyped: a pasted article's byline, outlet and date
fill the preview's fields, and the same text again opens the article the
teacher already has, title or no title."""

import pytest
from pytest_django.asserts import assertContains, assertRedirects

from django.urls import reverse

from articles.models import Article
from tests.views.article_forms import row_counts, save

pytestmark = pytest.mark.django_db

PASTED = (
    "Ferry vote splits the island\n\n"
    "By Ana Ortiz, Island Gazette\n\n"
    "Published 27 December 2024, 10:01\n\n"
    "The council will vote on the ferry timetable on Monday, the mayor said. "
    "Critics call the plan a disgrace."
)


@pytest.fixture
def teacher_client(client, teacher):
    client.force_login(teacher)
    return client


def test_a_pasted_article_fills_in_its_title_byline_outlet_and_date(teacher_client):
    response = teacher_client.post(reverse("articles:article-new"), {"text": PASTED})

    assertContains(response, 'name="title" value="Ferry vote splits the island"')
    assertContains(response, 'name="byline" value="Ana Ortiz"')
    assertContains(response, 'name="outlet" value="Island Gazette"')
    assertContains(response, 'type="date" name="published_on" value="2024-12-27"')
    assertContains(
        response, "Found in the text and filled in: Byline, Outlet, Published on."
    )


def test_the_found_details_are_editable_and_saved_as_the_teacher_left_them(
    teacher_client,
):
    preview = teacher_client.post(reverse("articles:article-new"), {"text": PASTED})
    fields = {k: v or "" for k, v in preview.context["form"].initial.items()}

    save(teacher_client, **(fields | {"outlet": "The Island Gazette"}))

    article = Article.objects.get()
    assert article.byline == "Ana Ortiz"
    assert article.outlet == "The Island Gazette"
    assert str(article.published_on) == "2024-12-27"


def test_text_without_details_leaves_the_fields_blank_and_says_nothing(
    teacher_client,
):
    response = teacher_client.post(
        reverse("articles:article-new"),
        {"text": "The mayor said on 3 March 2024 that fares rise."},
    )

    assert response.context["form"].initial["byline"] == ""
    assert response.context["form"].initial["published_on"] is None
    assert "Found in the text" not in response.content.decode()


def test_a_duplicate_opens_the_existing_article_without_asking_for_a_title(
    teacher_client,
):
    save(teacher_client, title="Ferry", text=PASTED)
    existing = Article.objects.get()
    preview = teacher_client.post(reverse("articles:article-new"), {"text": PASTED})
    assertContains(preview, "Open the article you already have")
    before = row_counts()

    response = save(teacher_client, title="", text=PASTED)

    assertRedirects(response, reverse("articles:key-review", args=[existing.pk]))
    assertContains(response, "already in your library as “Ferry”")
    assert row_counts() == before
