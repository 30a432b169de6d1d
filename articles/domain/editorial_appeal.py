"""Editorial appeal: what, in the writer's own words, works on the reader
rather than informs, each piece weighed as evidence."""

import re
from dataclasses import dataclass

from .labels import Label
from .lexicon import (
    CALL_TO_ACTION_WORDS,
    MILD_OPINION_PHRASES,
    OPINION_PHRASES,
    PITCH,
    READER_ADDRESS,
    SCARE_QUOTES,
    WRITER_WE,
    base_verbs,
)
from .loaded_words import find_loaded_words
from .opinion_model import read_opinion
from .segmenting import TextSegment
from .suggestions import Suggestion, clip, make_suggestion
from .word_context import is_news_about_giving, opens_with_a_noun

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
# The opinion model adds evidence only when it is fairly sure, and never
# decides alone against a clear source.
OPINION_LIKELY = 0.85
OPINION_VERY_LIKELY = 0.95


@dataclass(frozen=True)
class Evidence:
    weight: float
    start: int  # offsets into the sentence
    end: int
    reason: str  # completes "'<words>' ..."


def appeal_evidence(voice: str) -> list[Evidence]:
    """What, in the writer's own words, works on the reader rather than informs."""
    found = []
    # An order can open the sentence or any clause after a colon or
    # semicolon: "Never miss a goal: download the app today."
    for number, clause in enumerate(CLAUSE_START.finditer(voice)):
        if number == CLAUSES_CHECKED:
            break
        position = clause.end()
        action = ORDER_WORD.match(voice, position)
        first_word = FIRST_WORD.match(voice, position)
        if (
            action
            and not voice.startswith(("Read more", "Share"), position)
            and not opens_with_a_noun(voice, action.end())
        ):
            start, end, weight = *action.span(), 2.0
        elif (
            first_word
            and first_word.group(1).lower() in base_verbs()
            and not voice.rstrip().endswith("?")
            # "Update: the road has reopened" is a rubric, not an order.
            and not voice.startswith(":", first_word.end())
            and not opens_with_a_noun(voice, first_word.end())
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
        if is_news_about_giving(voice, match.group(0)):
            continue
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
    for loaded in find_loaded_words(voice):
        found.append(Evidence(loaded.weight, loaded.start, loaded.end, loaded.reason))
    for match in OPINION_PHRASES.finditer(voice):
        found.append(Evidence(1.0, *match.span(), "is the writer's own judgement"))
    for match in MILD_OPINION_PHRASES.finditer(voice):
        found.append(Evidence(0.5, *match.span(), "is the writer's own judgement"))
    for match in SCARE_QUOTES.finditer(voice):
        found.append(Evidence(0.8, *match.span(1), "is put in scare quotes to mock it"))
    opinion = read_opinion(voice)
    if opinion.probability >= OPINION_LIKELY and opinion.strongest:
        weight = 1.0 if opinion.probability >= OPINION_VERY_LIKELY else 0.5
        for start, end in opinion.strongest:
            found.append(
                Evidence(weight / 2, start, end, "reads as the writer's opinion")
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
