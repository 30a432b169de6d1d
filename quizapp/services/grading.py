"""The teacher's own marks: one sentence right or wrong whatever the key
says, or a score for the whole attempt."""

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction

from articles.models import Segment

from ..models import (
    Attempt,
    MarkOverride,
)
from .scoring import rescore_if_submitted


@transaction.atomic
def mark_override_set(
    *,
    attempt: Attempt,
    segment: Segment,
    is_correct: bool,
    comment: str,
    set_by: AbstractBaseUser,
) -> MarkOverride:
    """The teacher marks one sentence right or wrong, whatever the key says."""
    mark, _ = MarkOverride.objects.update_or_create(
        attempt=attempt,
        segment=segment,
        defaults={
            "is_correct": is_correct,
            "comment": comment.strip(),
            "created_by": set_by,
        },
    )
    rescore_if_submitted(attempt)
    return mark


@transaction.atomic
def mark_override_clear(*, attempt: Attempt, segment: Segment) -> None:
    MarkOverride.objects.filter(attempt=attempt, segment=segment).delete()
    rescore_if_submitted(attempt)


def attempt_score_override(
    *, attempt: Attempt, percent: int | None, comment: str
) -> Attempt:
    """The teacher's own score for a whole attempt (None goes back to the
    computed score)."""
    Attempt.objects.filter(pk=attempt.pk).update(
        score_override_percent=percent, override_comment=comment.strip()
    )
    attempt.refresh_from_db()
    return attempt
