"""Split an article's text into sentence segments with offsets into the text."""

import unicodedata
from dataclasses import dataclass

import sentencex


@dataclass(frozen=True)
class TextSegment:
    start: int  # offset of the first character in the normalised text
    end: int  # offset one past the last character
    text: str
    paragraph: int  # blocks of text separated by a blank line, counted from 0


def normalise_text(text: str) -> str:
    """Return the text as stored: NFC, Unix line endings, no trailing spaces."""
    # NFC first so that an accented letter typed two ways is one character,
    # which keeps offsets and duplicate detection stable.
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n")


def split_sentences(text: str) -> list[TextSegment]:
    """Return every sentence of `text`, which must already be normalised."""
    segments: list[TextSegment] = []
    paragraph = 0
    line_start = 0
    previous_line_blank = False
    for line in text.split("\n"):
        if not line.strip():
            previous_line_blank = True
        else:
            if previous_line_blank and segments:
                paragraph += 1
            previous_line_blank = False
            segments.extend(_sentences_in_line(line, line_start, paragraph))
        line_start += len(line) + 1  # the "\n" that split() removed
    return segments


def _sentences_in_line(line: str, offset: int, paragraph: int) -> list[TextSegment]:
    """Split one line; a line break always ends a sentence (headlines, bylines)."""
    found = []
    for boundary in sentencex.get_sentence_boundaries("en", line):
        raw = line[boundary["start_index"] : boundary["end_index"]]
        stripped = raw.strip()
        if not stripped:
            continue
        start = offset + boundary["start_index"] + (len(raw) - len(raw.lstrip()))
        found.append(
            TextSegment(
                start=start,
                end=start + len(stripped),
                text=stripped,
                paragraph=paragraph,
            )
        )
    return found
