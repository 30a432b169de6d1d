"""Score the labeler against hand-labeled documents: per-label precision,
recall and F1, the confusion matrix, and the macro-F1 the quality floor
uses."""

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from ..domain.labels import Label
from ..domain.pipeline import analyse
from .devset import Document

CLAIM_LABELS = (Label.SOURCED_CLAIM, Label.UNVERIFIED_ASSERTION, Label.EDITORIAL_APPEAL)


@dataclass(frozen=True)
class Outcome:
    document: str
    text: str
    gold: Label
    predicted: Label
    rationale: str
    confidence: float = 1.0
    basis: str = ""  # the rule that decided (see articles/domain/confidence.py)


@dataclass(frozen=True)
class LabelScore:
    precision: float
    recall: float
    f1: float
    support: int


def label_documents(documents: Iterable[Document]) -> list[Outcome]:
    """Run the labeler; each gold sentence gets the label of the segment that
    covers most of it (none when nothing covers half of it)."""
    outcomes = []
    for document in documents:
        labeled = analyse(document.text)
        for gold in document.sentences:
            best, best_overlap = None, 0
            for item in labeled:
                overlap = min(gold.end, item.segment.end) - max(
                    gold.start, item.segment.start
                )
                if overlap > best_overlap:
                    best, best_overlap = item, overlap
            if best is None or best_overlap * 2 < gold.end - gold.start:
                outcomes.append(
                    Outcome(
                        document.id,
                        gold.text,
                        gold.label,
                        Label.NONE,
                        "(no segment covers this sentence)",
                        0.0,
                        "uncovered",
                    )
                )
                continue
            suggestion = best.suggestion
            outcomes.append(
                Outcome(
                    document.id,
                    gold.text,
                    gold.label,
                    suggestion.label,
                    suggestion.rationale,
                    suggestion.confidence,
                    suggestion.basis,
                )
            )
    return outcomes


def confusion(outcomes: Iterable[Outcome]) -> Counter:
    """(gold, predicted) -> count."""
    return Counter((outcome.gold, outcome.predicted) for outcome in outcomes)


def scores(outcomes: list[Outcome]) -> dict[Label, LabelScore]:
    matrix = confusion(outcomes)
    result = {}
    for label in Label:
        true_positive = matrix[(label, label)]
        predicted = sum(count for (_, p), count in matrix.items() if p == label)
        actual = sum(count for (g, _), count in matrix.items() if g == label)
        precision = true_positive / predicted if predicted else 0.0
        recall = true_positive / actual if actual else 0.0
        f1 = (
            2 * precision * recall / (precision + recall) if precision + recall else 0.0
        )
        result[label] = LabelScore(precision, recall, f1, actual)
    return result


def macro_f1(label_scores: dict[Label, LabelScore]) -> float:
    """Mean F1 over the three claim labels (the ones students must tell apart)."""
    return sum(label_scores[label].f1 for label in CLAIM_LABELS) / len(CLAIM_LABELS)
