"""Compare a student's labels with the answer key."""

from collections.abc import Mapping
from dataclasses import dataclass

from articles.domain.labels import Label


@dataclass(frozen=True)
class Score:
    correct: int
    answered: int
    asked: int

    @property
    def percent(self) -> int:
        """Whole-number percentage of asked sentences labeled correctly."""
        if self.asked == 0:
            return 0
        return round(100 * self.correct / self.asked)


def score_answers(
    key: Mapping[int, Label],
    answers: Mapping[int, Label],
    overrides: Mapping[int, bool] | None = None,
) -> Score:
    """Compare a student's labels with the key, segment by segment.

    `overrides` holds the teacher's own mark for some sentences (right or
    wrong); it replaces the comparison, whatever the key says now.
    """
    overrides = overrides or {}
    # Bylines and other NONE segments are never asked, so they cannot count
    # for or against anyone.
    asked = {segment: label for segment, label in key.items() if label != Label.NONE}
    answered = [segment for segment in asked if segment in answers]
    correct = sum(
        overrides.get(segment, answers.get(segment) == label)
        for segment, label in asked.items()
    )
    return Score(correct=correct, answered=len(answered), asked=len(asked))
