"""Hand-labeled documents: the development set's .jsonl files read into
article text with the key's label for every sentence."""

import json
from dataclasses import dataclass
from pathlib import Path

from ..domain.labels import Label
from ..domain.segmenting import normalise_text


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
