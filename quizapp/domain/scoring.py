"""Compare a student's labels (and evidence) with the answer key."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from articles.domain.labels import Label

Span = Sequence[int]  # [start, end) offsets into the article

# The right label with the wrong words marked as evidence: half a point.
PARTIAL_CREDIT = 0.5


@dataclass(frozen=True)
class Score:
    correct: float  # points: 1 a sentence, PARTIAL_CREDIT for a half-right one
    answered: int
    asked: int

    @property
    def percent(self) -> int:
        """Whole-number percentage of the points there were to get."""
        if self.asked == 0:
            return 0
        return round(100 * self.correct / self.asked)


# Marking the whole sentence must not earn the point: the marked words may
# cover at most this much more than the decisive ones (in characters).
EVIDENCE_SLACK_FACTOR = 2
EVIDENCE_SLACK_CHARACTERS = 20


def spans_overlap(marked: Sequence[Span], decisive: Sequence[Span]) -> bool:
    """Whether any word the student marked is one of the key's decisive words."""
    return any(
        start < other_end and other_start < end
        for start, end in marked
        for other_start, other_end in decisive
    )


def evidence_is_right(marked: Sequence[Span], decisive: Sequence[Span]) -> bool:
    """The marked words hit the decisive ones without marking everything."""
    marked_length = sum(end - start for start, end in marked)
    decisive_length = sum(end - start for start, end in decisive)
    return spans_overlap(marked, decisive) and marked_length <= (
        EVIDENCE_SLACK_FACTOR * decisive_length + EVIDENCE_SLACK_CHARACTERS
    )


def score_answers(
    key: Mapping[int, Label],
    answers: Mapping[int, Label],
    overrides: Mapping[int, bool] | None = None,
    *,
    key_evidence: Mapping[int, Sequence[Span]] | None = None,
    answer_evidence: Mapping[int, Sequence[Span]] | None = None,
) -> Score:
    """Compare a student's labels with the key, segment by segment.

    `overrides` holds the teacher's own mark for some sentences (right or
    wrong); it replaces the comparison, whatever the key says now. With
    `key_evidence` (the exercise asks for evidence), a right label whose
    marked words miss every decisive word earns PARTIAL_CREDIT; a sentence
    whose key names no decisive words is judged on its label alone.
    """
    overrides = overrides or {}
    # Bylines and other NONE segments are never asked, so they cannot count
    # for or against anyone.
    asked = {segment: label for segment, label in key.items() if label != Label.NONE}
    answered = [segment for segment in asked if segment in answers]
    points = 0.0
    for segment, label in asked.items():
        if segment in overrides:
            points += 1 if overrides[segment] else 0
        elif answers.get(segment) == label:
            decisive = (key_evidence or {}).get(segment)
            marked = (answer_evidence or {}).get(segment, [])
            if (
                key_evidence is not None
                and decisive
                and not evidence_is_right(marked, decisive)
            ):
                points += PARTIAL_CREDIT
            else:
                points += 1
    return Score(correct=points, answered=len(answered), asked=len(asked))
