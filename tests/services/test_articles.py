import pytest

from django.core.exceptions import ValidationError

from articles.domain.labels import Label
from articles.models import KeyEntry
from articles.services import answer_key_approve, article_create, key_entry_set_label
from tests.factories import AnswerKeyFactory


def ferry_article(teacher, text):
    return article_create(title="Ferry", text=text, uploaded_by=teacher)


def segments_in_order(article):
    return list(article.segments.order_by("position"))


@pytest.mark.django_db
def test_a_pasted_article_is_split_into_sentences_with_offsets_into_its_text(teacher):
    article = ferry_article(
        teacher, "Ferry timetable changes\r\n\r\nThe board said so. Critics disagree."
    )

    segments = segments_in_order(article)

    assert [segment.text for segment in segments] == [
        "Ferry timetable changes",
        "The board said so.",
        "Critics disagree.",
    ]
    assert all(article.text[s.start : s.end] == s.text for s in segments)
    assert [segment.paragraph for segment in segments] == [0, 1, 1]


@pytest.mark.django_db
def test_a_new_article_gets_a_draft_key_suggesting_a_label_for_every_sentence(
    teacher,
):
    article = ferry_article(
        teacher,
        "By Lena Marsh\n\nThe harbour board said fares will rise. "
        "Officials claim the ferry loses money. Isn't it time we said no?",
    )

    answer_key = article.answer_keys.get()
    entries = list(answer_key.entries.order_by("segment__position"))

    assert not answer_key.is_approved
    assert [entry.label for entry in entries] == [
        "none",
        "sourced_claim",
        "unverified_assertion",
        "editorial_appeal",
    ]
    assert all(entry.rationale for entry in entries)
    assert entries[1].suggested_label == "sourced_claim"
    cue_start, cue_end = entries[1].evidence[0]
    assert article.text[cue_start:cue_end] == "The harbour board said"
    assert article.segments.get(position=0).is_chrome


@pytest.mark.django_db
def test_a_key_with_unlabeled_sentences_cannot_be_approved(teacher):
    answer_key = AnswerKeyFactory(approved_at=None, entries=[Label.SOURCED_CLAIM, None])
    # Labels cycle over the five sentences: the second and fourth are blank.
    first_unlabeled = answer_key.entries.filter(label="").order_by("segment__position")[
        0
    ]

    with pytest.raises(
        ValidationError, match="2 sentences are left to review"
    ) as error:
        answer_key_approve(answer_key=answer_key, approved_by=teacher)

    assert error.value.code == "key_unreviewed"
    assert error.value.params["entry_id"] == first_unlabeled.pk
    answer_key.refresh_from_db()
    assert not answer_key.is_approved


def entry_for(article, text):
    return (
        article.answer_keys.get()
        .entries.select_related("segment", "answer_key__article")
        .get(segment__text=text)
    )


CRITICS = "Critics say the consultation was a sham."
BOARD = "The harbour board said fares will rise."


@pytest.mark.django_db
def test_a_new_label_gets_the_labelers_reason_for_it_and_the_old_one_returns(
    teacher,
):
    article = ferry_article(teacher, f"{BOARD} {CRITICS}")
    entry = entry_for(article, CRITICS)
    assert (entry.label, entry.rationale) == (
        "unverified_assertion",
        "'Critics' does not say who exactly, so a reader cannot check it.",
    )

    # The form sends the explanation back untouched with the new label.
    entry = key_entry_set_label(
        entry=entry, label=Label.EDITORIAL_APPEAL, rationale=entry.rationale
    )
    assert entry.rationale == "'sham' is loaded wording in the writer's own voice."

    entry = key_entry_set_label(
        entry=entry, label=Label.UNVERIFIED_ASSERTION, rationale=entry.rationale
    )
    assert (
        entry.rationale
        == "'Critics' does not say who exactly, so a reader cannot check it."
    )


@pytest.mark.django_db
def test_an_explanation_the_teacher_typed_stays_with_the_new_label(teacher):
    article = ferry_article(teacher, CRITICS)
    entry = entry_for(article, CRITICS)

    entry = key_entry_set_label(
        entry=entry,
        label=Label.EDITORIAL_APPEAL,
        rationale="‘A sham’ is the writer mocking the consultation.",
    )

    assert entry.rationale == "‘A sham’ is the writer mocking the consultation."


@pytest.mark.django_db
def test_a_key_with_a_sentence_nobody_explained_is_not_approved(teacher):
    from articles.services import answer_key_accept_remaining

    article = ferry_article(teacher, f"{BOARD} {CRITICS}")
    entry = entry_for(article, BOARD)
    # A named source called unverified: the labeler has no reason to offer.
    entry = key_entry_set_label(
        entry=entry, label=Label.UNVERIFIED_ASSERTION, rationale=entry.rationale
    )
    assert entry.rationale == ""
    answer_key = article.answer_keys.get()
    answer_key_accept_remaining(answer_key=answer_key)

    with pytest.raises(
        ValidationError, match="1 sentence has no explanation for students"
    ) as error:
        answer_key_approve(answer_key=answer_key, approved_by=teacher)

    assert error.value.code == "key_unexplained"
    assert error.value.params["entry_id"] == entry.pk
    assert not article.answer_keys.get().is_approved
    key_entry_set_label(
        entry=entry,
        label=Label.UNVERIFIED_ASSERTION,
        rationale="The board is the one who gains from rising fares.",
    )
    assert answer_key_approve(answer_key=answer_key, approved_by=teacher).is_approved


@pytest.mark.django_db
def test_an_approved_key_refuses_label_changes(teacher):
    answer_key = AnswerKeyFactory()
    entry = answer_key.entries.first()
    before = entry.label

    with pytest.raises(ValidationError, match="approved"):
        key_entry_set_label(entry=entry, label=Label.EDITORIAL_APPEAL)

    assert KeyEntry.objects.get(pk=entry.pk).label == before


@pytest.mark.django_db
def test_a_missed_boundary_is_split_and_both_halves_get_fresh_suggestions(teacher):
    from articles.services import segment_split

    article = ferry_article(
        teacher, "The board said fares rise in May officials claim costs doubled."
    )
    entry = article.answer_keys.get().entries.get()
    at = article.text.index("officials")

    segment_split(entry=entry, at=at)

    segments = segments_in_order(article)
    assert [s.text for s in segments] == [
        "The board said fares rise in May",
        "officials claim costs doubled.",
    ]
    labels = [article.answer_keys.get().entries.get(segment=s).label for s in segments]
    assert labels == ["sourced_claim", "unverified_assertion"]


@pytest.mark.django_db
def test_two_sentences_are_joined_and_later_positions_close_up(teacher):
    from articles.services import segment_join_next

    article = ferry_article(teacher, "Gov. Ortiz spoke. Then Mr. Lee. Then Ana.")
    first = article.answer_keys.get().entries.get(segment__position=0)
    count = article.segments.count()

    segment_join_next(entry=first)

    segments = segments_in_order(article)
    assert len(segments) == count - 1
    assert [s.position for s in segments] == list(range(count - 1))
    assert all(article.text[s.start : s.end] == s.text for s in segments)


@pytest.mark.django_db
def test_boundaries_cannot_change_after_the_first_approval(teacher):
    from articles.services import segment_join_next

    answer_key = AnswerKeyFactory(article__uploaded_by=teacher)

    with pytest.raises(ValidationError, match="before the key is first approved"):
        segment_join_next(entry=answer_key.entries.first())

    assert answer_key.article.segments.count() == 5


HOSTILE = (
    "Ferry\u00a0fares\u200b to rise\n"
    "\u202e\n"
    "\ufeffMayor Ortiz sa\u200bid the plan would cut fares.\x00 "
    "Re\u0301sidents w" + "\u0301\u0316\u0324\u0353" * 30 + "elcomed it.\n"
    "\u2067\u2069\n"
    "Officials claim the ferry loses money."
)


@pytest.mark.django_db
def test_invisible_and_stacked_characters_are_cleaned_before_storing(teacher):
    article = ferry_article(teacher, HOSTILE)

    article.refresh_from_db()
    segments = segments_in_order(article)
    labels = [
        entry.label
        for entry in article.answer_keys.get().entries.order_by("segment__position")
    ]
    assert article.text == (
        "Ferry fares to rise\n"
        "\n"
        "Mayor Ortiz said the plan would cut fares. "
        "R\u00e9sidents \u1e83\u0316\u0324\u0353elcomed it.\n"
        "\n"
        "Officials claim the ferry loses money."
    )
    assert [segment.text for segment in segments] == [
        "Ferry fares to rise",
        "Mayor Ortiz said the plan would cut fares.",
        "R\u00e9sidents \u1e83\u0316\u0324\u0353elcomed it.",
        "Officials claim the ferry loses money.",
    ]
    assert all(article.text[s.start : s.end] == s.text for s in segments)
    assert labels[1:] == [
        "sourced_claim",
        "unverified_assertion",
        "unverified_assertion",
    ]
