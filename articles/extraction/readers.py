"""One entry point: bytes and a file name in, `Extracted` out."""

from dataclasses import replace

from .containers import archive_refusal
from .document import Extracted, RefusedFile
from .images import svg_refusal
from .pdf import read_pdf
from .plain import read_markdown, read_text
from .sniffing import sniff, sniff_text, text_kind
from .web_page import read_web_page
from .word import read_word


def extract(data: bytes, filename: str) -> Extracted:
    """Read one uploaded article file in this process (see extract_isolated)."""
    result = _read(data, filename)
    return replace(result, metadata=result.metadata.clipped())


def _read(data: bytes, filename: str) -> Extracted:
    kind = sniff(data, filename)
    if kind == "pdf":
        return read_pdf(data)
    if kind == "docx":
        return read_word(data)
    if kind == "zip":
        raise archive_refusal(data, filename)
    text = sniff_text(data)
    # An SVG drawing is text; read as one, its markup would be the article.
    if refusal := svg_refusal(text):
        raise RefusedFile(refusal)
    kind = text_kind(text, filename)
    if kind == "html":
        return read_web_page(text)
    if kind == "markdown":
        return read_markdown(text)
    return read_text(text)
