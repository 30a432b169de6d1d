"""A text-based PDF: the text layer, reflowed into paragraphs (pypdf)."""

import io
import logging
import re
from datetime import date

from pypdf import PasswordType, PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

from .document import Extracted, Metadata, RefusedFile
from .limits import MAX_PDF_PAGES, join_paragraphs
from .reflow import reflow

# A page of text has hundreds of letters; a scan's stray OCR-free marks do not.
MIN_LETTERS_PER_DOCUMENT = 40
PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})(\d{2})")


def read_pdf(data: bytes) -> Extracted:
    # pypdf logs every recoverable oddity of a malformed file at WARNING.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and _needs_password(reader):
            raise RefusedFile(
                "This PDF is protected by a password. Save a copy without the "
                "password (or paste the text) and upload that."
            )
        page_count = len(reader.pages)
        if page_count > MAX_PDF_PAGES:
            raise RefusedFile(
                f"This PDF has {page_count} pages; the limit is {MAX_PDF_PAGES}. "
                "Upload only the article's pages."
            )
        lines = []
        for page in reader.pages:
            # Layout mode keeps the vertical gaps between paragraphs as
            # blank lines; its column padding is collapsed here.
            text = page.extract_text(extraction_mode="layout") or ""
            lines.extend(" ".join(line.split()) for line in text.splitlines())
            lines.append("")  # a page break may end a paragraph
        info = reader.metadata
    except RefusedFile:
        raise
    except (PdfReadError, FileNotDecryptedError, ValueError, KeyError, OSError):
        raise RefusedFile(
            "This PDF is damaged or incomplete and could not be read."
        ) from None
    except Exception:  # pypdf raises many kinds on malformed objects
        raise RefusedFile(
            "This PDF could not be read: its contents are malformed."
        ) from None
    if sum(character.isalpha() for line in lines for character in line) < (
        MIN_LETTERS_PER_DOCUMENT
    ):
        raise RefusedFile(
            "This PDF has no text in it, only images: it is probably a scan. "
            "Use a PDF saved from the web page or word processor, or paste the text."
        )
    metadata = Metadata(
        title=" ".join(str(info.title or "").split()) if info else "",
        byline=" ".join(str(info.author or "").split()) if info else "",
        published_on=_date(info.get("/CreationDate")) if info else None,
    )
    return Extracted("pdf", join_paragraphs(reflow(lines)), metadata)


def _needs_password(reader: PdfReader) -> bool:
    """Many PDFs are encrypted with an empty password only to set permissions;
    those open. A real password, or a cipher we cannot run, is refused."""
    try:
        return reader.decrypt("") == PasswordType.NOT_DECRYPTED
    except (DependencyError, NotImplementedError):
        return True


def _date(value: object) -> date | None:
    match = PDF_DATE.match(str(value or ""))
    if not match:
        return None
    try:
        return date(*(int(part) for part in match.groups()))
    except ValueError:
        return None
