"""A small linear model of opinion wording, trained on original sentences.

The rules catch the clear signs of an editorial appeal; this model weighs the
many small ones (word choice, framing) that no list can hold. It is a bag of
words and word pairs with one weight each, trained offline by
scripts/train_opinion_model.py on sentences written for this project; the
weights ship as JSON, so reading a sentence is a sum of weights with no
library and no download.
"""

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path

from .lexicon import word_set

WEIGHTS_FILE = Path(__file__).parent / "data" / "opinion_model.json"
TOKEN = re.compile(r"[a-z][a-z'’-]*[a-z]|[a-z]|[?!]", re.IGNORECASE)


@dataclass(frozen=True)
class OpinionReading:
    probability: float  # that the writer's wording is opinion, 0..1
    strongest: tuple[tuple[int, int], ...]  # offsets of the words that weighed most


# Function words carry no opinion a student could be shown; left in, the
# model learns the style of its training sentences instead of their words.
FUNCTION_WORDS = word_set(
    "the a an of to in on at for by with from and or but as is are was were be "
    "been being it its this that these those which who whom whose there their they "
    "them he she his her him we our i you your has have had do does did not no so "
    "than then into over after before about up out more most some any all can "
    "could would will may might shall"
)


def words_of(text: str) -> list[tuple[str, int, int]]:
    """Lower-case content words with their offsets (features and cues share them)."""
    found = []
    for match in TOKEN.finditer(text):
        word = match.group(0).lower().replace("’", "'")
        if word not in FUNCTION_WORDS:
            found.append((word, match.start(), match.end()))
    return found


def features(text: str) -> list[str]:
    """Words and adjacent word pairs: the model's vocabulary."""
    words = [word for word, _, _ in words_of(text)]
    return words + [f"{first} {second}" for first, second in pairwise(words)]


@cache
def _model() -> tuple[dict[str, float], float]:
    if not WEIGHTS_FILE.exists():
        return {}, 0.0
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    return data["weights"], data["bias"]


def read_opinion(voice: str) -> OpinionReading:
    """How much the writer's own words (quotations blanked) read as opinion."""
    weights, bias = _model()
    if not weights:
        return OpinionReading(0.0, ())
    words = words_of(voice)
    score = bias
    contributions: list[tuple[float, int, int]] = []
    for index, (word, start, end) in enumerate(words):
        single = weights.get(word, 0.0)
        score += single
        if single > 0:
            contributions.append((single, start, end))
        if index + 1 < len(words):
            following, _, pair_end = words[index + 1]
            pair = weights.get(f"{word} {following}", 0.0)
            score += pair
            if pair > 0:
                contributions.append((pair, start, pair_end))
    probability = 1 / (1 + math.exp(-max(min(score, 30), -30)))
    strongest = sorted(contributions, reverse=True)[:2]
    return OpinionReading(
        round(probability, 3),
        tuple(sorted((start, end) for _, start, end in strongest)),
    )
