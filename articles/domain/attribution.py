"""Find who a sentence attributes its claim to, and how identifiable they are."""

import re
from dataclasses import dataclass
from enum import StrEnum
from itertools import islice

from .lexicon import (
    ANONYMITY,
    ANONYMOUS_HEADS,
    DOCUMENT_NOUNS,
    FINDING_VERBS,
    NOUN_HOMOGRAPHS,
    PARTICIPLES,
    QUALIFIABLE_SOURCES,
    REPORTING_VERBS,
    ROLE_OR_BODY,
    VAGUE_SOURCES,
    plural_nouns,
    verb_forms,
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


# How far back from a verb its subject and any "was"/"not" may stand.
LOOK_BACK = 240
SENTENCE_OPENING = re.compile(r"[\s\"“‘'(\[—–-]*")

# Verbs are matched in lower case only: "States" in "the United States" is
# not the verb "states".
REPORTING = re.compile(rf"\b(?:{REPORTING_VERBS}|According\s+to)\b")
FINDING = re.compile(rf"\b(?:{FINDING_VERBS})\b")
PARTICIPLE = re.compile(rf"\b(?:{PARTICIPLES})\b")
# "was asked", "is accused", "were told": the subject is spoken about, not
# speaking.
PASSIVE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|get|gets|got|has\s+been|have\s+been)"
    r"(?:\s+\w+ly)?\s*$",
    re.IGNORECASE,
)
# "The council has not said how many...": no source is given.
NEGATED_BEFORE = re.compile(
    r"\b(?:not|n[’']t|never|no\s+longer|declined\s+to|refused\s+to)\s+$", re.IGNORECASE
)
# A determiner or adjective before a verb-noun homograph makes it a noun.
NOUN_CONTEXT = re.compile(
    r"\b(?:a|an|the|his|her|their|its|our|my|your|these|those|such|no|many|some|"
    r"grand|new|empty|broken|false|big|bold|election|campaign|media|press|news|"
    r"earlier|latest|recent|similar)\s+$",
    re.IGNORECASE,
)
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
    "nonetheless",
    "however",
    "still",
    "too",
    "meanwhile",
    "instead",
    "herself",
    "himself",
    "themselves",
    "itself",
    "only",
    "even",
    "quickly",
    "flatly",
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
        before = voice[max(0, match.start() - LOOK_BACK) : match.start()]
        if PASSIVE_BEFORE.search(before) or NEGATED_BEFORE.search(before):
            continue
        if verb in NOUN_HOMOGRAPHS and NOUN_CONTEXT.search(before):
            continue
        if verb in {"accused", "alleged", "charged"} and voice[
            match.end() :
        ].startswith(" of"):
            continue  # "on trial accused of theft": spoken about, not speaking
        if verb.startswith("according"):
            attribution = _after(voice, match, limit=14, stop_words=frozenset())
            if attribution is not None and attribution.kind == SourceKind.UNNAMED:
                attribution = _document_after_according(attribution)
        else:
            attribution, skipped_appositive = _before(voice, match)
            if attribution is None and voice[: match.start()].rstrip().endswith(
                (" and", " but")
            ):
                # "The bank held rates and said ...": the clause's subject.
                attribution = _sentence_subject(voice, match, need_comma=False)
            elif (
                not skipped_appositive
                and verb in INVERTIBLE
                and (attribution is None or _inverted(voice, match))
            ):
                attribution = _inverted_source(voice, match) or attribution
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
        attribution, _ = _before(voice, match)
        if attribution is not None and DOCUMENT.search(attribution.source):
            found.append(_as_document(attribution))
    for match in PARTICIPLE.finditer(voice):
        subject = _sentence_subject(voice, match)
        if subject is not None:
            found.append(subject)
    for pattern in (COLON_SPEAKER, RESEARCH_TEAM):
        match = pattern.search(voice)
        if match:
            speaker = _classify(
                voice,
                match.group("source"),
                match.start("source"),
                match.end("source"),
                match.start("cue"),
                match.end("cue"),
            )
            if speaker is not None and speaker.kind.is_identifiable:
                found.append(speaker)
    return found


# "Dean Carver: I was treated like dirt", "The verdict from Ruth Abiodun: “...”".
# Not page rubrics: "Breaking: Ferry sinks" has no speaker.
COLON_SPEAKER = re.compile(
    r"^\W*(?!(?:Update|Updated|Breaking|Analysis|Opinion|Exclusive|Live|Latest|"
    r"Watch|Explainer|Comment|Editorial|Review|Revealed|Pictured|Read|Related|"
    r"Video|Photos?|Update\s+\d+|Correction|Clarification|Note|Editor's\s+note)\s*:)"
    r"(?:The\s+\w+\s+from\s+)?(?P<source>(?:[A-Z][\w’'.-]*\s+){0,5}[A-Z][\w’'.-]*)"
    r"(?P<cue>:)\s"
)
# Named research teams and documents with a named maker: "Halvorsen et al.
# analysed", "researchers at the University of Tarnby took 312 cores",
# "polling by Civica Research put", "published in the Journal of X".
RESEARCH_TEAM = re.compile(
    r"(?P<source>\b[A-Z][\w’'-]+(?P<cue>\s+et\s+al\.)|"
    r"\b(?:[Rr]esearchers|[Ss]cientists|[Ee]cologists|[Ee]conomists|[Ee]ngineers|"
    r"[Dd]octors|[Aa]\s+team|[Tt]he\s+team|[Pp]olling|[Aa]\s+poll|[Aa]\s+survey|"
    r"[Ff]igures|[Dd]ata|[Rr]esearch|[Aa]\s+study|[Aa]\s+report|[Aa]nalysis|"
    r"[Ff]indings|[Tt]he\s+findings|[Tt]he\s+study|[Tt]he\s+paper)"
    r"(?:,)?\s+(?:at|from|of|led\s+by|by|for|published\s+(?:\w+\s+){0,3}in)\s+"
    r"(?:the\s+)?[A-Z][\w’'.-]+(?:\s+(?:of\s+|the\s+|and\s+)?[A-Z][\w’'.-]+){0,5})"
)


def _sentence_subject(
    voice: str, participle: re.Match, need_comma: bool = True
) -> Attribution | None:
    """The subject at the start of the sentence, for ", saying ..." clauses."""
    left = voice[: participle.start()]
    if need_comma and not voice[
        max(0, participle.start() - 4) : participle.start()
    ].rstrip().endswith(","):
        return None
    chosen = []
    for token in islice(WORD.finditer(left), 8):
        word = token.group(0)
        lowered = word.lower()
        if not chosen and lowered in {"but", "and", "so", "yet", "then"}:
            continue
        # The subject ends at its verb: "Union officials welcomed ...".
        if chosen and (lowered in verb_forms() or lowered in SUBJECT_STOPS):
            break
        chosen.append(token)
        if lowered in PRONOUNS:
            break
    if not chosen:
        return None
    start, end = chosen[0].start(), chosen[-1].end()
    return _classify(
        voice, voice[start:end], start, end, participle.start(), participle.end()
    )


def anonymity_marker(sentence: str) -> re.Match | None:
    return ANONYMITY.search(sentence)


# Verbs whose speaker may follow them ("...,” said Dan Keller). Not "told"
# or "urged": what follows those is the listener.
INVERTIBLE = {
    "said",
    "says",
    "added",
    "adds",
    "noted",
    "explained",
    "continued",
    "wrote",
    "writes",
    "recalled",
    "replied",
    "responded",
    "insisted",
    "argued",
    "admitted",
    "conceded",
    "remarked",
    "asked",
    "asks",
    "warned",
    "cautioned",
    "declared",
    "quipped",
    "joked",
    "countered",
    "retorted",
    "stated",
    "observed",
    "commented",
}


def _inverted_source(voice: str, verb: re.Match) -> Attribution | None:
    """The speaker after the verb, if what follows is a name and not a clause
    ("said the town needed homes" has a clause)."""
    attribution = _after(voice, verb, limit=9, stop_words=OBJECT_STOPS)
    if attribution is None:
        return None
    words = [word.lower() for word in WORD.findall(attribution.source)]
    if any(word in verb_forms() for word in words[1:]):
        return None
    return attribution


def _document_after_according(attribution: Attribution) -> Attribution:
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


def _inverted(voice: str, verb: re.Match) -> bool:
    """True for 'said Dan Keller' after a quote or comma."""
    before = voice[max(0, verb.start() - LOOK_BACK) : verb.start()].rstrip()
    return not before or before[-1] in ',”"—–-' or before.endswith(("’", "'"))


APPOSITIVE = re.compile(
    r"(?:who|which|whose|a|an|the|now|himself|herself|its|his|her|also|aged|one|"
    r"dated|published|released|written|seen|obtained|titled|signed|issued|based|"
    r"asked|speaking|writing|interviewed|quoted|reached|\d+)\b"
)
PARENTHETICAL = re.compile(r"\([^()]{1,60}\)")


def _before(voice: str, verb: re.Match) -> tuple[Attribution | None, bool]:
    """The subject before the verb, and whether an appositive was skipped."""
    # Only the stretch just before the verb can hold its subject; reading
    # back further would make a long sentence cost the square of its length.
    # Spaces stand in for what lies further back, so offsets stay the same.
    window_start = max(0, verb.start() - LOOK_BACK)
    # "(FSB)" and the like: blank, keeping offsets.
    left = " " * window_start + PARENTHETICAL.sub(
        lambda m: " " * len(m.group(0)), voice[window_start : verb.start()]
    )
    skipped_appositive = False
    # Skip appositives: "Councillor Ruth Adeyemi, who chairs the committee,".
    while True:
        stripped = left.rstrip()
        if not stripped.endswith(","):
            break
        inner_start = stripped.rfind(",", 0, len(stripped) - 1)
        if inner_start <= 0:
            break
        inner = stripped[inner_start + 1 : -1].strip().lower()
        if not APPOSITIVE.match(inner):
            break
        left = stripped[:inner_start]
        skipped_appositive = True
    tokens = list(WORD.finditer(left, window_start))
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
    while chosen and (
        chosen[-1].group(0).lower() in AUXILIARIES
        or (chosen[-1].group(0).endswith("ly") and chosen[-1].group(0).islower())
    ):
        chosen.pop()
    while chosen and chosen[0].group(0).lower() in AUXILIARIES:
        chosen.pop(0)
    if not chosen:
        return None, skipped_appositive
    start, end = chosen[0].start(), chosen[-1].end()
    attribution = _classify(
        voice, left[start:end], start, end, verb.start(), verb.end()
    )
    return attribution, skipped_appositive


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
    if VAGUE.search(source) or QUANTITY.match(source):
        return make(SourceKind.VAGUE)
    if lowered[-1] in ANONYMOUS_HEADS:
        return make(SourceKind.VAGUE)
    if (
        words[-1].islower()
        and lowered[-1] in plural_nouns()
        and not QUALIFIABLE.search(source)
    ):
        # "Opposition councillors", "Union members": a group, nobody named.
        return make(SourceKind.VAGUE)
    if _has_name(voice, source, start):
        # "Tarnby researchers", "analysts at Morrow Brothers": a named team.
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


def _has_name(voice: str, source: str, start: int) -> bool:
    """True when the source holds a proper noun, not just a capitalised word."""
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
        return True
    return False
