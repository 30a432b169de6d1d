import pytest
from pytest_django.asserts import assertContains, assertNotContains, assertRedirects

from django.urls import reverse

from articles.domain.labels import Label
from articles.models import Article, KeyEntry
from quizapp.models import Assignment, Exercise
from tests.factories import (
    AnswerKeyFactory,
    AssignmentFactory,
    AttemptFactory,
    ClassroomFactory,
)

PASTED = (
    "Library opening hours extended\n\n"
    "The county librarian said the doors will stay open until 8 p.m. on weekdays. "
    "<script>alert('x')</script> Critics call it a waste."
)


def asked_ids(answer_key):
    return [entry.segment_id for entry in answer_key.entries.askable()]


def progress_url(classroom):
    return reverse("quizapp:classroom-detail", args=[classroom.pk])


def unlabeled_draft_entry(teacher):
    """The one sentence of the teacher's draft key, not labeled yet."""
    answer_key = AnswerKeyFactory(
        approved_at=None, entries=[None], article__uploaded_by=teacher
    )
    return answer_key.entries.first()


def entry_save_url(entry):
    return reverse(
        "articles:key-entry-save", args=[entry.answer_key.article_id, entry.pk]
    )


@pytest.mark.django_db
def test_a_pasted_article_is_shown_with_suggestions_and_their_decisive_words(
    client, teacher
):
    client.force_login(teacher)

    response = client.post(
        reverse("articles:article-save"),
        {"intent": "save", "title": "Library hours", "text": PASTED},
        follow=True,
    )

    assertContains(response, "split into 3 sentences")
    assertContains(
        response,
        "<mark>The county librarian said</mark> the doors will stay open until "
        "8 p.m. on weekdays.",
    )
    assertContains(response, "&#x27;The county librarian said&#x27; names who is")
    assertContains(response, "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;")
    assertNotContains(response, "<script>alert")


@pytest.mark.django_db
def test_text_without_words_is_refused_and_creates_nothing(client, teacher):
    client.force_login(teacher)

    response = client.post(
        reverse("articles:article-save"),
        {"intent": "save", "title": "Empty", "text": "... 123 !!"},
    )

    assertContains(response, "The text has no words in it", status_code=422)
    assert not Article.objects.exists()


@pytest.mark.django_db
def test_each_key_label_is_saved_at_once_and_shown_after_a_reload(client, teacher):
    entry = unlabeled_draft_entry(teacher)
    client.force_login(teacher)

    response = client.post(
        entry_save_url(entry),
        {"label": "unverified_assertion", "rationale": "No source named."},
        headers={"HX-Request": "true"},
    )

    assertContains(response, "Saved: Unverified assertion")
    page = client.get(
        reverse("articles:key-review", args=[entry.answer_key.article_id])
    )
    assertContains(page, 'value="unverified_assertion" checked')
    assertContains(page, ">No source named.</textarea>")


@pytest.mark.django_db
def test_approving_an_incomplete_key_says_what_is_missing(client, teacher):
    answer_key = AnswerKeyFactory(
        approved_at=None,
        entries=[Label.SOURCED_CLAIM, None],
        article__uploaded_by=teacher,
    )
    client.force_login(teacher)

    response = client.post(
        reverse("quizapp:key-approve", args=[answer_key.article_id]), follow=True
    )

    assertContains(response, "Not approved yet: 2 sentences are left to review.")
    answer_key.refresh_from_db()
    assert not answer_key.is_approved


@pytest.mark.django_db
def test_another_teacher_cannot_change_a_draft_key(client, teacher, other_teacher):
    entry = unlabeled_draft_entry(teacher)
    client.force_login(other_teacher)

    response = client.post(entry_save_url(entry), {"label": "sourced_claim"})

    assert response.status_code == 404
    assert KeyEntry.objects.get(pk=entry.pk).label == ""


@pytest.mark.django_db
def test_a_teacher_makes_an_exercise_and_assigns_it(client, teacher):
    answer_key = AnswerKeyFactory(article__uploaded_by=teacher)
    classroom = ClassroomFactory(teacher=teacher, name="Year 9")
    client.force_login(teacher)

    client.post(
        reverse("quizapp:exercise-new", args=[answer_key.article_id]),
        {
            "title": "Ferry",
            "instructions": "Label each sentence.",
            "asked": asked_ids(answer_key),
        },
    )
    exercise = Exercise.objects.get()
    response = client.post(
        reverse("quizapp:exercise-detail", args=[exercise.pk]),
        {"classroom": classroom.pk, "feedback_policy": "immediate"},
        follow=True,
    )

    assertRedirects(response, progress_url(classroom))
    assertContains(response, "Assigned to Year 9.")
    assert exercise.answer_key == answer_key


@pytest.mark.django_db
def test_where_feedback_is_chosen_the_teacher_reads_its_trade_off(client, teacher):
    assignment = AssignmentFactory(
        exercise__created_by=teacher, classroom__teacher=teacher
    )
    client.force_login(teacher)

    for url in [
        reverse("quizapp:exercise-detail", args=[assignment.exercise.pk]),
        reverse("quizapp:assignment-detail", args=[assignment.pk]),
    ]:
        page = client.get(url)
        assertContains(page, "shows the key to anyone who submits")


@pytest.mark.django_db
def test_assigning_to_another_teachers_class_is_refused(client, teacher):
    exercise = AssignmentFactory(exercise__created_by=teacher).exercise
    foreign = ClassroomFactory()
    client.force_login(teacher)

    response = client.post(
        reverse("quizapp:exercise-detail", args=[exercise.pk]),
        {"classroom": foreign.pk, "feedback_policy": "immediate"},
    )

    assertContains(response, "Select a valid choice")
    assert not Assignment.objects.filter(classroom=foreign).exists()


@pytest.mark.django_db
def test_a_due_time_before_the_opening_time_is_refused(client, teacher):
    answer_key = AnswerKeyFactory(article__uploaded_by=teacher)
    classroom = ClassroomFactory(teacher=teacher)
    client.force_login(teacher)
    client.post(
        reverse("quizapp:exercise-new", args=[answer_key.article_id]),
        {"title": "X", "asked": asked_ids(answer_key)},
    )

    response = client.post(
        reverse("quizapp:exercise-detail", args=[Exercise.objects.get().pk]),
        {
            "classroom": classroom.pk,
            "feedback_policy": "immediate",
            "opens_at": "2026-03-02T10:00",
            "due_at": "2026-03-01T10:00",
        },
    )

    assertContains(response, "The due time must be after the opening time.")
    assert not Assignment.objects.exists()


@pytest.mark.django_db
def test_a_sentence_left_out_of_an_exercise_is_neither_asked_nor_scored(
    client, teacher
):
    from quizapp.services.attempts import attempt_submit

    answer_key = AnswerKeyFactory(article__uploaded_by=teacher)
    asked = asked_ids(answer_key)
    client.force_login(teacher)
    client.post(
        reverse("quizapp:exercise-new", args=[answer_key.article_id]),
        {"title": "Ferry", "asked": asked[1:], "requires_evidence": "on"},
    )
    exercise = Exercise.objects.get()
    assignment = AssignmentFactory(exercise=exercise, classroom__teacher=teacher)
    attempt = AttemptFactory(assignment=assignment)

    submitted = attempt_submit(attempt=attempt)

    assert exercise.requires_evidence
    assert exercise.skipped_segment_ids == [asked[0]]
    assert submitted.score_total == len(asked) - 1
    progress = client.get(progress_url(assignment.classroom))
    assertContains(progress, "Submitted · 0%")


@pytest.mark.django_db
def test_an_exercise_must_ask_at_least_one_sentence(client, teacher):
    answer_key = AnswerKeyFactory(article__uploaded_by=teacher)
    client.force_login(teacher)

    response = client.post(
        reverse("quizapp:exercise-new", args=[answer_key.article_id]),
        {"title": "Ferry"},
    )

    assertContains(response, "Keep at least one sentence to ask.")
    assert not Exercise.objects.exists()


@pytest.mark.django_db
def test_an_article_shared_by_an_admin_is_open_to_every_teacher(client, other_teacher):
    answer_key = AnswerKeyFactory()
    client.force_login(other_teacher)
    url = reverse("quizapp:exercise-new", args=[answer_key.article_id])
    assert client.get(url).status_code == 404

    Article.objects.filter(pk=answer_key.article_id).update(is_shared=True)

    assertContains(client.get(url), "Make an exercise")
