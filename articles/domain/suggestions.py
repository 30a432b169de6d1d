"""A suggested label with the reason for it, as the labeler hands it out."""

from dataclasses import dataclass

from .confidence import calibrated
from .labels import Label
from .segmenting import TextSegment

UNSURE_BELOW = 0.65


@dataclass(frozen=True)
class Suggestion:
    label: Label
    rationale: str
    cues: tuple[tuple[int, int], ...]  # decisive words, offsets into the text
    confidence: float
    # Which rule decided ("named_source", "appeal:loaded:strong"): the key the
    # confidence is calibrated by (scripts/calibrate_confidence.py).
    basis: str = ""

    @property
    def is_unsure(self) -> bool:
        return self.confidence < UNSURE_BELOW


def make_suggestion(
    segment: TextSegment,
    label: Label,
    rationale: str,
    cues: list[tuple[int, int]],
    confidence: float,
    basis: str = "",
) -> Suggestion:
    """`confidence` is the rule's own estimate; a basis measured on the
    corpus's train split replaces it with how often that rule was right."""
    absolute = tuple(
        sorted(
            {
                (segment.start + start, segment.start + end)
                for start, end in cues
                if 0 <= start < end  # an empty or unfound span marks nothing
            }
        )
    )
    confidence = calibrated(basis, confidence)
    return Suggestion(label, rationale, absolute, round(confidence, 2), basis)


def clip(words: str, limit: int = 60) -> str:
    """At most `limit` characters, cut between words (never mid-word): a
    student shown "'the harbour autho…'" cannot tell what was meant."""
    words = " ".join(words.split())
    if len(words) <= limit:
        return words
    cut = words.rfind(" ", 0, limit)
    return (words[:cut] if cut > 0 else words.split(" ")[0]).rstrip(",;:") + "…"
