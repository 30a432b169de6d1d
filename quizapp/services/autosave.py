"""Saving one answer from the labeling page: the autosave's use case.

The busiest request of all, so one query (answer_store.save_target) finds
everything it checks instead of the student, assignment, attempt and
sentence one by one. The view parses the form, calls answer_save_for_student
and renders; the checks and their order live here.
"""

from dataclasses import dataclass
from enum import Enum

from django.core.exceptions import ValidationError
from django.utils import formats, timezone

from articles.domain.labels import Label
from articles.models import Segment

from ..domain.evidence import parse_evidence_spans
from ..domain.schedule import WorkWindow, work_window
from ..models import Answer, Assignment, Attempt, Student
from . import answer_store
from .attempts import answer_save, attempt_for
from .students import student_mark_seen

NOT_OPEN_YET = "This assignment has not opened yet."


class Refusal(Enum):
    NOT_YOURS = "not_yours"  # another class's assignment or article, or removed
    NOT_OPEN = "not_open"
    CLOSED = "closed"
    BAD_EVIDENCE = "bad_evidence"
    CONFLICT = "conflict"  # e.g. submitted meanwhile


class SaveRefused(Exception):
    def __init__(self, refusal: Refusal, message: str) -> None:
        super().__init__(message)
        self.refusal = refusal
        self.message = message


@dataclass(frozen=True)
class SavedAnswer:
    answer: Answer
    # How many words were marked, when the exercise asks for evidence.
    marked_words: int | None


def closed_message(*, closed_at, due_at) -> str:
    if closed_at is not None or due_at is None:
        return "Your teacher has closed this assignment; your saved answers are kept."
    due = formats.date_format(timezone.localtime(due_at), "DATETIME_FORMAT")
    return f"This assignment closed at {due}; your saved answers are kept."


def answer_save_for_student(
    *,
    student_id: int,
    assignment_id: int,
    segment_id: int,
    label: Label | None,
    seq: int,
    evidence_values: list[str],
) -> SavedAnswer:
    """Save `label` (None clears it) for the student's sentence, or raise
    SaveRefused saying why nothing changed."""
    target = answer_store.save_target(
        student_id=student_id, assignment_id=assignment_id, segment_id=segment_id
    )
    if target is None:
        raise SaveRefused(
            Refusal.NOT_YOURS, "Not saved: this sentence is not in your work."
        )
    window = work_window(
        opens_at=target.opens_at,
        due_at=target.due_at,
        closed_at=target.closed_at,
        is_reopened_for_student=target.reopened_at is not None,
        now=timezone.now(),
    )
    if window == WorkWindow.NOT_OPEN:
        raise SaveRefused(Refusal.NOT_OPEN, NOT_OPEN_YET)
    if window == WorkWindow.CLOSED:
        raise SaveRefused(
            Refusal.CLOSED,
            closed_message(closed_at=target.closed_at, due_at=target.due_at),
        )
    # A cleared label takes its evidence words with it.
    evidence = [] if label is None else None
    if target.requires_evidence and label is not None:
        evidence = parse_evidence_spans(
            evidence_values, start=target.segment_start, end=target.segment_end
        )
        if evidence is None:
            raise SaveRefused(
                Refusal.BAD_EVIDENCE, "Not saved: mark words inside this sentence."
            )
    attempt_id = target.attempt_id
    if attempt_id is None:
        # First save without opening the page (rare): create the attempt.
        attempt_id = attempt_for(
            assignment=Assignment.objects.get(pk=assignment_id),
            student=Student.objects.get(pk=student_id),
        ).pk
    try:
        answer = answer_save(
            attempt=Attempt(pk=attempt_id),
            segment=Segment(pk=segment_id),
            label=label,
            seq=seq,
            evidence=evidence,
        )
    except ValidationError as error:
        raise SaveRefused(Refusal.CONFLICT, error.messages[0]) from None
    student_mark_seen(student_id=student_id, last_seen_at=target.student_last_seen_at)
    return SavedAnswer(
        answer=answer,
        marked_words=len(answer.evidence) if evidence is not None else None,
    )
