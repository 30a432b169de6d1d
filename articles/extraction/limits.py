"""Caps that keep a hostile or oversized file from exhausting a worker."""

import zipfile

from .document import RefusedFile

MEGABYTE = 1024 * 1024
# One article file; a long feature as a PDF with photos is a few megabytes.
MAX_FILE_BYTES = 10 * MEGABYTE
# Same as the paste form: about 15,000 words, ample for one exercise.
MAX_TEXT_CHARACTERS = 100_000
MAX_PDF_PAGES = 60
MAX_PARAGRAPHS = 2_000
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


def check_text_size(text: str) -> str:
    if len(text) > MAX_TEXT_CHARACTERS:
        raise RefusedFile(
            f"The article text is {len(text):,} characters long; the limit is "
            f"{MAX_TEXT_CHARACTERS:,}. Split it into shorter excerpts."
        )
    if not any(character.isalpha() for character in text):
        raise RefusedFile("No article text was found in this file.")
    return text


def join_paragraphs(paragraphs: list[str]) -> str:
    """Paragraphs as the segmenter reads them: a blank line between each."""
    kept = [paragraph.strip() for paragraph in paragraphs if paragraph.strip()]
    if len(kept) > MAX_PARAGRAPHS:
        raise RefusedFile(
            f"The file has {len(kept):,} paragraphs; the limit is {MAX_PARAGRAPHS:,}."
        )
    return check_text_size("\n\n".join(kept))
