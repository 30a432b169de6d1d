"""What the opinion model reads in a sentence: one extractor for training
(scripts/train_opinion_model.py) and for scoring (opinion_model.py), so the
two can never disagree about what a feature is.

Three families, each kept with the offsets of the words it came from so a
rationale can name them:
- words: content words and adjacent pairs of them;
- characters: 3- to 5-letter pieces of each whitespace-separated token, padded
  with a space at each end, exactly as scikit-learn's "char_wb" analyser
  makes them (they catch inflections and compounds no word list holds:
  "travesties", "penny-pinching");
- rules: what the hand-written rules see (the kind of source, the quoted
  share, must + passive, who is addressed, a question, lexicon hits, the
  shape of a headline), with no offsets.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from itertools import pairwise

from .lexicon import (
    HEDGES,
    MILD_OPINION_PHRASES,
    OPINION_PHRASES,
    PITCH,
    READER_ADDRESS,
    SCARE_QUOTES,
    WRITER_WE,
    base_verbs,
    emotive_words,
    subjective_adjectives,
    word_set,
)
from .loaded_words import BOOSTER_REASON, LEXICON_REASON, find_loaded_words

# Loaded-word finds that are not loaded words proper: boosters have their own
# feature, and lexicon judgements are counted by strength below.
NOT_LOADED = {BOOSTER_REASON, LEXICON_REASON}
WORD_TOKEN = re.compile(r"[a-z][a-z'’-]*[a-z]|[a-z]|[?!]", re.IGNORECASE)
# What scikit-learn's char_wb splits on: runs of whitespace.
WHITESPACE_TOKEN = re.compile(r"\S+")
CHAR_SIZES = (3, 4, 5)
# Where a token's word begins and ends once its punctuation is stripped.
WORD_INSIDE = re.compile(r"\w(?:.*\w)?")

MODAL = re.compile(r"\b(?:must|should|ought|needs?\s+to|has\s+to|have\s+to)\b", re.I)
MODAL_PASSIVE = re.compile(
    r"\b(?:must|should|ought\s+to|needs?\s+to|has\s+to|have\s+to)\s+"
    r"(?:not\s+|never\s+|now\s+|also\s+)?be\s+[a-z]+(?:ed|en|wn|ne|t)\b",
    re.IGNORECASE,
)
FIRST_SINGULAR = re.compile(r"\b(?:I|I[’']m|I[’']ve|me|my|mine)\b")
QUESTION_OPENING = re.compile(
    r"^\W*(?:why|how|what|who|which|where|when|is|are|was|were|do|does|did|"
    r"can|could|will|would|should|shouldn[’']t|isn[’']t|aren[’']t|don[’']t|"
    r"doesn[’']t|won[’']t)\b",
    re.IGNORECASE,
)
HEADLINE_WORDS = 14

# Function words carry no opinion a student could be shown; left in, the
# model learns the style of its training sentences instead of their words.
FUNCTION_WORDS = word_set(
    "the a an of to in on at for by with from and or but as is are was were be "
    "been being it its this that these those which who whom whose there their they "
    "them he she his her him we our i you your has have had do does did not no so "
    "than then into over after before about up out more most some any all can "
    "could would will may might shall "
    # Quantifiers: whether "everyone" sweeps is the structure rules' call
    # ("Everyone knows" does, "Everyone left by ten" does not); left in, the
    # model learns the word itself as opinion.
    "everyone everybody nobody one none anyone anybody every each"
)

Span = tuple[int, int]


@dataclass(frozen=True)
class OpinionFeatures:
    words: list[tuple[str, tuple[Span, ...]]]  # a word or pair, its words' offsets
    # The tokens cut into char_wb pieces, each with the offsets of its word.
    # Pieces are listed only when asked for: scoring needs just their set,
    # and most sentences are only scored.
    tokens: list[tuple[str, Span]]
    rules: list[str]  # what the rules saw; no offsets

    @cached_property
    def characters(self) -> list[tuple[str, Span]]:
        """Each char_wb piece, in order, with the word it falls in."""
        return [
            (piece, span)
            for token, span in self.tokens
            for piece in char_wb_pieces(token)
        ]

    @cached_property
    def pieces(self) -> frozenset[str]:
        """Every char_wb piece once (the model is binary)."""
        return frozenset().union(*(piece_set(token) for token, _ in self.tokens))

    def names(self) -> set[str]:
        """Every feature once, each family marked (the model is binary)."""
        return (
            {f"w {name}" for name, _ in self.words}
            | {f"c {piece}" for piece in self.pieces}
            | {f"r {name}" for name in self.rules}
        )


def words_of(text: str) -> list[tuple[str, int, int]]:
    """Lower-case content words with their offsets (features and cues share them)."""
    found = []
    for match in WORD_TOKEN.finditer(text):
        word = match.group(0).lower().replace("’", "'")
        if word not in FUNCTION_WORDS:
            found.append((word, match.start(), match.end()))
    return found


# Articles repeat their words: a token's pieces are cut once per process.
@lru_cache(maxsize=65_536)
def char_wb_pieces(token: str) -> tuple[str, ...]:
    """scikit-learn's char_wb n-grams (3 to 5) of one lower-cased token,
    in its order, repeats kept (sklearn _char_wb_ngrams, line for line)."""
    padded = f" {token} "
    length = len(padded)
    pieces = []
    for size in CHAR_SIZES:
        if length <= size:  # a short token counts once, as sklearn does
            pieces.append(padded)
            break
        pieces.extend(
            [padded[offset : offset + size] for offset in range(length - size + 1)]
        )
    return tuple(pieces)


@lru_cache(maxsize=65_536)
def piece_set(token: str) -> frozenset[str]:
    return frozenset(char_wb_pieces(token))


def opinion_features(
    voice: str, quoted_share: float = 0.0, source_kinds: Iterable[str] = ()
) -> OpinionFeatures:
    """The features of the writer's own voice (quotations blanked), with the
    rules' view of the sentence: the quoted share and the kinds of source its
    attributions name ("named", "vague", ...)."""
    words = words_of(voice)
    word_features: list[tuple[str, tuple[Span, ...]]] = [
        (word, ((start, end),)) for word, start, end in words
    ]
    for (first, start, first_end), (second, second_start, end) in pairwise(words):
        word_features.append(
            (f"{first} {second}", ((start, first_end), (second_start, end)))
        )
    return OpinionFeatures(
        word_features,
        piece_tokens(voice),
        rule_features(voice, words, quoted_share, source_kinds),
    )


def piece_tokens(voice: str) -> list[tuple[str, Span]]:
    """The lower-cased whitespace tokens that are cut into pieces, each with
    the offsets of its word (punctuation stripped). Function words are left
    out, as from the word features: their pieces (" a ", "the") taught the
    model the style of its training sentences, and long reporting sentences,
    full of them, read as opinion."""
    found = []
    for token in WHITESPACE_TOKEN.finditer(voice):
        text = token.group(0).lower()
        inside = WORD_INSIDE.search(text)
        if inside is None:
            found.append((text, token.span()))
        elif inside.group(0).replace("’", "'") not in FUNCTION_WORDS:
            start = token.start()
            found.append((text, (start + inside.start(), start + inside.end())))
    return found


def rule_features(
    voice: str,
    words: list[tuple[str, int, int]],
    quoted_share: float,
    source_kinds: Iterable[str],
) -> list[str]:
    """What the hand-written rules see, as yes/no features."""
    kinds = sorted(set(source_kinds))
    found = [f"source:{kind}" for kind in kinds] or ["source:none"]
    if quoted_share == 0:
        found.append("quoted:none")
    else:
        found.append("quoted:most" if quoted_share >= 0.5 else "quoted:some")
    reasons = [item.reason for item in find_loaded_words(voice)]
    loaded = sum(reason not in NOT_LOADED for reason in reasons)
    if loaded:
        found.append("loaded:1" if loaded == 1 else "loaded:2+")
    if BOOSTER_REASON in reasons:
        found.append("intensifier")
    for name, pattern in (
        ("opinion_phrase", OPINION_PHRASES),
        ("mild_opinion_phrase", MILD_OPINION_PHRASES),
        ("hedge", HEDGES),
        ("pitch", PITCH),
        ("scare_quotes", SCARE_QUOTES),
        ("reader_you", READER_ADDRESS),
        ("writer_i", FIRST_SINGULAR),
        ("modal", MODAL),
        ("modal_passive", MODAL_PASSIVE),
    ):
        if pattern.search(voice):
            found.append(name)
    # "US" in capitals is the country, not the writer's "us".
    if any(match.group(0) != "US" for match in WRITER_WE.finditer(voice)):
        found.append("writer_we")
    found.extend(_lexicon_strength(words))
    stripped = voice.strip()
    if "?" in stripped:
        found.append("question")
        if stripped.endswith("?"):
            found.append("question:last")
        if QUESTION_OPENING.match(stripped):
            found.append("question:opening")
    if "!" in stripped:
        found.append("exclamation")
    if words and words[0][1] == _first_letter(voice) and words[0][0] in base_verbs():
        found.append("opens_with_verb")
    found.extend(_headline_shape(stripped))
    return found


def _first_letter(voice: str) -> int:
    match = re.search(r"[a-z]", voice, re.IGNORECASE)
    return match.start() if match else -1


@cache
def _strengths() -> dict[str, float]:
    adjectives, emotive = subjective_adjectives(), emotive_words()
    return {
        word: max(adjectives.get(word, 0), emotive.get(word, 0))
        for word in set(adjectives) | set(emotive)
    }


def _lexicon_strength(words: list[tuple[str, int, int]]) -> list[str]:
    strengths = _strengths()
    total = sum(strengths.get(word, 0) for word, _, _ in words)
    if total == 0:
        return []
    if total < 1:
        return ["lexicon:weak"]
    return ["lexicon:strong"] if total >= 2 else ["lexicon:some"]


def _headline_shape(stripped: str) -> list[str]:
    tokens = stripped.split()
    if not tokens or len(tokens) > HEADLINE_WORDS:
        return []
    found = ["shape:short"]
    ends_open = not stripped.endswith((".", "!", "?", ":", "…", '"', "”"))
    if ends_open:
        found.append("shape:no_stop")
    long_words = [token for token in tokens if len(token) >= 4 and token[0].isalpha()]
    if len(long_words) >= 2 and all(token[0].isupper() for token in long_words):
        found.append("shape:title_case")
        if ends_open:
            found.append("shape:headline")
    return found
