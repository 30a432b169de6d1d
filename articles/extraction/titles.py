"""A title to suggest when the file names none.

The title is required to save an article, and plain text and most PDFs
carry none: the teacher's first Save failed with "This field is required".
A suggestion fills the preview's field, to be edited: the first line when
it reads like a headline, else the first sentence, clipped to the field.
The readers leave `metadata.title` to what the file itself says, so a batch
import can still fall back on the file's name.
"""

from ..domain.segmenting import split_sentences
from .document import FIELD_LENGTHS, Extracted

# A headline is a short line that does not end like a sentence or a clause.
MAX_HEADLINE_CHARACTERS = 120
MAX_HEADLINE_WORDS = 16
NOT_HEADLINE_ENDINGS = (".", ",", ";", ":", "…")
ELLIPSIS = "…"


def title_for(extracted: Extracted) -> str:
    """The file's own title, else one suggested from its text."""
    return extracted.metadata.title or suggested_title(extracted.text)


def suggested_title(text: str, *, limit: int = FIELD_LENGTHS["title"]) -> str:
    line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if not line:
        return ""
    if _reads_like_a_headline(line):
        return _clipped(line, limit)
    sentences = split_sentences(line)
    return _clipped(sentences[0].text if sentences else line, limit)


def _reads_like_a_headline(line: str) -> bool:
    return (
        len(line) <= MAX_HEADLINE_CHARACTERS
        and len(line.split()) <= MAX_HEADLINE_WORDS
        and any(character.isalpha() for character in line)
        and not line.endswith(NOT_HEADLINE_ENDINGS)
    )


def _clipped(title: str, limit: int) -> str:
    title = " ".join(title.split())
    if len(title) <= limit:
        return title
    # At a word boundary, marked as cut.
    cut = title[: limit - len(ELLIPSIS)].rsplit(" ", 1)[0].rstrip(" ,;:")
    return cut + ELLIPSIS
