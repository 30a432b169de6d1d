"""What kind of source an attribution names, and so how identifiable it is."""

import re
from dataclasses import dataclass, replace
from enum import StrEnum

from .lexicon import (
    ANONYMOUS_HEADS,
    DOCUMENT_NOUNS,
    QUALIFIABLE_SOURCES,
    ROLE_OR_BODY,
    VAGUE_SOURCES,
    known_words,
    plural_nouns,
    word_set,
)
from .source_heads import (
    SourceParts,
    is_crowd,
    named_modifier,
    speaks_for_named_body,
    split_source,
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


SENTENCE_OPENING = re.compile(r"[\s\"“‘'(\[—–-]*")
QUANTITY = re.compile(
    r"^(?:\d[\d,.]*\s*(?:%|percent|per\s+cent)?|(?:one|two|three|four|five|six|"
    r"seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:-\w+)?(?:\s+(?:percent|per\s+cent))?|dozens|hundreds|thousands|millions|"
    r"half|most|majority|a\s+majority|a\s+number|several|numerous|few|a\s+few|"
    r"nearly|almost|about|more\s+than|some)\b",
    re.IGNORECASE,
)
VAGUE = re.compile(rf"\b(?:{VAGUE_SOURCES})\b", re.IGNORECASE)
QUALIFIABLE = re.compile(rf"\b(?:{QUALIFIABLE_SOURCES})\b", re.IGNORECASE)
ROLE = re.compile(rf"\b(?:{ROLE_OR_BODY})s?\b", re.IGNORECASE)
DOCUMENT = re.compile(rf"\b(?:{DOCUMENT_NOUNS})\b", re.IGNORECASE)
# "1,200" is one word: a thousands comma must not cut a subject in two.
WORD = re.compile(r"\w(?:[\w'’.-]|(?<=\d),(?=\d{3}\b))*")
# Plural bodies that act as one: "Police said", "Prosecutors allege".
NAMED_CROWDS = word_set(
    "police prosecutors investigators firefighters paramedics coastguards"
)
PRONOUNS = {"he", "she", "they", "it", "i", "we"}
# Auxiliaries and wh-words opening a subject in a question.
QUESTION_WORDS = frozenset(
    [
        "do",
        "does",
        "did",
        "can",
        "could",
        "will",
        "would",
        "should",
        "shall",
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
        "why",
        "how",
    ]
)
OUTLET_ITSELF = re.compile(
    r"(?:this|our)\s+(?:column|newspaper|paper|blog|site|website|magazine|"
    r"publication|newsletter|podcast|editorial(?:\s+board)?|page)\b",
    re.IGNORECASE,
)

# Capitalised words that are not names: sentence openers, titles, days and
# months.
NOT_NAMES = word_set(
    """
the a an this that these those he she it they we i his her its their our but and
or so yet in on at for of to by with from mr mrs ms dr prof sir some many one
two three several other others both all most senior former top local new monday
tuesday wednesday thursday friday saturday sunday january february march april
may june july august september october november december according asked when
speaking writing there however meanwhile instead still
"""
)


def classify_source(
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
    if lowered[0] in {
        "you",
        "i",
        "we",
        "let",
        "nobody",
        "anyone",
        "everyone",
        "anybody",
    }:
        return None
    if OUTLET_ITSELF.match(source):
        return None  # "This column has argued": the outlet's own voice
    if lowered[0] in QUESTION_WORDS and voice.rstrip().endswith("?"):
        return None  # "Does anybody still believe ...?": a question asks
    parts = split_source(source)
    if speaks_for_named_body(parts) and not QUANTITY.match(source):
        return make(SourceKind.NAMED)
    vague = VAGUE.search(source)
    if (vague and _vague_word_is_the_source(vague, parts)) or QUANTITY.match(source):
        return make(SourceKind.VAGUE)
    qualifier_named = bool(parts.qualifier) and _has_name(
        voice, parts.qualifier, start + parts.qualifier_start
    )
    head_is_document = bool(DOCUMENT.fullmatch(parts.head))
    if head_is_document and (parts.owner or qualifier_named):
        # "the trust's annual accounts", "figures from the Office for
        # Regional Statistics": a document whose maker is named.
        return make(SourceKind.DOCUMENT if parts.owner else SourceKind.NAMED)
    if head_is_document and _maker_named_before(voice, start, parts):
        # "The Tarn Rail Authority ..., authority figures show": the body's
        # own document, named a few words back.
        return make(SourceKind.DOCUMENT)
    head_at = source.lower().rfind(parts.head, 0, parts.qualifier_start)
    if head_is_document and _has_name(
        voice, source[:head_at], start, common_at_start=True
    ):
        # "Treasury figures", "Arts Council figures"; not "Government
        # figures", whose capital only opens the sentence.
        return make(SourceKind.NAMED)
    if parts.head in ANONYMOUS_HEADS:
        return make(SourceKind.VAGUE)
    at_start = start <= SENTENCE_OPENING.match(voice).end()
    if (
        is_crowd(parts, at_sentence_start=at_start)
        and parts.head not in NAMED_CROWDS
        and not head_is_document
    ):
        owner_head = parts.owner.split()[-1].lower() if parts.owner else ""
        if owner_head and not owner_head.endswith(("s'", "s’")):
            # "the restaurant's owners", "the film's producers": the ones
            # belonging to one thing; not "Parents' groups".
            return make(SourceKind.ROLE)
        if parts.determiner == "the" and parts.qualifier and ROLE.fullmatch(parts.head):
            # "The governors of both states": particular office holders.
            return make(SourceKind.ROLE)
        if QUALIFIABLE.fullmatch(parts.head) and (
            qualifier_named or named_modifier(parts)
        ):
            # "researchers at the University of Tarnby", "Tarnby researchers".
            return make(SourceKind.NAMED)
        # "Naval analysts", "Local residents", "Privately, Democrats": a
        # capital letter in front does not say which of them spoke.
        return make(SourceKind.VAGUE)
    if not head_is_document and _has_name(voice, source, start):
        # "Ortiz", "a spokeswoman for Northline Rail". A document's maker was
        # looked for above: "Opinion polls" is no name for one.
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
        if lowered[0] in {"a", "an", "one"} and not _role_at_a_body(parts):
            # "a speaker at the rally" is anyone in the hall; "a speaker for
            # the residents' association" speaks for a body.
            return make(SourceKind.UNNAMED)
        return make(SourceKind.ROLE)
    if lowered[0] in NAMED_CROWDS:
        return make(SourceKind.ROLE)
    if (
        lowered[0] in {"the", "its", "their", "his", "her"}
        and len(words) <= 6
        and lowered[-1] not in plural_nouns()
    ):
        # "the county librarian", "the hospital's chief nurse": one
        # particular person or body the reader can look up.
        return make(SourceKind.ROLE)
    if len(ROLE.findall(source)) >= 2:
        # "a council spokesperson", "a police spokesman".
        return make(SourceKind.ROLE)
    if len(words) <= 3 and ROLE.search(source) and lowered[0] not in {"a", "an", "one"}:
        # Headlines drop the article: "ministry says", "schools minister says".
        return make(SourceKind.ROLE)
    return make(SourceKind.UNNAMED)


SPOKES = re.compile(r"spokes(?:man|woman|person|people|men|women)$")


def _role_at_a_body(parts: SourceParts) -> bool:
    """A role with an article is one particular holder only at a body: a
    spokesperson always speaks for someone, other roles need a body or a
    name after them."""
    return bool(
        SPOKES.match(parts.head)
        or ROLE.search(parts.qualifier)
        or re.search(r"\b[A-Z]", parts.qualifier)
    )


def _maker_named_before(voice: str, start: int, parts: SourceParts) -> bool:
    """Whether a common noun in front of a document ("a ministry statement",
    "exchange data") is the head of a body's name earlier in the sentence:
    "the Ardanian Ministry of Finance", "the Brenwick Stock Exchange"."""
    earlier = voice[:start]
    for word in parts.modifiers:
        if not word.islower() or len(word) < 4:
            continue
        title = re.escape(word.capitalize())
        if re.search(
            rf"\b[A-Z][\w'’-]*\s+(?:[A-Z][\w'’-]*\s+)*{title}\b|\b{title}\s+(?:of|for)\s+[A-Z]",
            earlier,
        ):
            return True
    return False


def _vague_word_is_the_source(vague: re.Match, parts: SourceParts) -> bool:
    """Only the head phrase counts: "a spokesperson for local residents"
    names a spokesperson, "the Brackmoor Residents' Association" an
    association."""
    if not len(parts.owner) <= vague.start() < parts.qualifier_start:
        return False
    word = vague.group(0)
    return not (
        word[0].isupper() and parts.head_is_capitalised and word.lower() != parts.head
    )


def _has_name(
    voice: str, source: str, start: int, *, common_at_start: bool = False
) -> bool:
    """True when the source holds a proper noun, not just a capitalised word.
    With common_at_start, a common word opening the sentence ("Government
    figures") is no name either."""
    sentence_start = SENTENCE_OPENING.match(voice).end()
    for token in WORD.finditer(source):
        word = token.group(0)
        if not word[0].isupper() or word.lower().strip(".") in NOT_NAMES:
            continue
        if word.isupper() and len(word) > 1:
            return True  # an acronym: "NHS", "FSB"
        at_sentence_start = start + token.start() <= sentence_start
        if at_sentence_start and word.lower() in plural_nouns():
            continue  # "Teachers said", "Residents say"
        if at_sentence_start and common_at_start and word.lower() in known_words():
            continue
        return True
    return False


def as_document(attribution: Attribution) -> Attribution:
    kind = attribution.kind
    lowered = attribution.source.lower()
    if kind in {SourceKind.UNNAMED, SourceKind.ROLE} and re.match(
        r"(?:the|this|its|their|his|her|that)\b", lowered
    ):
        # "the report found": a document the article has already named.
        kind = SourceKind.DOCUMENT
    elif kind == SourceKind.NAMED:
        kind = SourceKind.DOCUMENT
    return replace(attribution, kind=kind)


def document_after_according(attribution: Attribution) -> Attribution:
    """'according to regulatory filings' names documents; 'according to a
    report' does not say which."""
    words = attribution.source.lower().split()
    if DOCUMENT.search(attribution.source) and words[0] not in {
        "a",
        "an",
        "one",
        "some",
    }:
        return Attribution(
            SourceKind.DOCUMENT,
            attribution.source,
            attribution.source_start,
            attribution.source_end,
            attribution.cue_start,
            attribution.cue_end,
        )
    return attribution
