"""Find who a sentence attributes its claim to, and how identifiable they are."""

import re
from dataclasses import dataclass
from enum import StrEnum

from .lexicon import (
    ANONYMITY,
    DOCUMENT_NOUNS,
    FINDING_VERBS,
    QUALIFIABLE_SOURCES,
    REPORTING_VERBS,
    ROLE_OR_BODY,
    VAGUE_SOURCES,
    common_words,
)


class SourceKind(StrEnum):
    NAMED = "named"  # a person or body with a name: "Kirby", "Northline Rail"
    ROLE = "role"  # a titled role or body: "the coastguard", "a spokeswoman for X"
    DOCUMENT = "document"  # "figures from the Office for Regional Statistics"
    PRONOUN = "pronoun"  # "he", "she", "they": resolved from earlier sentences
    VAGUE = "vague"  # "officials", "analysts", "some residents"
    ANONYMOUS = "anonymous"  # "one official, who was not authorised to speak"
    UNNAMED = "unnamed"  # "a man", "one neighbour": a person nobody can trace

    @property
    def is_identifiable(self) -> bool:
        return self in {SourceKind.NAMED, SourceKind.ROLE, SourceKind.DOCUMENT}


@dataclass(frozen=True)
class Attribution:
    kind: SourceKind
    source: str  # the source's words as written
    source_start: int  # offsets into the sentence
    source_end: int
    cue_start: int  # the reporting verb or phrase
    cue_end: int
    pronoun: str = ""

    @property
    def start(self) -> int:
        return min(self.source_start, self.cue_start)

    @property
    def end(self) -> int:
        return max(self.source_end, self.cue_end)


REPORTING = re.compile(rf"\b(?:{REPORTING_VERBS})\b", re.IGNORECASE)
FINDING = re.compile(rf"\b(?:{FINDING_VERBS})\b", re.IGNORECASE)
VAGUE = re.compile(rf"\b(?:{VAGUE_SOURCES})\b", re.IGNORECASE)
QUALIFIABLE = re.compile(rf"\b(?:{QUALIFIABLE_SOURCES})\b", re.IGNORECASE)
NAMED_BODY_AFTER = re.compile(r"\b(?:at|from|of|with|for)\s+(?:the\s+)?[A-Z]")
ROLE = re.compile(rf"\b(?:{ROLE_OR_BODY})s?\b", re.IGNORECASE)
DOCUMENT = re.compile(rf"\b(?:{DOCUMENT_NOUNS})\b", re.IGNORECASE)
WORD = re.compile(r"[\w][\w'’.-]*")
PRONOUNS = {"he", "she", "they", "it", "i", "we"}
# Opinion verbs attribute only when a third party holds the opinion.
OPINION_VERBS = {"believe", "believes", "thinks", "fears", "feared"}

# Words that end the subject when reading backwards from the verb.
SUBJECT_STOPS = {
    "that",
    "and",
    "but",
    "while",
    "as",
    "because",
    "after",
    "before",
    "when",
    "if",
    "though",
    "although",
    "since",
    "where",
    "so",
    "which",
    "what",
    "who",
    "whom",
    "than",
    "whether",
    "until",
    "unless",
    "once",
    "then",
    "why",
    "how",
}
# Words dropped from the ends of a subject: "the air force has said".
AUXILIARIES = {
    "has",
    "have",
    "had",
    "is",
    "was",
    "were",
    "are",
    "also",
    "later",
    "then",
    "previously",
    "repeatedly",
    "again",
    "further",
    "once",
    "would",
    "will",
    "recently",
    "earlier",
    "separately",
    "yesterday",
    "today",
    "reportedly",
    "allegedly",
    "publicly",
    "privately",
    "initially",
    "first",
    "last",
    "on",
    "in",
}
# Words that end an inverted source ("said Dan Keller, ..."; "said the
# ministry in a statement").
OBJECT_STOPS = {
    "in",
    "on",
    "during",
    "after",
    "before",
    "when",
    "last",
    "yesterday",
    "today",
    "this",
    "that",
    "earlier",
    "later",
    "as",
    "while",
    "adding",
    "and",
    "but",
    "who",
    "which",
    "because",
    "since",
    "at",
    "to",
}
NOT_NAMES = {
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "his",
    "her",
    "its",
    "their",
    "our",
    "but",
    "and",
    "or",
    "so",
    "yet",
    "in",
    "on",
    "at",
    "for",
    "of",
    "to",
    "by",
    "with",
    "from",
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "sir",
    "some",
    "many",
    "one",
    "two",
    "three",
    "several",
    "other",
    "others",
    "both",
    "all",
    "most",
    "senior",
    "former",
    "top",
    "local",
    "new",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "according",
    "asked",
    "when",
    "speaking",
    "writing",
    "there",
    "however",
    "meanwhile",
    "instead",
    "still",
}


def find_attributions(voice: str) -> list[Attribution]:
    """Every attribution in the writer's voice of a sentence (quotes blanked)."""
    found = []
    for match in REPORTING.finditer(voice):
        verb = match.group(0).lower()
        if verb.startswith("according"):
            attribution = _after(voice, match, limit=14, stop_words=frozenset())
        else:
            attribution = _before(voice, match)
            if attribution is None or _inverted(voice, match):
                attribution = _after(
                    voice, match, limit=9, stop_words=OBJECT_STOPS
                ) or (attribution)
            if (
                verb in OPINION_VERBS
                and attribution is not None
                and attribution.kind == SourceKind.PRONOUN
                and attribution.pronoun in {"i", "we"}
            ):
                attribution = None
        if attribution is not None:
            found.append(attribution)
    for match in FINDING.finditer(voice):
        attribution = _before(voice, match)
        if attribution is not None and DOCUMENT.search(attribution.source):
            found.append(_as_document(attribution))
    return found


def anonymity_marker(sentence: str) -> re.Match | None:
    return ANONYMITY.search(sentence)


def _inverted(voice: str, verb: re.Match) -> bool:
    """True for 'said Dan Keller' after a quote or comma."""
    before = voice[: verb.start()].rstrip()
    return not before or before[-1] in ',”"—–-' or before.endswith(("’", "'"))


def _before(voice: str, verb: re.Match) -> Attribution | None:
    left = voice[: verb.start()]
    # Skip one appositive: "Councillor Ruth Adeyemi, who chairs the committee,".
    stripped = left.rstrip()
    if stripped.endswith(","):
        inner_start = stripped.rfind(",", 0, len(stripped) - 1)
        if inner_start > 0:
            inner = stripped[inner_start + 1 : -1].strip().lower()
            if re.match(
                r"(?:who|which|whose|a|an|the|now|himself|herself|its|his|her|"
                r"also|aged|\d)",
                inner,
            ):
                left = stripped[:inner_start]
    tokens = list(WORD.finditer(left))
    chosen: list[re.Match] = []
    for token in reversed(tokens):
        gap = left[token.end() : chosen[0].start() if chosen else len(left)]
        if any(mark in gap for mark in ',;:“”"()—–') and chosen:
            break
        if any(mark in gap for mark in ';:“”"()—–'):
            break
        if token.group(0).lower() in SUBJECT_STOPS or len(chosen) >= 10:
            break
        chosen.insert(0, token)
    while chosen and chosen[-1].group(0).lower() in AUXILIARIES:
        chosen.pop()
    while chosen and chosen[0].group(0).lower() in AUXILIARIES:
        chosen.pop(0)
    if not chosen:
        return None
    start, end = chosen[0].start(), chosen[-1].end()
    return _classify(voice, left[start:end], start, end, verb.start(), verb.end())


def _after(
    voice: str, verb: re.Match, *, limit: int, stop_words: frozenset | set
) -> Attribution | None:
    right = voice[verb.end() :]
    chosen = []
    for token in WORD.finditer(right):
        gap = right[chosen[-1].end() if chosen else 0 : token.start()]
        if any(mark in gap for mark in ',.;:“”"()—–?!') and (chosen or gap.strip()):
            break
        word = token.group(0).lower()
        if word in stop_words or len(chosen) >= limit:
            break
        if not chosen and word == "that":
            return None
        chosen.append(token)
    if not chosen:
        return None
    start = verb.end() + chosen[0].start()
    end = verb.end() + chosen[-1].end()
    text = voice[start:end].rstrip(".")
    return _classify(voice, text, start, start + len(text), verb.start(), verb.end())


def _as_document(attribution: Attribution) -> Attribution:
    kind = attribution.kind
    lowered = attribution.source.lower()
    if kind in {SourceKind.UNNAMED, SourceKind.ROLE} and re.match(
        r"(?:the|this|its|their|his|her|that)\b", lowered
    ):
        # "the report found": a document the article has already named.
        kind = SourceKind.DOCUMENT
    elif kind == SourceKind.NAMED:
        kind = SourceKind.DOCUMENT
    return Attribution(
        kind=kind,
        source=attribution.source,
        source_start=attribution.source_start,
        source_end=attribution.source_end,
        cue_start=attribution.cue_start,
        cue_end=attribution.cue_end,
    )


def _classify(
    voice: str, source: str, start: int, end: int, cue_start: int, cue_end: int
) -> Attribution | None:
    words = WORD.findall(source)
    if not words:
        return None
    lowered = [word.lower().strip(".") for word in words]

    def make(kind: SourceKind, pronoun: str = "") -> Attribution:
        return Attribution(kind, source, start, end, cue_start, cue_end, pronoun)

    if len(words) <= 2 and lowered[-1] in PRONOUNS:
        return make(SourceKind.PRONOUN, lowered[-1])
    if lowered[0] in {"you", "i", "we"}:
        return None
    if VAGUE.search(source):
        return make(SourceKind.VAGUE)
    if _has_name(voice, source, start):
        qualifiable = QUALIFIABLE.search(source)
        if qualifiable and not NAMED_BODY_AFTER.search(source[qualifiable.end() :]):
            return make(SourceKind.VAGUE)
        return make(SourceKind.NAMED)
    if QUALIFIABLE.search(source):
        return make(SourceKind.VAGUE)
    if DOCUMENT.search(source) and lowered[0] in {"the", "this", "its", "their"}:
        return make(SourceKind.DOCUMENT)
    if ROLE.search(source) and lowered[0] in {
        "the",
        "its",
        "their",
        "his",
        "her",
        "police",
    }:
        return make(SourceKind.ROLE)
    if ROLE.search(source) and re.search(r"\b(?:for|of|at)\b", source):
        return make(SourceKind.ROLE)
    if re.fullmatch(
        r"police|prosecutors|investigators|firefighters|paramedics", lowered[0]
    ):
        return make(SourceKind.ROLE)
    return make(SourceKind.UNNAMED)


def _has_name(voice: str, source: str, start: int) -> bool:
    """True when the source holds a proper noun, not just a capitalised word."""
    sentence_start = len(voice) - len(voice.lstrip(" \"“‘'([—–-"))
    for token in WORD.finditer(source):
        word = token.group(0)
        if not word[0].isupper() or word.lower().strip(".") in NOT_NAMES:
            continue
        if word.isupper() and len(word) > 1:
            return True  # an acronym: "NHS", "FSB"
        at_sentence_start = start + token.start() <= sentence_start
        if at_sentence_start and word.lower() in common_words():
            continue  # "Teachers said", "Residents say"
        return True
    return False
