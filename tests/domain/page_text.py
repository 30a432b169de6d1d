"""Short pages for the page-furniture tests: the line under test between
two claim lines, as it would sit in an article."""

from articles.domain.labels import Label
from articles.domain.pipeline import LabeledSegment, analyse

BEFORE = "The harbour board met on Monday, its chair said."
AFTER = "The new pier opens in June, the council said."


def page(*lines: str) -> str:
    """`lines` as one block between a claim paragraph before and after."""
    return "\n\n".join([BEFORE, "\n".join(lines), AFTER])


def item_for(line: str, text: str) -> LabeledSegment:
    """The labeled segment whose text is `line` in `text`."""
    matches = [item for item in analyse(text) if item.segment.text == line.strip()]
    assert matches, f"{line!r} is not a segment of the text"
    return matches[0]


def label_of(line: str, text: str) -> Label:
    return item_for(line, text).suggestion.label
