"""What a ZIP that is not a Word document really is, in a teacher's words.

Many formats are ZIPs inside: LibreOffice's OpenDocument, Excel and
PowerPoint files, EPUB books, and plain archives (of articles, or of
photos). "Use the batch page" is the right answer only for an archive of
articles; the others need saving in another format, or the text itself.
"""

import io
import zipfile

from .document import RefusedFile
from .images import image_name
from .names import extension

# OpenDocument and EPUB name themselves in a first member called "mimetype".
MIMETYPE_BYTES = 100
OPEN_DOCUMENT = "application/vnd.oasis.opendocument."
OPEN_DOCUMENT_KINDS = {
    "text": "an OpenDocument (LibreOffice) file",
    "spreadsheet": "an OpenDocument spreadsheet (LibreOffice Calc)",
    "presentation": "an OpenDocument presentation (LibreOffice Impress)",
}
# The part that makes an Office Open XML package what it is.
OFFICE_PARTS = {
    "xl/workbook.xml": "an Excel spreadsheet",
    "ppt/presentation.xml": "a PowerPoint presentation",
}
IMAGE_EXTENSIONS = {
    "png", "jpg", "jpeg", "gif", "webp", "bmp", "tif", "tiff", "heic", "heif",
    "avif", "svg", "ico",
}  # fmt: skip
# Enough members to tell photos from articles without reading them all.
SAMPLED_MEMBERS = 20
SAMPLE_BYTES = 64


def archive_refusal(data: bytes, filename: str) -> RefusedFile:
    """The refusal for a ZIP that is not a Word document."""
    posing_as_word = extension(filename) == "docx"
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            what = _package_kind(archive)
            if what:
                return RefusedFile(
                    f"This is {what}; save it as Word (.docx) or PDF and upload that."
                )
            if _holds_images(archive):
                return RefusedFile(
                    "This is a ZIP archive of images, not "
                    f"{'a Word document' if posing_as_word else 'articles'}. "
                    "Upload the article's text: a Word document, PDF, saved web "
                    "page or text file."
                )
    except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError, OSError):
        # NotImplementedError is zipfile's for a compression method it lacks.
        pass  # described as an archive below; the batch page says more
    if posing_as_word:
        return RefusedFile(
            "This file is named .docx but it is a ZIP archive, not a Word "
            "document. Open it in Word and save it as .docx, or upload archives "
            "of several articles on the batch import page."
        )
    return RefusedFile(
        "This is a ZIP archive. Upload archives of several articles on the "
        "batch import page, or upload one article file here."
    )


def _package_kind(archive: zipfile.ZipFile) -> str:
    names = set(archive.namelist())
    for part, what in OFFICE_PARTS.items():
        if part in names:
            return what
    if "mimetype" not in names:
        return ""
    # A capped read: the member's declared size may lie.
    with archive.open("mimetype") as stream:
        mimetype = stream.read(MIMETYPE_BYTES).decode("ascii", "replace").strip()
    if mimetype.startswith(OPEN_DOCUMENT):
        kind = mimetype.removeprefix(OPEN_DOCUMENT).split("-")[0]
        return OPEN_DOCUMENT_KINDS.get(kind, "an OpenDocument (LibreOffice) file")
    if mimetype == "application/epub+zip":
        return "an e-book (EPUB)"
    return ""


def _holds_images(archive: zipfile.ZipFile) -> bool:
    """True when every file in the archive (directories and system files
    aside) is a picture, by its name and its first bytes."""
    members = [
        member
        for member in archive.infolist()
        if not member.is_dir() and not _system_file(member.filename)
    ]
    if not members:
        return False
    for member in members[:SAMPLED_MEMBERS]:
        if extension(member.filename) not in IMAGE_EXTENSIONS:
            return False
        with archive.open(member) as stream:
            head = stream.read(SAMPLE_BYTES)
        if not image_name(head) and not head.lstrip().startswith((b"<svg", b"<?xml")):
            return False
    return all(
        extension(member.filename) in IMAGE_EXTENSIONS
        for member in members[SAMPLED_MEMBERS:]
    )


def _system_file(name: str) -> bool:
    # macOS and Windows add these to archives they make.
    last = name.rsplit("/", 1)[-1]
    return name.startswith("__MACOSX/") or last in {".DS_Store", "Thumbs.db"}
