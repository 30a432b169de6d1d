"""Measure the labeler against hand-labeled documents."""

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .labels import Label
from .pipeline import analyse
from .segmenting import normalise_text

CLAIM_LABELS = (Label.SOURCED_CLAIM, Label.UNVERIFIED_ASSERTION, Label.EDITORIAL_APPEAL)


@dataclass(frozen=True)
class GoldSentence:
    start: int
    end: int
    text: str
    label: Label


@dataclass(frozen=True)
class Document:
    id: str
    style: str
    split: str
    text: str
    sentences: tuple[GoldSentence, ...]


@dataclass(frozen=True)
class Outcome:
    document: str
    text: str
    gold: Label
    predicted: Label
    rationale: str


@dataclass(frozen=True)
class LabelScore:
    precision: float
    recall: float
    f1: float
    support: int


def load_documents(folder: Path, split: str = "all") -> list[Document]:
    """Every document in the folder's .jsonl files, of one split or all."""
    documents = []
    for path in sorted(folder.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                document = build_document(json.loads(line))
                if split in ("all", document.split):
                    documents.append(document)
    return documents


def build_document(record: dict) -> Document:
    """Sentences joined by a space, paragraphs by a blank line."""
    parts: list[str] = []
    sentences = []
    position = 0
    for paragraph_number, paragraph in enumerate(record["paragraphs"]):
        if paragraph_number:
            parts.append("\n\n")
            position += 2
        for sentence_number, (label, sentence) in enumerate(paragraph):
            if sentence_number:
                parts.append(" ")
                position += 1
            sentence = normalise_text(sentence)
            sentences.append(
                GoldSentence(position, position + len(sentence), sentence, Label(label))
            )
            parts.append(sentence)
            position += len(sentence)
    return Document(
        id=record["id"],
        style=record.get("style", ""),
        split=record.get("split", "tune"),
        text="".join(parts),
        sentences=tuple(sentences),
    )


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
                predicted, rationale = Label.NONE, "(no segment covers this sentence)"
            else:
                predicted, rationale = best.suggestion.label, best.suggestion.rationale
            outcomes.append(
                Outcome(document.id, gold.text, gold.label, predicted, rationale)
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
