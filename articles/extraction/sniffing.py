"""Decide what a file is from its bytes; the extension is only a hint.

Only a handful of formats are accepted and each has a fixed signature, so
these checks are short; a general "magic" library would still need the look
inside the ZIP that tells a Word document from an archive.
"""

import io
import re
import zipfile

from articles.domain.decoding import UndecodableError, decode_text

from .document import RefusedFile
from .images import image_refusal
from .limits import MAX_FILE_BYTES, MEGABYTE
from .names import extension

ZIP_SIGNATURES = (b"PK\x03\x04", b"PK\x05\x06")
# Formats people try that cannot be read, with what to do instead.
KNOWN_UNREADABLE = {
    b"\xd0\xcf\x11\xe0": "This is an old-style Word (.doc) or Office file. Save it "
    "as .docx or PDF and upload that.",
    b"{\\rtf": "This is a Rich Text (.rtf) file. Save it as .docx or plain text.",
}
HTML_START = re.compile(
    r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
    re.IGNORECASE | re.DOTALL,
)
# A fragment saved without <html>: several block tags near the start.
HTML_TAG = re.compile(r"<(?:p|div|article|section|span|br|h[1-6]|script)\b", re.I)
MIN_FRAGMENT_TAGS = 3
MARKDOWN_EXTENSIONS = {"md", "markdown"}


def sniff(data: bytes, filename: str) -> str:
    """Return "pdf", "docx", "zip" or "text" (see text_kind)."""
    if not data.strip():
        raise RefusedFile("The file is empty.")
    if len(data) > MAX_FILE_BYTES:
        raise RefusedFile(
            f"The file is {len(data) / MEGABYTE:,.1f} MB; the limit is "
            f"{MAX_FILE_BYTES // MEGABYTE} MB."
        )
    # The PDF header may follow a little junk (the format allows 1 KB).
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(ZIP_SIGNATURES):
        return zip_kind(data)
    for signature, message in KNOWN_UNREADABLE.items():
        if data.startswith(signature):
            raise RefusedFile(message)
    if refusal := image_refusal(data):
        raise RefusedFile(refusal)
    return "text"


def text_kind(text: str, filename: str) -> str:
    """ "html", "markdown" or "text" for decoded text."""
    head = text[:4096]
    if HTML_START.match(head):
        return "html"
    # Plain text and Markdown look alike; only here does the name decide.
    # Markdown may hold HTML tags, which its reader strips to their words.
    if extension(filename) in MARKDOWN_EXTENSIONS:
        return "markdown"
    return "html" if len(HTML_TAG.findall(head)) >= MIN_FRAGMENT_TAGS else "text"


def zip_kind(data: bytes) -> str:
    """ "docx" for a Word document, "zip" for any other archive."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, EOFError, ValueError):
        raise RefusedFile(
            "This file looks like a Word document or ZIP archive, but it is "
            "damaged or cut short and could not be opened. Save it again and "
            "re-upload."
        ) from None
    return "docx" if "word/document.xml" in names else "zip"


def sniff_text(data: bytes) -> str:
    """Decoded text of a text file, or a clear refusal."""
    try:
        return decode_text(data)
    except UndecodableError as error:
        raise RefusedFile(str(error)) from None
