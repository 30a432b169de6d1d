"""Setting work: an exercise on an approved key, assigned to a class, then
closed, reopened, its feedback released or its settings changed."""

from datetime import datetime

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from articles.models import AnswerKey

from ..models import (
    ALREADY_ASSIGNED,
    NOTHING_ASKED,
    Assignment,
    Classroom,
    Exercise,
)
from .unique import save_or_explain


@transaction.atomic
def exercise_create(
    *,
    answer_key: AnswerKey,
    title: str,
    instructions: str = "",
    created_by: AbstractBaseUser,
    requires_evidence: bool = False,
    asked: list[int] | None = None,
) -> Exercise:
    """An exercise on an approved key; `asked` limits it to some sentences
    (default: every sentence the key does not label none)."""
    if not answer_key.is_approved:
        raise ValidationError(
            "Approve the answer key before making an exercise from it.",
            code="key_not_approved",
        )
    askable = set(answer_key.entries.askable().values_list("segment_id", flat=True))
    if asked is not None and not set(asked) & askable:
        raise ValidationError(NOTHING_ASKED, code="nothing_asked")
    exercise = Exercise(
        article=answer_key.article,
        answer_key=answer_key,
        title=title.strip(),
        instructions=instructions.strip(),
        created_by=created_by,
        requires_evidence=requires_evidence,
        skipped_segment_ids=sorted(askable - set(asked)) if asked is not None else [],
    )
    exercise.full_clean()
    exercise.save()
    return exercise


def assignment_create(
    *,
    exercise: Exercise,
    classroom: Classroom,
    opens_at: datetime | None = None,
    due_at: datetime | None = None,
    feedback_policy: str = Assignment.FeedbackPolicy.IMMEDIATE,
) -> Assignment:
    assignment = Assignment(
        exercise=exercise,
        classroom=classroom,
        opens_at=opens_at,
        due_at=due_at,
        feedback_policy=feedback_policy,
    )
    # full_clean() turns a double submit into a form error; the database
    # constraint still stops two requests that race.
    assignment.full_clean()
    save_or_explain(assignment, ALREADY_ASSIGNED)
    return assignment


def assignment_close(*, assignment: Assignment) -> Assignment:
    Assignment.objects.filter(pk=assignment.pk, closed_at__isnull=True).update(
        closed_at=timezone.now()
    )
    assignment.refresh_from_db()
    return assignment


def assignment_reopen(*, assignment: Assignment, due_at: datetime | None) -> Assignment:
    """Open the assignment to the whole class again, until `due_at` (or open-ended)."""
    if due_at is not None and due_at <= timezone.now():
        raise ValidationError("The new due time must be in the future.", code="past")
    Assignment.objects.filter(pk=assignment.pk).update(closed_at=None, due_at=due_at)
    assignment.refresh_from_db()
    return assignment


def assignment_release_feedback(*, assignment: Assignment) -> Assignment:
    """Show students their results and the key's explanations now."""
    Assignment.objects.filter(
        pk=assignment.pk, feedback_released_at__isnull=True
    ).update(feedback_released_at=timezone.now())
    assignment.refresh_from_db()
    return assignment


def assignment_update(
    *,
    assignment: Assignment,
    feedback_policy: str,
    allow_resubmission: bool,
) -> Assignment:
    assignment.feedback_policy = feedback_policy
    assignment.allow_resubmission = allow_resubmission
    assignment.full_clean()
    assignment.save(update_fields=["feedback_policy", "allow_resubmission"])
    return assignment
