"""Split a sentence into plain and highlighted parts, for templates to escape."""

import re
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class TextPart:
    text: str
    is_highlighted: bool


def highlight(text: str, offset: int, spans: Iterable[Iterable[int]]) -> list[TextPart]:
    """`text` starts at `offset` in the article; `spans` are article offsets.

    Returns parts in order; overlapping or out-of-range spans are merged and
    clipped, so bad data never breaks a page.
    """
    clipped = sorted(
        (max(start - offset, 0), min(end - offset, len(text)))
        for start, end in spans
        if end - offset > 0 and start - offset < len(text) and end > start
    )
    merged: list[list[int]] = []
    for start, end in clipped:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    parts = []
    cursor = 0
    for start, end in merged:
        if start > cursor:
            parts.append(TextPart(text[cursor:start], False))
        parts.append(TextPart(text[start:end], True))
        cursor = end
    if cursor < len(text):
        parts.append(TextPart(text[cursor:], False))
    return parts


@dataclass(frozen=True)
class WordSpan:
    text: str
    start: int  # offsets into the article
    end: int


def word_spans(text: str, offset: int) -> list[WordSpan]:
    """Each word of a sentence that starts at `offset` in the article, with
    its trailing punctuation left off, for marking evidence word by word."""
    return [
        WordSpan(match.group(0), offset + match.start(), offset + match.end())
        for match in WORD.finditer(text)
    ]


WORD = re.compile(r"[\w][\w'’-]*")
