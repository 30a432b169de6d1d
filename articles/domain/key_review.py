"""What is left before a draft key can be approved: one definition for the
review page, its live counter and the approval rule.

A sentence is *to review* until the teacher has accepted or changed its
label. A sentence students are asked (any label but none) needs an
explanation for them. An explanation the labeler wrote for a suggestion it
was unsure of is worth a second look, though it does not block approval.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol, TypeVar

from .labels import Label
from .suggestions import UNSURE_BELOW


class ReviewedEntry(Protocol):
    """The fields of a key entry the rules read (a KeyEntry has them)."""

    pk: int
    label: str
    rationale: str
    suggested_label: str
    confidence: float | None
    reviewed_at: datetime | None


def is_to_review(entry: ReviewedEntry) -> bool:
    return not entry.label or entry.reviewed_at is None


def is_clutter(entry: ReviewedEntry) -> bool:
    return entry.label == Label.NONE


def needs_explanation(entry: ReviewedEntry) -> bool:
    return bool(entry.label) and not is_clutter(entry) and not entry.rationale.strip()


def has_unsure_machine_explanation(entry: ReviewedEntry) -> bool:
    """The labeler's own explanation, kept for a label it was unsure of."""
    return (
        bool(entry.label)
        and not is_clutter(entry)
        and entry.label == entry.suggested_label
        and bool(entry.rationale.strip())
        and entry.confidence is not None
        and entry.confidence < UNSURE_BELOW
    )


Entry = TypeVar("Entry", bound=ReviewedEntry)


def review_order(entries: Iterable[Entry]) -> tuple[list[Entry], list[Entry]]:
    """The sentences students are asked, in the order given, then the page
    clutter (bylines, timestamps, page chrome) as one group after them."""
    asked, clutter = [], []
    for entry in entries:
        (clutter if is_clutter(entry) else asked).append(entry)
    return asked, clutter


@dataclass(frozen=True)
class ReviewSummary:
    """Entry ids in page order: asked sentences first, then clutter."""

    total: int
    to_review: tuple[int, ...]
    unexplained: tuple[int, ...]
    unsure_explanations: tuple[int, ...]

    @property
    def first_to_review(self) -> int | None:
        return self.to_review[0] if self.to_review else None

    @property
    def is_ready(self) -> bool:
        return not self.to_review and not self.unexplained


def summarise(entries: Sequence[ReviewedEntry]) -> ReviewSummary:
    """`entries` in reading order."""
    asked, clutter = review_order(entries)
    ordered = asked + clutter
    return ReviewSummary(
        total=len(ordered),
        to_review=tuple(entry.pk for entry in ordered if is_to_review(entry)),
        unexplained=tuple(entry.pk for entry in ordered if needs_explanation(entry)),
        unsure_explanations=tuple(
            entry.pk for entry in ordered if has_unsure_machine_explanation(entry)
        ),
    )
