import pytest

from django.core.exceptions import ValidationError

from articles.domain.labels import Label
from articles.models import AnswerKey, KeyChange
from articles.services import (
    answer_key_approve,
    answer_key_new_version,
    key_entry_set_label,
)
from quizapp.models import Attempt, Regrade
from quizapp.services.attempts import answer_save, attempt_submit
from quizapp.services.regrading import exercises_move_to_key
from tests.factories import AttemptFactory

# The labeler has no reason to call a named source unverified: the teacher
# gives one, as approval asks.
BOARD_DOUBTED = "The board announces its own plan: nobody outside confirms it."


def third_sentence(article):
    return article.segments.get(position=2)


@pytest.fixture
def submitted_attempt(db):
    """A submitted attempt that called the third sentence unverified (key: sourced)."""
    attempt = AttemptFactory()
    article = attempt.assignment.exercise.article
    answer_save(
        attempt=attempt,
        segment=third_sentence(article),
        label=Label.UNVERIFIED_ASSERTION,
        seq=1,
    )
    return attempt_submit(attempt=attempt)


@pytest.mark.django_db
def test_editing_an_approved_key_makes_a_new_draft_and_keeps_the_old_version(
    submitted_attempt,
):
    approved = submitted_attempt.assignment.exercise.answer_key
    teacher = submitted_attempt.assignment.exercise.created_by

    draft = answer_key_new_version(article=approved.article, created_by=teacher)
    again = answer_key_new_version(article=approved.article, created_by=teacher)

    assert (draft.version, draft.is_approved) == (2, False)
    assert again.pk == draft.pk
    assert draft.entries.count() == approved.entries.count()
    with pytest.raises(ValidationError, match="approved"):
        key_entry_set_label(entry=approved.entries.first(), label=Label.NONE)


@pytest.mark.django_db
def test_approving_a_new_version_records_each_changed_sentence(submitted_attempt):
    approved = submitted_attempt.assignment.exercise.answer_key
    teacher = submitted_attempt.assignment.exercise.created_by
    draft = answer_key_new_version(article=approved.article, created_by=teacher)
    entry = draft.entries.get(segment=third_sentence(approved.article))
    key_entry_set_label(
        entry=entry, label=Label.UNVERIFIED_ASSERTION, rationale=BOARD_DOUBTED
    )

    answer_key_approve(answer_key=draft, approved_by=teacher)

    [change] = KeyChange.objects.all()
    assert (change.answer_key, change.segment) == (draft, entry.segment)
    assert (change.old_label, change.new_label) == (
        "sourced_claim",
        "unverified_assertion",
    )


@pytest.mark.django_db
def test_moving_exercises_to_the_new_version_regrades_submitted_attempts_exactly(
    submitted_attempt,
):
    assert (submitted_attempt.score_correct, submitted_attempt.score_total) == (0, 4)
    old_key = submitted_attempt.assignment.exercise.answer_key
    teacher = submitted_attempt.assignment.exercise.created_by
    draft = answer_key_new_version(article=old_key.article, created_by=teacher)
    entry = draft.entries.get(segment=third_sentence(old_key.article))
    key_entry_set_label(
        entry=entry, label=Label.UNVERIFIED_ASSERTION, rationale=BOARD_DOUBTED
    )
    new_key = answer_key_approve(answer_key=draft, approved_by=teacher)

    [regrade] = exercises_move_to_key(answer_key=new_key, moved_by=teacher)

    attempt = Attempt.objects.get(pk=submitted_attempt.pk)
    assert (attempt.score_correct, attempt.score_total) == (1, 4)
    assert (regrade.from_key, regrade.to_key, regrade.attempts_regraded) == (
        old_key,
        new_key,
        1,
    )
    assert attempt.assignment.exercise.answer_key == new_key
    assert Regrade.objects.count() == 1
    assert AnswerKey.objects.filter(article=old_key.article).count() == 2


@pytest.mark.django_db
def test_a_teachers_mark_counts_and_survives_a_regrade(submitted_attempt):
    from quizapp.services.grading import mark_override_set

    teacher = submitted_attempt.assignment.exercise.created_by
    article = submitted_attempt.assignment.exercise.article
    vague = article.segments.get(position=3)  # key: unverified; left blank
    mark_override_set(
        attempt=submitted_attempt,
        segment=vague,
        is_correct=True,
        comment="You argued this well in class.",
        set_by=teacher,
    )
    assert Attempt.objects.get(pk=submitted_attempt.pk).score_correct == 1
    old_key = submitted_attempt.assignment.exercise.answer_key
    draft = answer_key_new_version(article=article, created_by=teacher)
    key_entry_set_label(
        entry=draft.entries.get(segment=third_sentence(article)),
        label=Label.UNVERIFIED_ASSERTION,
        rationale=BOARD_DOUBTED,
    )
    new_key = answer_key_approve(answer_key=draft, approved_by=teacher)

    exercises_move_to_key(answer_key=new_key, moved_by=teacher)

    attempt = Attempt.objects.get(pk=submitted_attempt.pk)
    # The key change makes the third sentence right; the teacher's mark
    # still makes the blank fourth one right.
    assert (attempt.score_correct, attempt.score_total) == (2, 4)
    assert old_key != new_key
