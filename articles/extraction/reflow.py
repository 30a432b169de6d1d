"""Rebuild paragraphs from the wrapped lines a PDF's text layer gives."""

import itertools
import re

SENTENCE_END = re.compile(r"[.!?:;…][\"”’')\]]*$")
PAGE_NUMBER = re.compile(r"^(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$", re.I)
# A line at least this share of a full line's width was wrapped, not ended.
FULL_LINE_SHARE = 0.8
HEADING_SHARE = 0.6
DOUBLE_SPACED_FROM_GAPS = 3


def reflow(lines: list[str]) -> list[str]:
    """Join wrapped lines into paragraphs.

    A PDF stores lines, not paragraphs. A paragraph ends at a blank line, or
    at a line that ends a sentence well short of the usual width; a short
    line without a full stop followed by a capital is a heading or byline
    and stands alone. Hyphens that split a word across lines are removed.
    """
    stripped = [line.strip() for line in lines]
    if _double_spaced(stripped):
        # Every line stands apart: the gaps are line spacing, not paragraphs.
        stripped = [line for line in stripped if line]
    width = _full_width([line for line in stripped if line])
    paragraphs: list[str] = []
    current = ""
    for index, line in enumerate(stripped):
        if not line or PAGE_NUMBER.match(line):
            if not line and current:
                paragraphs.append(current)
                current = ""
            continue
        current = _joined(current, line)
        next_line = _next_text(stripped, index)
        short = len(line) < FULL_LINE_SHARE * width
        ends_sentence = bool(SENTENCE_END.search(line))
        heading = (
            len(line) < HEADING_SHARE * width
            and not ends_sentence
            and next_line[:1].isupper()
        )
        if (short and ends_sentence) or heading or not next_line:
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return paragraphs


def _double_spaced(lines: list[str]) -> bool:
    """True when blank lines fall mid-sentence: spacing, not paragraphs."""
    gaps_after = [
        before for before, after in itertools.pairwise(lines) if before and not after
    ]
    mid_sentence = sum(1 for line in gaps_after if not SENTENCE_END.search(line))
    return len(gaps_after) >= DOUBLE_SPACED_FROM_GAPS and (
        mid_sentence > 0.5 * len(gaps_after)
    )


def _full_width(lines: list[str]) -> int:
    if not lines:
        return 0
    lengths = sorted(len(line) for line in lines)
    # The 80th percentile: most lines of body text are full ones.
    return lengths[int(0.8 * (len(lengths) - 1))]


def _joined(current: str, line: str) -> str:
    if not current:
        return line
    if current.endswith("-") and line[:1].islower() and current[-2:-1].isalpha():
        return current[:-1] + line
    return f"{current} {line}"


def _next_text(lines: list[str], index: int) -> str:
    for line in lines[index + 1 :]:
        if line and not PAGE_NUMBER.match(line):
            return line
        if not line:
            return ""
    return ""
