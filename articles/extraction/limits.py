"""Caps that keep a hostile or oversized file from exhausting a worker."""

import zipfile

from ..domain.segmenting import normalise_text, split_sentences, unify_line_endings
from .document import RefusedFile

MEGABYTE = 1024 * 1024
# One article file; a long feature as a PDF with photos is a few megabytes.
MAX_FILE_BYTES = 10 * MEGABYTE
# A batch: a ZIP of article files, or a CSV or JSONL file of rows.
MAX_BATCH_BYTES = 40 * MEGABYTE
# For files and pasted text alike: about 15,000 words, ample for one exercise.
MAX_TEXT_CHARACTERS = 100_000
MAX_PDF_PAGES = 60
MAX_PARAGRAPHS = 2_000
# Prose that fills the character cap is about 900 sentences, and a text
# pasted one sentence per line at the paragraph cap is 2,000; more is a list
# or a dump, not an article. The key review page renders every sentence
# (24,000 took 34 s and 63 MB, 2,000 take under 5 s and 7 MB), so this
# also bounds that page.
MAX_SENTENCES = 2_000
# A ZIP (or DOCX, which is one) must not promise more than this once
# unpacked, nor pack any member tighter than real documents do: Word XML
# compresses about 10:1, a zip bomb 1000:1 and more.
MAX_UNPACKED_BYTES = 60 * MEGABYTE
MAX_COMPRESSION_RATIO = 100
MAX_ARCHIVE_MEMBERS = 1_000
# Ratios only matter for members big enough to hurt.
RATIO_CHECKED_FROM_BYTES = MEGABYTE


def check_archive(archive: zipfile.ZipFile, *, what: str) -> None:
    """Refuse an archive whose declared sizes are too big or too compressed.

    Declared sizes can lie, and zipfile unpacks a whole member before it
    compares: so batch members are read with a cap (batch_files), and
    documents are parsed in the child process whose memory is limited.
    """
    members = archive.infolist()
    if len(members) > MAX_ARCHIVE_MEMBERS:
        raise RefusedFile(
            f"This {what} holds {len(members):,} files; the limit is "
            f"{MAX_ARCHIVE_MEMBERS:,}."
        )
    unpacked = sum(member.file_size for member in members)
    if unpacked > MAX_UNPACKED_BYTES:
        raise RefusedFile(
            f"This {what} would unpack to {unpacked / MEGABYTE:,.0f} MB; the limit "
            f"is {MAX_UNPACKED_BYTES // MEGABYTE} MB. It may be a zip bomb."
        )
    for member in members:
        if member.file_size < RATIO_CHECKED_FROM_BYTES:
            continue
        if member.file_size > MAX_COMPRESSION_RATIO * max(member.compress_size, 1):
            raise RefusedFile(
                f"This {what} contains a part packed far tighter than any real "
                "document, the mark of a zip bomb, so it was not opened."
            )


class TooLong(RefusedFile):
    """Text over one of the caps. The Django layer words the message for the
    teacher (translated) from these fields; str() is the English fallback
    that batch items store."""

    def __init__(self, measure: str, count: int, limit: int):
        # Keep the fields in args: the refusal is pickled back from the
        # child process that reads a file, and rebuilt as cls(*args).
        super().__init__(measure, count, limit)
        self.measure = measure  # "characters", "paragraphs", "lines" or "sentences"
        self.count = count
        self.limit = limit

    def __str__(self) -> str:
        if self.measure == "characters":
            return (
                f"The article text is {self.count:,} characters long; the limit is "
                f"{self.limit:,}. Split it into shorter excerpts."
            )
        if self.measure == "lines":
            return (
                f"The text has {self.count:,} lines, each at least one sentence; "
                f"the limit is {self.limit:,} sentences."
            )
        return (
            f"The text has {self.count:,} {self.measure}; the limit is {self.limit:,}."
        )


def check_counts(text: str) -> None:
    """The caps that cost no segmenting: a few milliseconds even for a
    megabyte of text, so they run before anything slow."""
    if len(text) > MAX_TEXT_CHARACTERS:
        raise TooLong("characters", len(text), MAX_TEXT_CHARACTERS)
    paragraphs = filled = 0
    previous_blank = True
    # Blank lines end paragraphs and line breaks end sentences, exactly as
    # split_sentences reads them.
    for line in text.split("\n"):
        if line.strip():
            filled += 1
            paragraphs += previous_blank
            previous_blank = False
        else:
            previous_blank = True
    if paragraphs > MAX_PARAGRAPHS:
        raise TooLong("paragraphs", paragraphs, MAX_PARAGRAPHS)
    # Every filled line is at least one sentence, so this many is over the
    # sentence cap without segmenting.
    if filled > MAX_SENTENCES:
        raise TooLong("lines", filled, MAX_SENTENCES)


def check_article_size(text: str) -> None:
    """Refuse text that would make too big an article, before labeling it.

    Counting sentences means segmenting the text, which labeling then does
    again: about 3 ms for a 10,000-word article and 0.15 s at worst within
    the cheap caps, against seconds to label and store an oversized text.
    """
    text = unify_line_endings(text)
    check_counts(text)
    # Counted in the text as stored: cleaning makes line breaks of U+2028
    # and the like, and a line break ends a sentence.
    sentences = len(split_sentences(normalise_text(text)))
    if sentences > MAX_SENTENCES:
        raise TooLong("sentences", sentences, MAX_SENTENCES)


def check_text_size(text: str) -> str:
    """The cheap caps on a file's text; the reader's caller checks sentences."""
    check_counts(unify_line_endings(text))
    if not any(character.isalpha() for character in text):
        raise RefusedFile("No article text was found in this file.")
    return text


def join_paragraphs(paragraphs: list[str]) -> str:
    """Paragraphs as the segmenter reads them: a blank line between each."""
    kept = [paragraph.strip() for paragraph in paragraphs if paragraph.strip()]
    return check_text_size("\n\n".join(kept))
