"""What is left before a key can be approved: one rule for the page, its
counter and the approval."""

from dataclasses import dataclass
from datetime import UTC, datetime

from articles.domain.key_review import (
    has_unsure_machine_explanation,
    is_to_review,
    needs_explanation,
    review_order,
    summarise,
)

NOW = datetime(2026, 12, 1, tzinfo=UTC)


@dataclass
class Entry:
    pk: int
    label: str = "sourced_claim"
    rationale: str = "'The board said' names who is speaking."
    suggested_label: str = "sourced_claim"
    confidence: float | None = 0.9
    reviewed_at: datetime | None = NOW


def test_a_sentence_is_to_review_until_labeled_and_looked_at():
    assert not is_to_review(Entry(1))
    assert is_to_review(Entry(1, reviewed_at=None))
    assert is_to_review(Entry(1, label=""))


def test_every_asked_sentence_needs_an_explanation_but_clutter_does_not():
    assert needs_explanation(Entry(1, rationale=""))
    assert needs_explanation(Entry(1, rationale="   "))
    assert not needs_explanation(Entry(1))
    assert not needs_explanation(Entry(1, label="none", rationale=""))
    assert not needs_explanation(Entry(1, label="", rationale=""))


def test_a_kept_machine_explanation_for_an_unsure_suggestion_is_flagged():
    assert has_unsure_machine_explanation(Entry(1, confidence=0.55))
    assert not has_unsure_machine_explanation(Entry(1, confidence=0.65))
    assert not has_unsure_machine_explanation(Entry(1, confidence=None))
    # The teacher chose another label: the explanation is no longer the
    # labeler's guess for its own suggestion.
    changed = Entry(1, label="editorial_appeal", confidence=0.55)
    assert not has_unsure_machine_explanation(changed)
    assert not has_unsure_machine_explanation(Entry(1, rationale="", confidence=0.5))
    assert not has_unsure_machine_explanation(
        Entry(1, label="none", suggested_label="none", confidence=0.5)
    )


def test_clutter_comes_after_the_asked_sentences_in_reading_order():
    entries = [Entry(1, label="none"), Entry(2), Entry(3, label="none"), Entry(4)]

    asked, clutter = review_order(entries)

    assert [entry.pk for entry in asked] == [2, 4]
    assert [entry.pk for entry in clutter] == [1, 3]


def test_the_summary_lists_ids_in_page_order():
    entries = [
        Entry(1, label="none", reviewed_at=None),
        Entry(2, reviewed_at=None),
        Entry(3, rationale=""),
        Entry(4, confidence=0.5),
    ]

    summary = summarise(entries)

    assert summary.total == 4
    assert summary.to_review == (2, 1)
    assert summary.first_to_review == 2
    assert summary.unexplained == (3,)
    assert summary.unsure_explanations == (4,)
    assert not summary.is_ready
    assert summarise([Entry(5)]).is_ready
    assert summarise([Entry(5)]).first_to_review is None
