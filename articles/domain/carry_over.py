"""What earlier sentences establish for later ones: the source last named
(for "he said" and a quotation that goes on), and the speaker of a quotation
running over several sentences."""

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from .chrome import ChromeMatch
from .labels import Label
from .lexicon import plural_nouns
from .page_furniture import classify_furniture_line
from .segmenting import TextSegment
from .source_heads import GROUP_NOUNS, split_source
from .source_kinds import NAMED_CROWDS, Attribution
from .source_words import CueSpan, sentence_subject
from .suggestions import Suggestion, clip, make_suggestion

# How many sentences back "he said" or a continued quotation may reach.
CARRY_OVER_SENTENCES = 4


@dataclass
class SentenceFact:
    """How one sentence got its label, for the pass over whole quotations."""

    starts_inside: bool = False
    ends_inside: bool = False
    paragraph: int = 0
    speaker: Attribution | None = None  # the sentence's own attribution
    speaker_label: Label | None = None
    is_weak: bool = False  # labeled only for want of an attribution


@dataclass
class ArticleContext:
    """What earlier sentences established, for the ones that follow."""

    source: Attribution | None = None
    source_label: Label = Label.SOURCED_CLAIM
    source_index: int = -10
    # Recent sentences without a source, as (index, writer's voice, whether
    # they say their subject stays anonymous): who they are about ("Harmon
    # disagreed.") is read only when a later "he said" needs it.
    unread_subjects: list[tuple[int, str, bool]] = field(default_factory=list)
    quote_open: bool = False
    paragraph: int = -1
    last_quoted_index: int = -10
    facts: list[SentenceFact] = field(default_factory=list)
    # Clutter is judged once per line, however many sentences it holds;
    # suggest_labels fills it for the whole page, so a line can be judged by
    # its neighbours (a caption above its credit).
    chrome_by_line: dict[int, ChromeMatch | None] = field(default_factory=dict)

    def line_chrome(self, line: str, line_start: int) -> ChromeMatch | None:
        if line_start not in self.chrome_by_line:
            self.chrome_by_line[line_start] = classify_furniture_line(line)
        return self.chrome_by_line[line_start]


def attribute_whole_quotations(
    segments: Sequence[TextSegment],
    suggestions: list[Suggestion],
    facts: list[SentenceFact],
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
                    said = clip(
                        segments[speakers[-1]].text[
                            speaker.speaker.start : speaker.speaker.end
                        ],
                        50,
                    )
                    identified = speaker.speaker_label == Label.SOURCED_CLAIM
                    result[member] = make_suggestion(
                        segment,
                        speaker.speaker_label,
                        # The speaker's words are in another sentence, so
                        # they are named without quotes: only this
                        # sentence's own words are highlighted.
                        f"The quotation goes on into a later sentence, where "
                        f"{said} "
                        + (
                            "names who is speaking."
                            if identified
                            else "does not make clear who is speaking."
                        ),
                        [],
                        0.75,
                        f"quotation_runs_on:{speaker.speaker_label.value}",
                    )
        index = group[-1] + 1
    return _quotations_before_their_speaker(segments, result, facts)


# A quotation that ends on "?" or "!" is cut from the speaker who follows it
# ('"Why now?" Harmon asked.'), so the speaker stands in the next sentence.
CLOSING_QUOTE = ("\u201d", '"')


def _quotations_before_their_speaker(
    segments: Sequence[TextSegment],
    suggestions: list[Suggestion],
    facts: list[SentenceFact],
) -> list[Suggestion]:
    result = list(suggestions)
    for index in range(len(facts) - 1):
        fact, following = facts[index], facts[index + 1]
        segment, next_segment = segments[index], segments[index + 1]
        speaker = following.speaker
        if (
            not fact.is_weak
            or speaker is None
            or following.speaker_label is None
            or next_segment.line != segment.line
            or not segment.text.rstrip().endswith(CLOSING_QUOTE)
            or next_segment.text[: speaker.start].strip()
        ):
            continue
        said = clip(next_segment.text[speaker.start : speaker.end], 50)
        identified = following.speaker_label == Label.SOURCED_CLAIM
        result[index] = make_suggestion(
            segment,
            following.speaker_label,
            f"The speaker is named right after the quotation: {said} "
            + (
                "names who is speaking."
                if identified
                else "does not make clear who is speaking."
            ),
            [],
            0.75,
            f"quotation_runs_on:{following.speaker_label.value}",
        )
    return result


def remember_source(
    context: ArticleContext,
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


def remember_mention(
    voice: str, index: int, context: ArticleContext, *, is_anonymous: bool = False
) -> None:
    """Keep a sentence without a source, so a "he said" that follows can
    point back to who it is about. Read lazily: most sentences are never
    pointed back to."""
    context.unread_subjects.append((index, voice, is_anonymous))
    del context.unread_subjects[: -CARRY_OVER_SENTENCES - 1]


def _mention(voice: str, is_anonymous: bool) -> tuple[Attribution, Label] | None:
    """Who a sentence without a source is about ("Harmon disagreed."). Only
    a person or body a reader can identify counts, "The bill passed" names
    nobody to point at, unless the sentence says its subject stays anonymous
    ("One resident, who declined to be identified, spoke outside")."""
    subject = sentence_subject(voice, CueSpan(len(voice), len(voice)), need_comma=False)
    if subject is None or not (is_anonymous or subject.kind.is_identifiable):
        return None
    label = Label.UNVERIFIED_ASSERTION if is_anonymous else Label.SOURCED_CLAIM
    # "Speaking in Tulsa, Harmon" and "Clark, for her part": the name, not
    # the clause or aside beside it.
    pieces = [piece.strip() for piece in subject.source.split(",")]
    named = [piece for piece in pieces if piece and not SCENE_SETTING.match(piece)]
    if named and named[0] != subject.source:
        start = subject.source_start + subject.source.index(named[0])
        subject = replace(
            subject,
            source=named[0],
            source_start=start,
            source_end=start + len(named[0]),
        )
    return subject, label


# Clauses that set the scene before a subject or aside after it.
SCENE_SETTING = re.compile(
    r"(?:[a-z]|\w+ing\b|(?:In|At|On|After|Before|During|From|With|For|As|Asked|"
    r"Earlier|Later|Afterwards|Meanwhile|However|Still|Yet|But|And)\b)"
)


def is_plural(attribution: Attribution) -> bool:
    """ "Officials", "Democrats", "police", "Harmon and Clark": no "he",
    "she" or "it" can point back to them."""
    parts = split_source(attribution.source)
    head = parts.head
    if head in GROUP_NOUNS or head in NAMED_CROWDS:
        return True
    if re.search(r"\s(?:and|&)\s", attribution.source[: parts.qualifier_start]):
        return True
    return (
        head.endswith("s")
        and head in plural_nouns()
        and not (parts.head_is_capitalised and attribution.kind.is_identifiable)
    )


def _antecedent(
    source: Attribution, index: int, context: ArticleContext
) -> tuple[Attribution, Label] | None:
    """The latest earlier source or mention the pronoun can point back to:
    "he", "she" and "it" only to one person or body, never to "officials"."""
    singular = source.pronoun in {"he", "she", "it"}
    candidates = []
    if context.source is not None:
        candidates.append((context.source_index, context.source, context.source_label))
    for earlier_index, voice, is_anonymous in reversed(context.unread_subjects):
        if index - earlier_index > CARRY_OVER_SENTENCES:
            break
        mention = _mention(voice, is_anonymous)
        if mention is not None:
            candidates.append((earlier_index, *mention))
            break
    for earlier_index, earlier, label in sorted(candidates, key=lambda c: -c[0]):
        if index - earlier_index > CARRY_OVER_SENTENCES:
            continue
        if singular and is_plural(earlier):
            continue
        return earlier, label
    return None


def resolve_pronoun(
    sentence: str, source: Attribution, index: int, context: ArticleContext
) -> tuple[Label, str]:
    """'he said' takes the source it points back to."""
    phrase = clip(sentence[source.start : source.end])
    found = _antecedent(source, index, context)
    if found is not None:
        earlier, label = found
        if label == Label.SOURCED_CLAIM:
            return (
                Label.SOURCED_CLAIM,
                f"'{phrase}' points back to {clip(earlier.source, 40)}, "
                "a named source.",
            )
        return (
            Label.UNVERIFIED_ASSERTION,
            f"'{phrase}' points back to {clip(earlier.source, 40)}, who is not "
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


def continued_quotation(
    layout, quoted_share: float, index: int, context: ArticleContext
) -> tuple[Label, str] | None:
    """A quotation that goes on from the sentence before takes its speaker."""
    if not layout.spans or quoted_share < 0.5:
        return None
    recent_quote = index - context.last_quoted_index <= 2
    recent_source = index - context.source_index <= 2
    if context.source is None or not (recent_quote and recent_source):
        return None
    who = clip(context.source.source, 40)
    if context.source_label == Label.SOURCED_CLAIM:
        return (
            Label.SOURCED_CLAIM,
            f"The quotation continues from {who}, named just before.",
        )
    return (
        Label.UNVERIFIED_ASSERTION,
        f"The quotation continues from {who}, who is not identified.",
    )
