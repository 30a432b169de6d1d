"""Answers to build the analysis tests from: one sentence answered by
several students, or one student answering several (key, given) pairs."""

from articles.domain.labels import Label
from quizapp.domain.analysis import Response

S, U, E = Label.SOURCED_CLAIM, Label.UNVERIFIED_ASSERTION, Label.EDITORIAL_APPEAL


def answers(segment_id: int, key: Label, *given: Label | None) -> list[Response]:
    """One sentence answered by students 1, 2, 3, … in turn."""
    return [
        Response(student_id=student, segment_id=segment_id, key=key, given=label)
        for student, label in enumerate(given, start=1)
    ]


def by_key(*pairs: tuple[Label, Label | None]) -> list[Response]:
    """Responses from one student, one sentence for each (key, given) pair."""
    return [
        Response(student_id=1, segment_id=segment, key=key, given=given)
        for segment, (key, given) in enumerate(pairs)
    ]
