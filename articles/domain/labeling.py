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
from dataclasses import replace

from .attribution import anonymity_marker, find_attributions
from .carry_over import (
    ArticleContext,
    SentenceFact,
    attribute_whole_quotations,
    continued_quotation,
    remember_mention,
    remember_source,
    resolve_pronoun,
)
from .chrome import ChromeMatch
from .claim_words import unsourced_claim
from .editorial_appeal import appeal_evidence, appeal_suggestion
from .labels import Label
from .lexicon import HEDGES
from .opinion_structure import without_false_sources
from .outlet_pitches import find_outlet_pitch
from .page_furniture import classify_page, glued_marker_end
from .quotes import quote_layout, writer_voice
from .segmenting import TextSegment
from .source_kinds import Attribution, SourceKind
from .source_wording import source_rationale
from .suggestions import Suggestion, clip, make_suggestion

# "Why are teachers unhappy?" on a line of its own introduces the section
# that answers it: no claim, and not a rhetorical question.
SUBHEAD_QUESTION = re.compile(
    r"^(?=(?:Why|How|What|Which|Where|When|Who|Whose|Is|Are|Can|Will|Does|Do)\b"
    r"[^.!?]{0,60}\?$)(?P<opener>\w+(?:\s+[\w’']+)?)"
)
# What makes a question rhetorical rather than a subhead: it presses a point.
# "wasn't" ends in "n't" inside the word, so that cue has no leading \b.
RHETORICAL = re.compile(
    r"\b(?:must|should|ought|more|ever|really|anyone|anybody|nobody|dare|"
    r"not|never|still|finally|even|exactly|seriously|honestly|again|always)\b|"
    r"n[’']t\b|\bhow\s+(?:long|many|much)\b|"
    # "Who will stop them?": the people it points back at are the ones it
    # blames; an explainer's "What are they asking for?" only asks.
    r"\b(?:them|these\s+people|those\s+responsible)\b|"
    # Being let or left to a harm presumes somebody failed.
    r"\b(?:allowed|permitted|left)\s+(?:to|off|out|behind)\b|"
    r"\b(?:ignored|overlooked|snubbed|neglected|abandoned|forgotten)\b|"
    # Who will answer for it, not who may apply.
    r"\bwho\s+(?:will|would|is\s+going\s+to)\s+(?:stop|stand\s+up|speak\s+up|"
    r"protect|defend|answer|pay\s+for|take\s+responsibility|be\s+held)\b",
    re.IGNORECASE,
)

# Editorial evidence needed to label a sentence an appeal, by what else it has.
APPEAL_WITHOUT_SOURCE = 0.8
APPEAL_OVER_VAGUE_SOURCE = 2.0  # "the wording carries the sentence"
APPEAL_OVER_NAMED_SOURCE = 2.5


def suggest_labels(text: str, segments: Sequence[TextSegment]) -> list[Suggestion]:
    """One suggestion per segment, in order; `text` is what the offsets index."""
    context = ArticleContext(chrome_by_line=classify_page(text))
    suggestions = []
    for index, segment in enumerate(segments):
        if segment.paragraph != context.paragraph:
            # A quotation left open at a paragraph's end is reopened with a
            # new quote mark in the next, by convention.
            context.quote_open = False
            context.paragraph = segment.paragraph
        context.facts.append(SentenceFact(paragraph=segment.paragraph))
        # A question that ends the text has nothing after it to introduce.
        is_last = index == len(segments) - 1 and index > 0
        suggestions.append(_suggest(text, segment, index, context, is_last))
    return attribute_whole_quotations(segments, suggestions, context.facts)


def writer_attributions(voice: str) -> list[Attribution]:
    """The attributions in the writer's words, less those that only look
    like one ("Nobody believes", "Viewpoint:"): what labeling and the
    explanation of a changed label both read."""
    return without_false_sources(voice, find_attributions(voice))


def _suggest(
    text: str,
    segment: TextSegment,
    index: int,
    context: ArticleContext,
    is_last: bool = False,
) -> Suggestion:
    sentence = segment.text
    # The outlet's own pitch or self-praise is an appeal, even where its
    # line would read as the page's sign-up box.
    pitch = None if context.quote_open else find_outlet_pitch(sentence)
    if pitch is not None:
        return make_suggestion(
            segment,
            Label.EDITORIAL_APPEAL,
            pitch.rationale,
            list(pitch.cues),
            pitch.confidence,
        )
    line, line_start = _line_of(text, segment)
    chrome = context.line_chrome(line, line_start)
    if chrome is not None and _chrome_covers(chrome, line, line_start, segment):
        context.quote_open = False
        decisive = (
            max(chrome.start + line_start, segment.start) - segment.start,
            min(chrome.end + line_start, segment.end) - segment.start,
        )
        # Name only the clutter's words inside this sentence, so they are
        # the words highlighted.
        inside = sentence[decisive[0] : max(decisive)].strip()
        words = f"'{clip(inside)}'" if inside else "This line"
        return make_suggestion(
            segment,
            Label.NONE,
            f"{words} is {chrome.kind}, not a claim to judge.",
            [decisive] if decisive[1] > decisive[0] else [],
            0.9,
            "chrome",
        )
    marker_end = glued_marker_end(sentence)
    if marker_end:
        # Blanked, not cut, so every offset still points into the segment.
        sentence = " " * marker_end + sentence[marker_end:]
        segment = replace(segment, text=sentence)

    layout = quote_layout(sentence, starts_inside=context.quote_open)
    context.quote_open = layout.ends_inside
    fact = context.facts[-1]
    fact.starts_inside, fact.ends_inside = layout.starts_inside, layout.ends_inside
    voice = writer_voice(sentence, layout)
    attributions = writer_attributions(voice)
    # In the writer's voice only: "anonymous" inside a quotation belongs to
    # the speaker.
    anonymity = anonymity_marker(voice, attributions)
    quoted_share = layout.quoted_share(len(sentence))
    appeal = appeal_evidence(
        voice, quoted_share, [attribution.kind.value for attribution in attributions]
    )
    appeal_weight = sum(evidence.weight for evidence in appeal)
    hedge = HEDGES.search(voice)
    subhead = None if is_last else _subhead_question(line, sentence, appeal)
    if subhead is not None:
        return make_suggestion(
            segment,
            Label.NONE,
            f"'{subhead.group('opener')}' opens a question on a line of its own, "
            "like a subhead asking what the next lines answer: it makes no claim.",
            [subhead.span("opener")],
            0.6,
            "subhead_question",
        )

    source = _best_source(attributions)
    if source is None:
        remember_mention(voice, index, context, is_anonymous=anonymity is not None)
    if source is not None and source.kind == SourceKind.PRONOUN:
        source_label, rationale = resolve_pronoun(sentence, source, index, context)
        fact.speaker, fact.speaker_label = source, source_label
        if appeal_weight >= APPEAL_OVER_NAMED_SOURCE:
            return appeal_suggestion(segment, appeal, appeal_weight)
        context.source_index = index
        if layout.spans:
            context.last_quoted_index = index
        return make_suggestion(
            segment,
            source_label,
            rationale,
            [(source.start, source.end)],
            0.75,
            f"pronoun:{source_label.value}",
        )

    if anonymity is not None:
        remember_source(context, source, Label.UNVERIFIED_ASSERTION, index, layout)
        if appeal_weight >= APPEAL_OVER_VAGUE_SOURCE:
            return appeal_suggestion(segment, appeal, appeal_weight)
        return make_suggestion(
            segment,
            Label.UNVERIFIED_ASSERTION,
            f"'{anonymity.group(0)}': the source stays anonymous, so nobody can "
            "check the claim.",
            [anonymity.span()],
            0.85,
            "anonymous",
        )

    if source is not None and source.kind.is_identifiable:
        remember_source(context, source, Label.SOURCED_CLAIM, index, layout)
        if appeal_weight >= APPEAL_OVER_NAMED_SOURCE:
            return appeal_suggestion(segment, appeal, appeal_weight)
        rationale, span, basis = source_rationale(sentence, source)
        confidence = 0.9 if source.kind != SourceKind.ROLE else 0.8
        return make_suggestion(
            segment, Label.SOURCED_CLAIM, rationale, [span], confidence, basis
        )

    if source is not None:  # vague or unnamed
        remember_source(context, source, Label.UNVERIFIED_ASSERTION, index, layout)
        if appeal_weight >= APPEAL_OVER_VAGUE_SOURCE:
            return appeal_suggestion(segment, appeal, appeal_weight)
        rationale, span, basis = source_rationale(sentence, source)
        return make_suggestion(
            segment, Label.UNVERIFIED_ASSERTION, rationale, [span], 0.8, basis
        )

    continued = continued_quotation(layout, quoted_share, index, context)
    if continued is not None:
        label, rationale = continued
        fact.is_weak = True
        context.source_index = index
        context.last_quoted_index = index
        return make_suggestion(
            segment,
            label,
            rationale,
            list(layout.spans[:1]),
            0.75,
            f"quotation_continues:{label.value}",
        )

    if appeal_weight >= APPEAL_WITHOUT_SOURCE:
        return appeal_suggestion(segment, appeal, appeal_weight)

    fact.is_weak = True
    if layout.spans and quoted_share >= 0.5:
        context.last_quoted_index = index
        if context.source is not None and context.source_label == Label.SOURCED_CLAIM:
            # Real articles almost always name who they quote, if not always
            # in the sentence before: likely the speaker named earlier.
            return make_suggestion(
                segment,
                Label.SOURCED_CLAIM,
                "The quotation has no speaker in this sentence; it probably "
                f"continues from {clip(context.source.source, 40)}. Check who is "
                "speaking.",
                list(layout.spans[:1]),
                0.55,
                "quotation_probably_continues",
            )
        return make_suggestion(
            segment,
            Label.UNVERIFIED_ASSERTION,
            f"'{clip(sentence[slice(*layout.spans[0])].strip(), 40)}' is quoted, "
            "but no speaker is named, so a reader cannot tell who said it.",
            list(layout.spans[:1]),
            0.6,
            "quotation_no_speaker",
        )
    if hedge is not None:
        fact.is_weak = False
        return make_suggestion(
            segment,
            Label.UNVERIFIED_ASSERTION,
            f"'{hedge.group(0)}' hedges the claim without saying who makes it.",
            [hedge.span()],
            0.8,
            "hedge",
        )
    # Nothing decides: name the claim's words, say what to look for, and
    # leave the confidence low so the teacher checks it.
    unsourced = unsourced_claim(sentence, voice, appeal_weight)
    return make_suggestion(
        segment,
        Label.UNVERIFIED_ASSERTION,
        unsourced.rationale,
        [unsourced.span] if unsourced.span else [],
        0.6 if appeal_weight == 0 else 0.5,
        unsourced.basis,
    )


def _subhead_question(line: str, sentence: str, appeal: list) -> re.Match | None:
    """A plain question alone on its line, which introduces what follows;
    one that presses a point, or carries any other appeal, is the writer's."""
    if line.strip() != sentence or RHETORICAL.search(sentence):
        return None
    if not all(item.reason.startswith("is a question") for item in appeal):
        return None
    return SUBHEAD_QUESTION.match(sentence)


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
