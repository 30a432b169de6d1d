"""Text in, labeled sentences out: the whole pipeline without Django."""

from dataclasses import dataclass, replace

from .cleaning import clean_with_offsets
from .labeling import suggest_labels
from .segmenting import TextSegment, split_sentences, unify_line_endings
from .suggestions import Suggestion


@dataclass(frozen=True)
class LabeledSegment:
    segment: TextSegment
    suggestion: Suggestion


def analyse(text: str) -> list[LabeledSegment]:
    """Segment and label `text`, which must already be normalised."""
    segments = split_sentences(text)
    return [
        LabeledSegment(segment, suggestion)
        for segment, suggestion in zip(
            segments, suggest_labels(text, segments), strict=True
        )
    ]


def analyse_raw(text: str) -> tuple[str, list[LabeledSegment]]:
    """Like analyse(), for text as decoded from a file: offsets in the result
    point into the text after line-ending unification only: it is labeled
    cleaned and in NFC, as stored, and every span is mapped back."""
    unified = unify_line_endings(text)
    normalised, origins = clean_with_offsets(unified)
    results = []
    for item in analyse(normalised):
        segment = item.segment
        start, end = origins[segment.start], origins[segment.end]
        moved = TextSegment(
            start=start,
            end=end,
            text=unified[start:end],
            paragraph=segment.paragraph,
            line=segment.line,
        )
        cues = tuple((origins[a], origins[b]) for a, b in item.suggestion.cues)
        suggestion = replace(item.suggestion, cues=cues)
        results.append(LabeledSegment(moved, suggestion))
    return unified, results
