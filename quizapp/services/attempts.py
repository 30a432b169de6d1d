"""A student's attempt: created on first use, answers stored newest-first,
submitted and scored once, taken back or reopened."""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from articles.domain.labels import Label
from articles.models import Segment

from ..models import (
    Answer,
    Assignment,
    Attempt,
    Exercise,
    Student,
)
from . import answer_store
from .scoring import attempt_score, key_labels


def attempt_for(*, assignment: Assignment, student: Student) -> Attempt:
    """The student's attempt at an assignment, created on first use."""
    attempt = Attempt.objects.filter(assignment=assignment, student=student).first()
    if attempt is None:
        try:
            with transaction.atomic():
                attempt = Attempt.objects.create(assignment=assignment, student=student)
        except IntegrityError:
            # Another tab created it a moment ago.
            attempt = Attempt.objects.get(assignment=assignment, student=student)
    # Callers hold these already; attaching them saves two queries a save.
    attempt.assignment = assignment
    attempt.student = student
    return attempt


def answer_save(
    *,
    attempt: Attempt,
    segment: Segment,
    label: Label | None,
    seq: int,
    evidence: list[list[int]] | None = None,
) -> Answer:
    """Store a label (None clears it; evidence spans if given) unless a newer
    save (higher seq) is already stored.

    Returns the stored answer, which may be newer than this request. A
    cleared answer is kept as a row with a blank label, so that its seq
    still guards against an older save arriving late.
    """
    now = timezone.now()
    stored_label = Answer.CLEARED if label is None else label.value
    with transaction.atomic():
        if not answer_store.touch_attempt_in_progress(attempt_id=attempt.pk, now=now):
            raise ValidationError(
                "This work is already submitted, so it can no longer change.",
                code="submitted",
            )
        applied = answer_store.upsert_if_newer(
            attempt_id=attempt.pk,
            segment_id=segment.pk,
            label=stored_label,
            seq=seq,
            evidence=evidence,
            now=now,
        )
    if applied:
        # Ours is what is stored: no need to read it back.
        return Answer(
            attempt=attempt,
            segment=segment,
            label=stored_label,
            seq=seq,
            evidence=evidence or [],
            updated_at=now,
        )
    # A newer save is stored; return that, so the page shows the truth.
    return Answer.objects.get(attempt=attempt, segment=segment)


def attempt_submit(*, attempt: Attempt) -> Attempt:
    """Submit and score an attempt; submitting again changes nothing."""
    with transaction.atomic():
        locked = Attempt.objects.select_for_update().get(pk=attempt.pk)
        # A double click or a second tab finds it submitted and scores nothing.
        if locked.status == Attempt.Status.IN_PROGRESS:
            # Read the exercise under the lock: a regrade that just moved it
            # to a new key must be what this submission is scored against.
            exercise = Exercise.objects.select_related("answer_key").get(
                pk=locked.assignment.exercise_id
            )
            locked.assignment.exercise = exercise
            score = attempt_score(locked, key_labels(exercise))
            now = timezone.now()
            Attempt.objects.filter(pk=attempt.pk).update(
                status=Attempt.Status.SUBMITTED,
                submitted_at=now,
                updated_at=now,
                reopened_at=None,
                score_correct=score.correct,
                score_total=score.asked,
            )
    attempt.refresh_from_db()
    return attempt


def attempt_revise(*, attempt: Attempt) -> Attempt:
    """A student takes their submission back, if the assignment allows it."""
    if not attempt.assignment.allow_resubmission:
        raise ValidationError(
            "Your teacher does not allow changing answers after submitting.",
            code="no_resubmission",
        )
    Attempt.objects.filter(pk=attempt.pk, status=Attempt.Status.SUBMITTED).update(
        status=Attempt.Status.IN_PROGRESS, updated_at=timezone.now()
    )
    attempt.refresh_from_db()
    return attempt


def attempt_reopen(*, assignment: Assignment, student: Student) -> Attempt:
    """Let one student work again whatever the due time (absent, ill)."""
    attempt = attempt_for(assignment=assignment, student=student)
    Attempt.objects.filter(pk=attempt.pk).update(
        status=Attempt.Status.IN_PROGRESS, reopened_at=timezone.now()
    )
    attempt.refresh_from_db()
    return attempt
