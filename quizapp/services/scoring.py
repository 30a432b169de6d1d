"""An attempt's score against the key as its exercise asks it, the teacher's
own marks included: one place for submitting, grading and regrading."""

from articles.domain.labels import Label

from ..domain.scoring import Score, score_answers
from ..models import (
    Attempt,
    Exercise,
)


def key_labels(exercise: Exercise) -> dict[int, Label]:
    """The key as the exercise asks it: skipped sentences count as none."""
    skipped = set(exercise.skipped_segment_ids)
    return {
        entry.segment_id: Label.NONE
        if entry.segment_id in skipped
        else Label(entry.label)
        for entry in exercise.answer_key.entries.all()
    }


def attempt_score(attempt: Attempt, key: dict[int, Label]) -> Score:
    """The attempt's score against `key`, the teacher's marks included."""
    exercise = attempt.assignment.exercise
    answers = [answer for answer in attempt.answers.all() if not answer.is_cleared]
    key_evidence = None
    if exercise.requires_evidence:
        key_evidence = {
            entry.segment_id: entry.evidence
            for entry in exercise.answer_key.entries.all()
        }
    return score_answers(
        key,
        {answer.segment_id: Label(answer.label) for answer in answers},
        {mark.segment_id: mark.is_correct for mark in attempt.mark_overrides.all()},
        key_evidence=key_evidence,
        answer_evidence={answer.segment_id: answer.evidence for answer in answers},
    )


def rescore_if_submitted(attempt: Attempt) -> None:
    if attempt.is_submitted:
        score = attempt_score(attempt, key_labels(attempt.assignment.exercise))
        Attempt.objects.filter(pk=attempt.pk).update(
            score_correct=score.correct, score_total=score.asked
        )
