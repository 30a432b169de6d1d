"""How often each rule of the labeler is right, measured on the original
corpus's train split, so a suggestion's confidence means what it says: the
ones marked unsure are the ones a teacher should check first.

The table is written by scripts/calibrate_confidence.py (never from the
outside research sets); a rule it has not seen keeps its own estimate.
"""

import json
from functools import cache
from pathlib import Path

CALIBRATION_FILE = Path(__file__).parent / "data" / "confidence.json"
# Confidence never reaches certainty, nor zero: every rule misses sometimes,
# and even the weakest guess is a guess.
FLOOR, CEILING = 0.3, 0.97
# Where no rule decided (a claim nobody is named for), the label is a guess
# however often such guesses come out right: it stays under the unsure line
# (suggestions.UNSURE_BELOW) so the teacher is asked to check it. So is an
# appeal the opinion model's reading carries alone: its share right on the
# train split is its share on sentences it was trained on (0.99), and its
# rationale asks the student to judge the word ("is 'another' a judgement?").
GUESSES = ("no_source", "appeal:model")
GUESS_CEILING = 0.64


@cache
def calibration_table() -> dict[str, float]:
    if not CALIBRATION_FILE.exists():
        return {}
    return json.loads(CALIBRATION_FILE.read_text(encoding="utf-8"))["confidence"]


def calibrated(basis: str, estimate: float) -> float:
    """The measured share right for `basis`, or the rule's own estimate."""
    value = calibration_table().get(basis, estimate) if basis else estimate
    if basis.startswith(GUESSES):
        value = min(value, GUESS_CEILING)
    return min(CEILING, max(FLOOR, value))
