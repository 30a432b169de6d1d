"""Editorial appeal: what, in the writer's own words, works on the reader
rather than informs, each piece weighed as evidence."""

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .labels import Label
from .lexicon import (
    CALL_TO_ACTION_WORDS,
    INTENSIFIERS,
    LOADED_WORDS,
    MILD_LOADED,
    MILD_OPINION_PHRASES,
    OPINION_PHRASES,
    PITCH,
    READER_ADDRESS,
    SCARE_QUOTES,
    WRITER_WE,
    base_verbs,
    emotive_words,
    subjective_adjectives,
)
from .opinion_model import read_opinion
from .segmenting import TextSegment
from .suggestions import Suggestion, clip, make_suggestion

LOADED = re.compile(rf"\b(?:{LOADED_WORDS})\b", re.IGNORECASE)
ADJECTIVE = re.compile(r"\b[a-z]{4,}\b")
# Where an order can begin: the sentence's first letter, or the first letter
# after a colon or semicolon.
CLAUSE_START = re.compile(r"(?:^|[:;])[^A-Za-z:;]*(?=[A-Za-z])")
ORDER_WORD = re.compile(CALL_TO_ACTION_WORDS, re.IGNORECASE)
FIRST_WORD = re.compile(r"([A-Za-z][a-z]+)\b(?![’'-])")
# Only the first few clauses: enough for real sentences, and a line of
# thousands of semicolons stays cheap.
CLAUSES_CHECKED = 4
SLOGAN = re.compile(
    r"^\W*(?:not\s+a\s+\w+\s+more|no\s+more\b|enough\b|never\s+again\b|"
    r"time\s+(?:to|for)\b|(?:yet\s+)?another\s+[\w-]+(?:\s+[\w-]+)?,\s+another\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Evidence:
    weight: float
    start: int  # offsets into the sentence
    end: int
    reason: str  # completes "'<words>' ..."


def appeal_evidence(
    voice: str, quoted_share: float = 0.0, source_kinds: Iterable[str] = ()
) -> list[Evidence]:
    """What, in the writer's own words, works on the reader rather than informs
    (the quoted share and the kinds of source found help the opinion model)."""
    found = []
    # An order can open the sentence or any clause after a colon or
    # semicolon: "Never miss a goal: download the app today."
    for number, clause in enumerate(CLAUSE_START.finditer(voice)):
        if number == CLAUSES_CHECKED:
            break
        position = clause.end()
        action = ORDER_WORD.match(voice, position)
        first_word = FIRST_WORD.match(voice, position)
        if action and not voice.startswith(("Read more", "Share"), position):
            start, end, weight = *action.span(), 2.0
        elif (
            first_word
            and first_word.group(1).lower() in base_verbs()
            and not voice.rstrip().endswith("?")
            # "Update: the road has reopened" is a rubric, not an order.
            and not voice.startswith(":", first_word.end())
        ):
            start, end, weight = *first_word.span(1), 1.5
        else:
            continue
        found.append(Evidence(weight, start, end, "tells the reader to act"))
        break
    slogan = SLOGAN.match(voice)
    if slogan:
        found.append(Evidence(1.5, *slogan.span(), "is a slogan, not a report"))
    for match in PITCH.finditer(voice):
        found.append(Evidence(2.0, *match.span(), "asks the reader for support"))
    question = voice.rfind("?")
    if question != -1:
        found.append(
            Evidence(
                2.0,
                max(0, question - 40),
                question + 1,
                "is a question put to the reader rather than a report",
            )
        )
    for match in READER_ADDRESS.finditer(voice):
        found.append(Evidence(1.5, *match.span(), "speaks to the reader directly"))
        break
    for match in WRITER_WE.finditer(voice):
        found.append(
            Evidence(1.0, *match.span(), "is the writer speaking for themselves")
        )
        break
    exclamation = voice.find("!")
    if exclamation != -1:
        found.append(Evidence(1.0, exclamation, exclamation + 1, "adds emotion"))
    for match in LOADED.finditer(voice):
        word = match.group(0).lower().replace(" ", "_")
        weight = 0.5 if word in MILD_LOADED else 1.0
        found.append(
            Evidence(
                weight, *match.span(), "is loaded wording in the writer's own voice"
            )
        )
    for match in OPINION_PHRASES.finditer(voice):
        found.append(Evidence(1.0, *match.span(), "is the writer's own judgement"))
    for match in MILD_OPINION_PHRASES.finditer(voice):
        found.append(Evidence(0.5, *match.span(), "is the writer's own judgement"))
    for match in INTENSIFIERS.finditer(voice):
        found.append(Evidence(0.6, *match.span(), "turns up the feeling"))
    for match in SCARE_QUOTES.finditer(voice):
        found.append(Evidence(0.8, *match.span(1), "is put in scare quotes to mock it"))
    # The model's reading is worth evidence by how sure it is, on a table
    # chosen by cross-validation and shipped with its weights.
    opinion = read_opinion(voice, quoted_share, source_kinds)
    for start, end in opinion.strongest:
        found.append(
            Evidence(
                opinion.weight / len(opinion.strongest),
                start,
                end,
                "reads as the writer's opinion",
            )
        )
    adjectives = subjective_adjectives()
    emotive = emotive_words()
    for match in ADJECTIVE.finditer(voice):
        word = match.group(0)
        if LOADED.fullmatch(word):
            continue
        strength = max(0.6 * adjectives.get(word, 0), 0.6 * emotive.get(word, 0))
        if strength:
            found.append(
                Evidence(
                    strength, *match.span(), "is a judgement in the writer's own voice"
                )
            )
    return found


def appeal_suggestion(
    segment: TextSegment, evidence: list[Evidence], weight: float
) -> Suggestion:
    strongest = max(evidence, key=lambda item: item.weight)
    words = segment.text[strongest.start : strongest.end].strip()
    if strongest.reason.startswith("is a question"):
        rationale = "The sentence is a question put to the reader, not a report."
    else:
        rationale = f"'{clip(words)}' {strongest.reason}."
    cues = [(item.start, item.end) for item in evidence if item.weight >= 0.5]
    confidence = min(0.95, 0.55 + 0.12 * weight)
    return make_suggestion(segment, Label.EDITORIAL_APPEAL, rationale, cues, confidence)
