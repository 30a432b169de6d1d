"""Moving exercises to a newly approved key version and rescoring what was
submitted against it."""

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction

from articles.models import AnswerKey

from ..models import (
    Attempt,
    Exercise,
    Regrade,
)
from .scoring import attempt_score, key_labels


def exercises_move_to_key(
    *, answer_key: AnswerKey, moved_by: AbstractBaseUser
) -> list[Regrade]:
    """Move the teacher's exercises on this article to a newly approved key
    version and rescore every submitted attempt against it."""
    if not answer_key.is_approved:
        raise ValidationError("Only an approved key can be used.", code="draft")
    exercises = Exercise.objects.filter(article_id=answer_key.article_id).exclude(
        answer_key=answer_key
    )
    if not moved_by.is_staff:
        exercises = exercises.filter(created_by=moved_by)
    regrades = []
    for exercise_id in exercises.values_list("pk", flat=True):
        with transaction.atomic():
            # Locked and re-read: a double submit must not regrade twice.
            exercise = Exercise.objects.select_for_update().get(pk=exercise_id)
            if exercise.answer_key_id == answer_key.pk:
                continue
            previous_key_id = exercise.answer_key_id
            # Keep the skipped sentences a subset of what the new key asks.
            askable = set(
                answer_key.entries.askable().values_list("segment_id", flat=True)
            )
            exercise.skipped_segment_ids = sorted(
                set(exercise.skipped_segment_ids) & askable
            )
            exercise.answer_key = answer_key
            exercise.save(update_fields=["answer_key", "skipped_segment_ids"])
            key = key_labels(exercise)
            attempts = list(
                Attempt.objects.select_for_update()
                .filter(assignment__exercise=exercise, status=Attempt.Status.SUBMITTED)
                .prefetch_related("answers", "mark_overrides")
            )
            for attempt in attempts:
                # The teacher's own marks count over the new key too.
                score = attempt_score(attempt, key)
                attempt.score_correct, attempt.score_total = score.correct, score.asked
            Attempt.objects.bulk_update(attempts, ["score_correct", "score_total"])
            regrades.append(
                Regrade.objects.create(
                    exercise=exercise,
                    from_key_id=previous_key_id,
                    to_key=answer_key,
                    regraded_by=moved_by,
                    attempts_regraded=len(attempts),
                )
            )
    return regrades
