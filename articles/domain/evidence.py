"""One piece of evidence that a sentence works on the reader, with its weight."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Evidence:
    weight: float
    start: int  # offsets into the sentence
    end: int
    reason: str  # completes "'<words>' ..."
