"""The key review page for speed: compact rows, page clutter in one group,
one counter, a footer with Approve, and no sentence left without an
explanation."""

import re

import pytest
from pytest_django.asserts import assertContains, assertNotContains

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles.domain.labels import Label
from articles.services import (
    answer_key_accept_remaining,
    article_create,
    key_entry_set_label,
)

LIVE = (
    "Live\n\n"
    "Friday 12 December 2025 08:45 GMT\n\n"
    "By Lena Marsh\n\n"
    "The harbour board said fares will rise. "
    "Critics say the consultation was a sham. "
    "The ferry loses more money than its owners admit.\n\n"
    "Share this article"
)
BOARD = "The harbour board said fares will rise."
CRITICS = "Critics say the consultation was a sham."
# Unsure: no source, and a comparison that may be the writer's own view.
OFFICIALS = "The ferry loses more money than its owners admit."


@pytest.fixture
def article(teacher):
    return article_create(title="Storm live", text=LIVE, uploaded_by=teacher)


def review_url(article):
    return reverse("articles:key-review", args=[article.pk])


def entry(article, text):
    return article.answer_keys.get().entries.get(segment__text=text)


def save(client, article, text, label, rationale=None):
    row = entry(article, text)
    data = {
        "label": label,
        "rationale": row.rationale if rationale is None else rationale,
    }
    return client.post(
        reverse("articles:key-entry-save", args=[article.pk, row.pk]),
        data,
        headers={"HX-Request": "true"},
    )


def approve(client, article):
    return client.post(reverse("quizapp:key-approve", args=[article.pk]))


@pytest.mark.django_db
def test_page_clutter_is_one_folded_group_with_its_count(client, teacher, article):
    client.force_login(teacher)

    page = client.get(review_url(article)).content.decode()

    group = page.split('<details class="key-clutter"')[1].split("</details>")[0]
    assert re.search(r"Page clutter \(4\)", group)
    for clutter in ["Live", "Friday 12 December 2025 08:45 GMT", "By Lena Marsh"]:
        assert clutter in group
    asked = page.split('<details class="key-clutter"')[0]
    for sentence in [BOARD, CRITICS, OFFICIALS]:
        assert f'id="entry-{entry(article, sentence).pk}"' in asked
    assert " open" not in group.split(">")[0]


@pytest.mark.django_db
def test_one_counter_wording_and_a_footer_with_approve(client, teacher, article):
    client.force_login(teacher)

    response = client.get(review_url(article))

    content = response.content.decode()
    footer = content.split('class="action-bar key-bar"')[1]
    assert re.search(r"<strong>7</strong>\s+left to review", footer)
    assert "Next unreviewed" in footer
    assert 'aria-label="Approve the key"' in footer
    assert f'href="#entry-{entry(article, BOARD).pk}"' in footer
    for other_wording in ["still need a label", "not reviewed", "suggestions not"]:
        assertNotContains(response, other_wording)


@pytest.mark.django_db
def test_each_explanation_shows_once(client, teacher, article):
    client.force_login(teacher)

    response = client.get(review_url(article))

    assert (
        response.content.decode().count(
            "&#x27;Critics&#x27; does not say who exactly, so a reader cannot check it."
        )
        == 1
    )


@pytest.mark.django_db
def test_the_save_status_uses_the_same_counter(client, teacher, article):
    client.force_login(teacher)

    response = save(client, article, BOARD, "sourced_claim")

    assertContains(response, "Saved: Sourced claim")
    content = response.content.decode()
    assert re.search(r"<strong>6</strong>\s+left to review", content)
    assert 'id="key-bar-state" hx-swap-oob="true"' in content
    assert 'id="key-checklist" hx-swap-oob="true"' in content
    assertNotContains(response, "not reviewed")


@pytest.mark.django_db
def test_a_changed_label_is_offered_the_labelers_reason_for_it(
    client, teacher, article
):
    client.force_login(teacher)

    response = save(client, article, CRITICS, "editorial_appeal")

    row = entry(article, CRITICS)
    assert row.rationale == "'sham' is loaded wording in the writer's own voice."
    content = response.content.decode()
    assert f'id="why-{row.pk}" hx-swap-oob="true"' in content
    assert "&#x27;sham&#x27; is loaded wording" in content
    assert "The labeler’s reason for “Editorial appeal”" in content


@pytest.mark.django_db
def test_a_label_the_labeler_cannot_explain_asks_the_teacher(client, teacher, article):
    client.force_login(teacher)

    response = save(client, article, BOARD, "unverified_assertion")

    row = entry(article, BOARD)
    assert row.rationale == ""
    content = response.content.decode()
    assert "data-focus-after-save" in content
    assert 'aria-required="true"' in content
    assert "write one for students. Needed before approval." in content
    assert "1 explanation missing" in content
    assert f'href="#rationale-{row.pk}"' in content


@pytest.mark.django_db
def test_a_refused_approval_opens_at_the_first_sentence_left_to_review(
    client, teacher, article
):
    client.force_login(teacher)
    key_entry_set_label(entry=entry(article, BOARD), label=Label.SOURCED_CLAIM)

    response = approve(client, article)

    first = entry(article, CRITICS)  # asked sentences come before the clutter
    assert response.url == f"{review_url(article)}#entry-{first.pk}"
    page = client.get(response.url)
    assertContains(page, "Not approved yet: 6 sentences are left to review.")
    footer = page.content.decode().split('class="action-bar key-bar"')[1]
    assert "Not approved yet: 6 sentences are left to review." in footer
    assert not article.answer_keys.get().is_approved


@pytest.mark.django_db
def test_approval_waits_for_every_missing_explanation(client, teacher, article):
    client.force_login(teacher)
    save(client, article, BOARD, "unverified_assertion")
    answer_key_accept_remaining(answer_key=article.answer_keys.get())

    response = approve(client, article)

    board = entry(article, BOARD)
    assert response.url == f"{review_url(article)}#rationale-{board.pk}"
    page = client.get(response.url)
    assertContains(page, "1 sentence has no explanation for students")
    assertContains(page, f'href="#rationale-{board.pk}"')
    assert not article.answer_keys.get().is_approved

    save(client, article, BOARD, "unverified_assertion", "The board gains from it.")
    approve(client, article)
    assert article.answer_keys.get().is_approved


@pytest.mark.django_db
def test_low_confidence_machine_explanations_are_counted_with_links(
    client, teacher, article
):
    client.force_login(teacher)

    response = client.get(review_url(article))

    officials = entry(article, OFFICIALS)
    assert officials.is_unsure
    checklist = response.content.decode().split('id="key-checklist"')[1]
    checklist = checklist.split("</section>")[0]
    assert (
        "1 explanation is machine-written for a suggestion with low confidence"
        in checklist
    )
    assert f'href="#rationale-{officials.pk}"' in checklist


def review_queries(client, teacher, sentences):
    text = " ".join(
        f"Mayor Ortiz said fares rise by {n} pence." for n in range(sentences)
    )
    article = article_create(title=f"Long {sentences}", text=text, uploaded_by=teacher)
    client.force_login(teacher)
    with CaptureQueriesContext(connection) as page:
        client.get(review_url(article))
    with CaptureQueriesContext(connection) as saved:
        first = article.answer_keys.get().entries.first()
        client.post(
            reverse("articles:key-entry-save", args=[article.pk, first.pk]),
            {"label": "sourced_claim", "rationale": first.rationale},
            headers={"HX-Request": "true"},
        )
    return len(page), len(saved)


@pytest.mark.django_db
def test_the_page_and_a_save_take_as_many_queries_for_a_long_article(client, teacher):
    assert review_queries(client, teacher, 5) == review_queries(client, teacher, 60)
