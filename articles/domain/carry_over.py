"""What earlier sentences establish for later ones: the source last named
(for "he said" and a quotation that goes on), and the speaker of a quotation
running over several sentences."""

from collections.abc import Sequence
from dataclasses import dataclass, field

from .chrome import ChromeMatch
from .labels import Label
from .page_furniture import classify_furniture_line
from .segmenting import TextSegment
from .source_kinds import Attribution
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


def resolve_pronoun(
    sentence: str, source: Attribution, index: int, context: ArticleContext
) -> tuple[Label, str]:
    """'he said' takes the source it points back to."""
    phrase = clip(sentence[source.start : source.end])
    earlier = context.source
    if earlier is not None and index - context.source_index <= CARRY_OVER_SENTENCES:
        if context.source_label == Label.SOURCED_CLAIM:
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
