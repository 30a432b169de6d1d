"""A Word document (.docx): its text (word_body) and core properties (python-docx)."""

import io
import zipfile

import docx
from docx.opc.exceptions import PackageNotFoundError

from .document import Extracted, Metadata, RefusedFile
from .limits import check_archive, join_paragraphs
from .word_body import body_paragraphs


def read_word(data: bytes) -> Extracted:
    try:
        # The size check reads only the ZIP directory, before python-docx
        # unpacks any XML.
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            check_archive(archive, what="Word document")
        document = docx.Document(io.BytesIO(data))
    except RefusedFile:
        raise
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError, OSError):
        raise RefusedFile(
            "This Word document is damaged or incomplete and could not be read. "
            "Open it in Word, save it again and re-upload."
        ) from None
    except Exception:  # lxml and python-docx raise many kinds on broken XML
        raise RefusedFile(
            "This Word document could not be read: its contents are malformed."
        ) from None
    try:
        paragraphs = body_paragraphs(document.element.body)
    except RecursionError:
        # lxml caps nesting at 256 levels, so this takes a hostile file.
        raise RefusedFile(
            "This Word document is nested too deeply (tables inside tables) "
            "to be read. Copy its text into a new document, or paste it."
        ) from None
    properties = document.core_properties
    published = properties.created or properties.modified
    metadata = Metadata(
        title=" ".join((properties.title or "").split()),
        byline=" ".join((properties.author or "").split()),
        published_on=published.date() if published else None,
    )
    return Extracted("docx", join_paragraphs(paragraphs), metadata)
