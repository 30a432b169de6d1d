"""A linear model of opinion wording, trained on original sentences.

The rules catch the clear signs of an editorial appeal; this model weighs the
many small ones (word choice, inflections, framing) that no list can hold. It
reads the features of opinion_features.py (words and word pairs, pieces of
words, what the rules saw) with one logistic-regression weight each, trained
offline by scripts/train_opinion_model.py on sentences written for this
project. The weights ship as JSON, so reading a sentence is a sum of weights
with no library and no download.
"""

import json
import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from itertools import chain, repeat
from pathlib import Path

from .opinion_features import OpinionFeatures, Span, char_wb_pieces, opinion_features

WEIGHTS_FILE = Path(__file__).parent / "data" / "opinion_model.json"
# The words a rationale can name: more would dilute the two that decide.
STRONGEST_WORDS = 2


@dataclass(frozen=True)
class OpinionReading:
    probability: float  # that the writer's wording is opinion, 0..1
    strongest: tuple[Span, ...]  # offsets of the whole words that weighed most,
    # strongest first
    weight: float = 0.0  # the editorial evidence this reading is worth


@dataclass(frozen=True)
class OpinionModel:
    bias: float
    words: dict[str, float]
    characters: dict[str, float]
    rules: dict[str, float]
    # (probability at least, evidence weight), highest first: chosen by
    # cross-validation on the training sentences, shipped with the weights.
    evidence: tuple[tuple[float, float], ...]

    def score(self, features: OpinionFeatures) -> float:
        """The log-odds: every feature present counts once (a binary model)."""
        total = self.bias
        for table, names in (
            (self.words, {name for name, _ in features.words}),
            (self.characters, features.pieces),
            (self.rules, set(features.rules)),
        ):
            # map() over dict.get: the labeler's speed rests on this sum.
            total += sum(map(table.get, names, repeat(0.0)))
        return total

    def evidence_weight(self, probability: float) -> float:
        for least, weight in self.evidence:
            if probability >= least:
                return weight
        return 0.0


def load_model(data: dict) -> OpinionModel:
    return OpinionModel(
        bias=data["bias"],
        words=data["words"],
        characters=data["characters"],
        rules=data["rules"],
        evidence=tuple(
            (float(least), float(weight))
            for least, weight in sorted(data["evidence"], reverse=True)
        ),
    )


@cache
def shipped_model() -> OpinionModel | None:
    if not WEIGHTS_FILE.exists():
        return None
    return load_model(json.loads(WEIGHTS_FILE.read_text(encoding="utf-8")))


def probability_of(score: float) -> float:
    return 1 / (1 + math.exp(-max(min(score, 30.0), -30.0)))


def read_opinion(
    voice: str,
    quoted_share: float = 0.0,
    source_kinds: Iterable[str] = (),
    model: OpinionModel | None = None,
) -> OpinionReading:
    """How much the writer's own words (quotations blanked) read as opinion."""
    model = model or shipped_model()
    if model is None:
        return OpinionReading(0.0, ())
    features = opinion_features(voice, quoted_share, source_kinds)
    probability = probability_of(model.score(features))
    weight = model.evidence_weight(probability)
    # Only a reading that becomes evidence needs its words named.
    strongest = strongest_words(model, features) if weight else ()
    return OpinionReading(round(probability, 3), strongest, weight)


def strongest_words(model: OpinionModel, features: OpinionFeatures) -> tuple[Span, ...]:
    """The whole words whose features pushed hardest towards opinion.

    A feature counts once however often it occurs, so its weight is shared
    among its occurrences; a word pair's among its two words; a piece of a
    word goes to the word it falls in."""
    by_word: dict[Span, float] = defaultdict(float)
    spans_of: dict[str, list[Span]] = defaultdict(list)
    for name, spans in features.words:
        spans_of[name].extend(spans)
    for name, spans in spans_of.items():
        weight = model.words.get(name, 0.0)
        if weight:
            for span in spans:
                by_word[span] += weight / len(spans)
    # Pieces by token, from the per-token cache: building every (piece,
    # word) pair of the sentence cost more than the score itself.
    cuts = [(char_wb_pieces(token), span) for token, span in features.tokens]
    times = Counter(chain.from_iterable(pieces for pieces, _ in cuts))
    characters = model.characters
    for pieces, span in cuts:
        weight = sum(characters.get(piece, 0.0) / times[piece] for piece in pieces)
        if weight:
            by_word[span] += weight
    # A "?" or "!" weighs, but only a word can be shown to a student as the
    # word that reads as opinion (the rules name the marks themselves).
    pushing = sorted(
        (weight, span)
        for span, weight in by_word.items()
        if weight > 0 and span[1] - span[0] > 1
    )
    # Strongest first: a rationale that names one word names this one.
    return tuple(span for _, span in reversed(pushing[-STRONGEST_WORDS:]))
