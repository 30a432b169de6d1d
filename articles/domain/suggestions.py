"""A suggested label with the reason for it, as the labeler hands it out."""

from dataclasses import dataclass

from .labels import Label
from .segmenting import TextSegment

UNSURE_BELOW = 0.65


@dataclass(frozen=True)
class Suggestion:
    label: Label
    rationale: str
    cues: tuple[tuple[int, int], ...]  # decisive words, offsets into the text
    confidence: float

    @property
    def is_unsure(self) -> bool:
        return self.confidence < UNSURE_BELOW


def make_suggestion(
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


def clip(words: str, limit: int = 60) -> str:
    words = " ".join(words.split())
    return words if len(words) <= limit else words[: limit - 1].rstrip() + "…"
