"""Suggest a label for every sentence of an article, with the reason why.

The rules follow the labeling guideline: an identifiable source makes a
sourced claim; a vague, anonymous or missing source (or a hedge) an
unverified assertion; wording that works on the reader in the writer's own
voice an editorial appeal; page clutter none. Attribution carries over to a
quotation continued in the next sentence and to "he said" after a named
source.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from .attribution import Attribution, SourceKind, anonymity_marker, find_attributions
from .chrome import ChromeMatch, classify_line
from .labels import Label
from .lexicon import (
    CALL_TO_ACTION_WORDS,
    HEDGES,
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
from .quotes import quote_layout, writer_voice
from .segmenting import TextSegment

UNSURE_BELOW = 0.65
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
# "Why are teachers unhappy?" on a line of its own introduces the section
# that answers it: no claim, and not a rhetorical question.
SUBHEAD_QUESTION = re.compile(
    r"^(?:Why|How|What|Which|Where|When|Who|Whose|Is|Are|Can|Will|Does|Do)\b"
    r"[^.!?]{0,60}\?$"
)
# What makes a question rhetorical rather than a subhead: it presses a point.
RHETORICAL = re.compile(
    r"\b(?:must|should|ought|more|ever|really|anyone|anybody|nobody|dare|"
    r"n[’']t|not|never|still)\b|\bhow\s+(?:long|many|much)\b",
    re.IGNORECASE,
)
# How many sentences back "he said" or a continued quotation may reach.
CARRY_OVER_SENTENCES = 4

# Editorial evidence needed to label a sentence an appeal, by what else it has.
APPEAL_WITHOUT_SOURCE = 0.8
APPEAL_OVER_VAGUE_SOURCE = 2.0  # "the wording carries the sentence"
APPEAL_OVER_NAMED_SOURCE = 2.5
# The opinion model adds evidence only when it is fairly sure, and never
# decides alone against a clear source.
OPINION_LIKELY = 0.85
OPINION_VERY_LIKELY = 0.95


@dataclass(frozen=True)
class Suggestion:
    label: Label
    rationale: str
    cues: tuple[tuple[int, int], ...]  # decisive words, offsets into the text
    confidence: float

    @property
    def is_unsure(self) -> bool:
        return self.confidence < UNSURE_BELOW


@dataclass(frozen=True)
class Evidence:
    weight: float
    start: int  # offsets into the sentence
    end: int
    reason: str  # completes "'<words>' ..."


@dataclass
class _Fact:
    """How one sentence got its label, for the pass over whole quotations."""

    starts_inside: bool = False
    ends_inside: bool = False
    paragraph: int = 0
    speaker: Attribution | None = None  # the sentence's own attribution
    speaker_label: Label | None = None
    is_weak: bool = False  # labeled only for want of an attribution


@dataclass
class _Context:
    """What earlier sentences established, for the ones that follow."""

    source: Attribution | None = None
    source_label: Label = Label.SOURCED_CLAIM
    source_index: int = -10
    quote_open: bool = False
    paragraph: int = -1
    last_quoted_index: int = -10
    facts: list[_Fact] = field(default_factory=list)
    # Clutter is judged once per line, however many sentences it holds.
    chrome_by_line: dict[int, ChromeMatch | None] = field(default_factory=dict)

    def line_chrome(self, line: str, line_start: int) -> ChromeMatch | None:
        if line_start not in self.chrome_by_line:
            self.chrome_by_line[line_start] = classify_line(line)
        return self.chrome_by_line[line_start]


def suggest_labels(text: str, segments: Sequence[TextSegment]) -> list[Suggestion]:
    """One suggestion per segment, in order; `text` is what the offsets index."""
    context = _Context()
    suggestions = []
    for index, segment in enumerate(segments):
        if segment.paragraph != context.paragraph:
            # A quotation left open at a paragraph's end is reopened with a
            # new quote mark in the next, by convention.
            context.quote_open = False
            context.paragraph = segment.paragraph
        context.facts.append(_Fact(paragraph=segment.paragraph))
        suggestions.append(_suggest(text, segment, index, context))
    return _attribute_whole_quotations(segments, suggestions, context.facts)


def _attribute_whole_quotations(
    segments: Sequence[TextSegment], suggestions: list[Suggestion], facts: list[_Fact]
) -> list[Suggestion]:
    """A quotation running over several sentences belongs to the speaker named
    anywhere in it, often only at its end ("...Sunday,” he said.)."""
    result = list(suggestions)
    index = 0
    while index < len(facts):
        group = [index]
        while (
            facts[group[-1]].ends_inside
            and group[-1] + 1 < len(facts)
            and facts[group[-1] + 1].starts_inside
            and facts[group[-1] + 1].paragraph == facts[index].paragraph
        ):
            group.append(group[-1] + 1)
        speakers = [member for member in group if facts[member].speaker is not None]
        if len(group) > 1 and speakers:
            speaker = facts[speakers[-1]]
            for member in group:
                if facts[member].is_weak:
                    segment = segments[member]
                    said = _clip(
                        segments[speakers[-1]].text[
                            speaker.speaker.start : speaker.speaker.end
                        ],
                        50,
                    )
                    identified = speaker.speaker_label == Label.SOURCED_CLAIM
                    result[member] = _suggestion(
                        segment,
                        speaker.speaker_label,
                        f"The quotation runs on to '{said}', which "
                        + (
                            "names who is speaking."
                            if identified
                            else "does not identify the speaker."
                        ),
                        [],
                        0.75,
                    )
        index = group[-1] + 1
    return result


def _suggest(
    text: str, segment: TextSegment, index: int, context: _Context
) -> Suggestion:
    sentence = segment.text
    line, line_start = _line_of(text, segment)
    chrome = context.line_chrome(line, line_start)
    if chrome is not None and _chrome_covers(chrome, line, line_start, segment):
        context.quote_open = False
        decisive = (
            max(chrome.start + line_start, segment.start) - segment.start,
            min(chrome.end + line_start, segment.end) - segment.start,
        )
        return _suggestion(
            segment,
            Label.NONE,
            f"'{_clip(line[chrome.start : chrome.end].strip())}' is {chrome.kind}, "
            "not a claim to judge.",
            [decisive] if decisive[1] > decisive[0] else [],
            0.9,
        )

    layout = quote_layout(sentence, starts_inside=context.quote_open)
    context.quote_open = layout.ends_inside
    fact = context.facts[-1]
    fact.starts_inside, fact.ends_inside = layout.starts_inside, layout.ends_inside
    voice = writer_voice(sentence, layout)
    attributions = find_attributions(voice)
    # In the writer's voice only: "anonymous" inside a quotation belongs to
    # the speaker.
    anonymity = anonymity_marker(voice)
    appeal = _appeal_evidence(voice)
    appeal_weight = sum(evidence.weight for evidence in appeal)
    hedge = HEDGES.search(voice)
    quoted_share = layout.quoted_share(len(sentence))
    if (
        line.strip() == sentence
        and SUBHEAD_QUESTION.match(sentence)
        and not RHETORICAL.search(sentence)
        and all(item.reason.startswith("is a question") for item in appeal)
    ):
        return _suggestion(
            segment,
            Label.NONE,
            "A question on its own line that introduces what follows: it makes "
            "no claim.",
            [],
            0.6,
        )

    source = _best_source(attributions)
    if source is not None and source.kind == SourceKind.PRONOUN:
        source_label, rationale = _resolve_pronoun(sentence, source, index, context)
        fact.speaker, fact.speaker_label = source, source_label
        if appeal_weight >= APPEAL_OVER_NAMED_SOURCE:
            return _appeal(segment, appeal, appeal_weight)
        context.source_index = index
        if layout.spans:
            context.last_quoted_index = index
        return _suggestion(
            segment, source_label, rationale, [(source.start, source.end)], 0.75
        )

    if anonymity is not None:
        _remember(context, source, Label.UNVERIFIED_ASSERTION, index, layout)
        if appeal_weight >= APPEAL_OVER_VAGUE_SOURCE:
            return _appeal(segment, appeal, appeal_weight)
        return _suggestion(
            segment,
            Label.UNVERIFIED_ASSERTION,
            f"'{anonymity.group(0)}': the source stays anonymous, so nobody can "
            "check the claim.",
            [anonymity.span()],
            0.85,
        )

    if source is not None and source.kind.is_identifiable:
        _remember(context, source, Label.SOURCED_CLAIM, index, layout)
        if appeal_weight >= APPEAL_OVER_NAMED_SOURCE:
            return _appeal(segment, appeal, appeal_weight)
        phrase = sentence[source.start : source.end]
        reason = {
            SourceKind.NAMED: "names the source",
            SourceKind.ROLE: "names who is speaking",
            SourceKind.DOCUMENT: "names where the information comes from",
        }[source.kind]
        confidence = 0.9 if source.kind != SourceKind.ROLE else 0.8
        return _suggestion(
            segment,
            Label.SOURCED_CLAIM,
            f"'{_clip(phrase)}' {reason}.",
            [(source.start, source.end)],
            confidence,
        )

    if source is not None:  # vague or unnamed
        _remember(context, source, Label.UNVERIFIED_ASSERTION, index, layout)
        if appeal_weight >= APPEAL_OVER_VAGUE_SOURCE:
            return _appeal(segment, appeal, appeal_weight)
        who = source.source
        reason = (
            "does not say who"
            if source.kind == SourceKind.VAGUE
            else "is not someone a reader can identify or check"
        )
        return _suggestion(
            segment,
            Label.UNVERIFIED_ASSERTION,
            f"'{_clip(who)}' {reason}.",
            [(source.source_start, source.source_end)],
            0.8,
        )

    continued = _continued_quotation(layout, quoted_share, index, context)
    if continued is not None:
        label, rationale = continued
        fact.is_weak = True
        context.source_index = index
        context.last_quoted_index = index
        return _suggestion(segment, label, rationale, list(layout.spans[:1]), 0.75)

    if appeal_weight >= APPEAL_WITHOUT_SOURCE:
        return _appeal(segment, appeal, appeal_weight)

    fact.is_weak = True
    if layout.spans and quoted_share >= 0.5:
        context.last_quoted_index = index
        if context.source is not None and context.source_label == Label.SOURCED_CLAIM:
            # Real articles almost always name who they quote, if not always
            # in the sentence before: likely the speaker named earlier.
            return _suggestion(
                segment,
                Label.SOURCED_CLAIM,
                "The quotation has no speaker in this sentence; it probably "
                f"continues from {_clip(context.source.source, 40)}. Check who is "
                "speaking.",
                list(layout.spans[:1]),
                0.55,
            )
        return _suggestion(
            segment,
            Label.UNVERIFIED_ASSERTION,
            "The quotation has no named speaker, so a reader cannot tell who said it.",
            list(layout.spans[:1]),
            0.6,
        )
    if hedge is not None:
        fact.is_weak = False
        return _suggestion(
            segment,
            Label.UNVERIFIED_ASSERTION,
            f"'{hedge.group(0)}' hedges the claim without saying who makes it.",
            [hedge.span()],
            0.8,
        )
    return _suggestion(
        segment,
        Label.UNVERIFIED_ASSERTION,
        "No source is given, so a reader cannot check where this comes from.",
        [],
        0.6 if appeal_weight == 0 else 0.5,
    )


def _best_source(attributions: list[Attribution]) -> Attribution | None:
    """The most identifiable source the sentence names."""
    order = [
        SourceKind.NAMED,
        SourceKind.DOCUMENT,
        SourceKind.ROLE,
        SourceKind.PRONOUN,
        SourceKind.VAGUE,
        SourceKind.ANONYMOUS,
        SourceKind.UNNAMED,
    ]
    if not attributions:
        return None
    return min(attributions, key=lambda attribution: order.index(attribution.kind))


def _remember(
    context: _Context,
    source: Attribution | None,
    label: Label,
    index: int,
    layout,
) -> None:
    if source is not None:
        context.facts[-1].speaker = source
        context.facts[-1].speaker_label = label
        context.source = source
        context.source_label = label
        context.source_index = index
    if layout.spans:
        context.last_quoted_index = index


def _resolve_pronoun(
    sentence: str, source: Attribution, index: int, context: _Context
) -> tuple[Label, str]:
    """'he said' takes the source it points back to."""
    phrase = _clip(sentence[source.start : source.end])
    earlier = context.source
    if earlier is not None and index - context.source_index <= CARRY_OVER_SENTENCES:
        if context.source_label == Label.SOURCED_CLAIM:
            return (
                Label.SOURCED_CLAIM,
                f"'{phrase}' points back to {_clip(earlier.source, 40)}, "
                "a named source.",
            )
        return (
            Label.UNVERIFIED_ASSERTION,
            f"'{phrase}' points back to {_clip(earlier.source, 40)}, who is not "
            "identified.",
        )
    if source.pronoun in {"he", "she", "it"}:
        return (
            Label.SOURCED_CLAIM,
            f"'{phrase}' refers to a particular person or body named in the article.",
        )
    return (
        Label.UNVERIFIED_ASSERTION,
        f"'{phrase}': it is not clear who is speaking.",
    )


def _continued_quotation(
    layout, quoted_share: float, index: int, context: _Context
) -> tuple[Label, str] | None:
    """A quotation that goes on from the sentence before takes its speaker."""
    if not layout.spans or quoted_share < 0.5:
        return None
    recent_quote = index - context.last_quoted_index <= 2
    recent_source = index - context.source_index <= 2
    if context.source is None or not (recent_quote and recent_source):
        return None
    who = _clip(context.source.source, 40)
    if context.source_label == Label.SOURCED_CLAIM:
        return (
            Label.SOURCED_CLAIM,
            f"The quotation continues from {who}, named just before.",
        )
    return (
        Label.UNVERIFIED_ASSERTION,
        f"The quotation continues from {who}, who is not identified.",
    )


def _appeal_evidence(voice: str) -> list[Evidence]:
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
    opinion = read_opinion(voice)
    if opinion.probability >= OPINION_LIKELY and opinion.strongest:
        weight = 1.0 if opinion.probability >= OPINION_VERY_LIKELY else 0.5
        for start, end in opinion.strongest:
            found.append(
                Evidence(weight / 2, start, end, "reads as the writer's opinion")
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


def _appeal(
    segment: TextSegment, evidence: list[Evidence], weight: float
) -> Suggestion:
    strongest = max(evidence, key=lambda item: item.weight)
    words = segment.text[strongest.start : strongest.end].strip()
    if strongest.reason.startswith("is a question"):
        rationale = "The sentence is a question put to the reader, not a report."
    else:
        rationale = f"'{_clip(words)}' {strongest.reason}."
    cues = [(item.start, item.end) for item in evidence if item.weight >= 0.5]
    confidence = min(0.95, 0.55 + 0.12 * weight)
    return _suggestion(segment, Label.EDITORIAL_APPEAL, rationale, cues, confidence)


def _suggestion(
    segment: TextSegment,
    label: Label,
    rationale: str,
    cues: list[tuple[int, int]],
    confidence: float,
) -> Suggestion:
    absolute = tuple(
        sorted({(segment.start + start, segment.start + end) for start, end in cues})
    )
    return Suggestion(label, rationale, absolute, round(confidence, 2))


# A caption is a sentence or two before its credit; a longer line that ends
# in a credit is article text with a credit glued on.
CAPTION_MAX_WORDS = 30


def _chrome_covers(
    chrome: ChromeMatch, line: str, line_start: int, segment: TextSegment
) -> bool:
    """Whether the line's clutter match makes this segment clutter too."""
    whole_line = chrome.start <= len(line) - len(line.lstrip()) and chrome.end >= len(
        line.rstrip()
    )
    if whole_line or len(line[: chrome.start].split()) <= CAPTION_MAX_WORDS:
        return True
    return segment.end > line_start + chrome.start


def _line_of(text: str, segment: TextSegment) -> tuple[str, int]:
    """The whole line the segment is on, and where it starts: clutter such as
    a photo caption with its credit is recognised line by line."""
    line_start = text.rfind("\n", 0, segment.start) + 1
    line_end = text.find("\n", segment.end)
    return text[line_start : line_end if line_end != -1 else len(text)], line_start


def _clip(words: str, limit: int = 60) -> str:
    words = " ".join(words.split())
    return words if len(words) <= limit else words[: limit - 1].rstrip() + "…"
