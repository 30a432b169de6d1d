"""The original sentence corpus (tests/data/corpus/): one labeled sentence
per record, many of them minimal pairs, some labeled twice.

The opinion model trains on its "train" rows (scripts/train_opinion_model.py)
and is measured on its "test" rows; the second labels measure how far two
careful readers agree, which bounds what any labeler can be expected to reach.
"""

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ..domain.labels import Label
from ..domain.segmenting import normalise_text
from .devset import Document, GoldSentence

SPLITS = ("train", "test")


@dataclass(frozen=True)
class CorpusSentence:
    id: str
    text: str
    label: Label
    genre: str
    pair: str | None
    split: str


def load_corpus(folder: Path) -> list[CorpusSentence]:
    """Every sentence in the folder's corpus files (second labels aside)."""
    sentences = []
    for path in sorted(folder.glob("*.jsonl")):
        if path.name.startswith("second_labels"):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                sentences.append(
                    CorpusSentence(
                        id=record["id"],
                        text=record["text"],
                        label=Label(record["label"]),
                        genre=record["genre"],
                        pair=record.get("pair"),
                        split=record["split"],
                    )
                )
    return sentences


def load_second_labels(folder: Path) -> dict[str, Label]:
    """Id → the label a second reader gave without seeing the first."""
    labels = {}
    for path in sorted(folder.glob("second_labels*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                labels[record["id"]] = Label(record["label"])
    return labels


def as_documents(sentences: list[CorpusSentence], split: str) -> list[Document]:
    """The split's sentences as one-sentence documents, so the labeler reads
    each one alone, as the scorer of the outside research sets does."""
    documents = []
    for sentence in sentences:
        if split not in ("all", sentence.split):
            continue
        text = normalise_text(sentence.text)
        gold = GoldSentence(0, len(text), text, sentence.label)
        documents.append(
            Document(sentence.id, sentence.genre, sentence.split, text, (gold,))
        )
    return documents


@dataclass(frozen=True)
class Agreement:
    items: int
    observed: float  # share of items both readers labeled alike
    kappa: float  # Cohen's kappa: agreement beyond what chance would give


def agreement(first: list[Label], second: list[Label]) -> Agreement:
    """How far two readers' labels for the same items agree."""
    if len(first) != len(second) or not first:
        raise ValueError("two equally long, non-empty lists of labels")
    items = len(first)
    observed = sum(a == b for a, b in zip(first, second, strict=True)) / items
    first_counts, second_counts = Counter(first), Counter(second)
    expected = sum(
        first_counts[label] * second_counts[label] for label in first_counts
    ) / (items * items)
    kappa = 1.0 if expected == 1 else (observed - expected) / (1 - expected)
    return Agreement(items, round(observed, 3), round(kappa, 3))
