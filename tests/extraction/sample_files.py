"""Article files built on the fly for the import tests and benchmark.

Nothing here is committed as a binary: every PDF, Word document and archive
is written by these functions, from original sample text.
"""

import io
import struct
import zipfile
from datetime import UTC, datetime

import docx
from fpdf import FPDF
from pypdf import PdfReader, PdfWriter

TITLE = "Harbour ferry fares to rise in April"
PARAGRAPHS = [
    "The Harbour Council said on Monday that ferry fares would rise by ten "
    "percent in April, according to a statement published on its website.",
    "Council treasurer Nadia Osei told reporters that fuel costs had doubled "
    "since last spring.",
    "Some residents say the crossing is already too expensive for families.",
    "Why should commuters pay more for a service that runs late every week?",
    "Sign the petition today and tell the council to freeze the fares.",
]
SCRIPT_PAYLOAD = "window.stolenCookie = document.cookie"


def article_paragraphs(words: int = 0) -> list[str]:
    """The sample paragraphs, repeated with numbered variations to reach
    about `words` words (the 1,000-word page of the benchmark)."""
    paragraphs = list(PARAGRAPHS)
    round_number = 1
    while sum(len(paragraph.split()) for paragraph in paragraphs) < words:
        paragraphs += [
            f"In week {round_number}, {paragraph[0].lower()}{paragraph[1:]}"
            for paragraph in PARAGRAPHS
        ]
        round_number += 1
    return paragraphs


def html_page(paragraphs: list[str] | None = None, *, title: str = TITLE) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs or PARAGRAPHS)
    links = "".join(f'<li><a href="/s{i}">Section {i}</a></li>' for i in range(12))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{title} | The Harbour Gazette</title>
<meta property="og:site_name" content="The Harbour Gazette">
<meta name="author" content="Mira Lane">
<script type="application/ld+json">{{"@context": "https://schema.org",
 "@type": "NewsArticle", "headline": "{title}", "datePublished": "2026-03-02",
 "author": {{"@type": "Person", "name": "Mira Lane"}}}}</script>
<script>{SCRIPT_PAYLOAD}</script>
</head><body>
<nav><ul>{links}</ul></nav>
<article><h1>{title}</h1>
<script>{SCRIPT_PAYLOAD}</script>
{body}
<noscript>{SCRIPT_PAYLOAD}</noscript></article>
<footer><a href="/about">About us</a> <a href="/privacy">Privacy</a></footer>
</body></html>""".encode()


def navigation_page() -> bytes:
    links = "".join(f'<li><a href="/s{i}">Section {i}</a></li>' for i in range(40))
    return (
        "<!DOCTYPE html><html><head><title>Home | The Harbour Gazette</title></head>"
        f"<body><nav><ul>{links}</ul></nav><footer><a href='/about'>About us</a>"
        "</footer></body></html>"
    ).encode()


def word_document(
    paragraphs: list[str] | None = None,
    *,
    title: str = TITLE,
    author: str = "Mira Lane",
) -> bytes:
    document = docx.Document()
    document.core_properties.title = title
    document.core_properties.author = author
    document.core_properties.created = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
    for paragraph in paragraphs or PARAGRAPHS:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def word_zip_bomb(unpacked_megabytes: int = 80) -> bytes:
    """A valid .docx whose document.xml unpacks to many megabytes of spaces."""
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(word_document())) as source,
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as bomb,
    ):
        for member in source.infolist():
            if member.filename != "word/document.xml":
                bomb.writestr(member, source.read(member))
        with bomb.open("word/document.xml", "w") as target:
            chunk = b" " * (1024 * 1024)
            for _ in range(unpacked_megabytes):
                target.write(chunk)
    return buffer.getvalue()


def archive_bomb(unpacked_megabytes: int = 80) -> bytes:
    """A ZIP with one text file of many megabytes of spaces: a batch bomb."""
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as bomb,
        bomb.open("story.txt", "w") as target,
    ):
        chunk = b" " * (1024 * 1024)
        for _ in range(unpacked_megabytes):
            target.write(chunk)
    return buffer.getvalue()


def pdf_document(
    paragraphs: list[str] | None = None, *, pages: int = 1, title: str = TITLE
) -> bytes:
    """A text PDF: the paragraphs wrapped to the page, repeated on each page."""
    pdf = FPDF()
    if title:
        pdf.set_title(title)
    pdf.set_author("Mira Lane")
    pdf.set_creation_date(datetime(2026, 3, 2, 9, 30, tzinfo=UTC))
    pdf.set_font("Helvetica", size=11)
    for _ in range(pages):
        pdf.add_page()
        for paragraph in paragraphs or PARAGRAPHS:
            pdf.multi_cell(0, 6, paragraph, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
    return bytes(pdf.output())


def encrypted_pdf(password: str = "classroom") -> bytes:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_document())))
    writer.encrypt(user_password=password, algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def scanned_pdf() -> bytes:
    """A PDF of a page drawn as shapes only, as a scan without OCR looks:
    ink on the page, no text layer."""
    pdf = FPDF()
    pdf.add_page()
    for line in range(30):
        pdf.rect(20, 20 + line * 8, 170 - (line % 4) * 20, 3, style="F")
    return bytes(pdf.output())


def lying_zip(
    *,
    actual: int = 20 * 1024 * 1024,
    declared: int = 1000,
    method: int = zipfile.ZIP_DEFLATED,
) -> bytes:
    """A ZIP whose one member, packed with `method`, says it unpacks to
    `declared` bytes but unpacks to `actual`: the size fields of both headers
    are rewritten, nothing else in the file is wrong."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as archive:
        archive.writestr("story.txt", b"a" * actual)
    data = bytearray(buffer.getvalue())
    struct.pack_into("<I", data, 22, declared)  # local file header
    central = data.rfind(b"PK\x01\x02")
    struct.pack_into("<I", data, central + 24, declared)  # central directory
    return bytes(data)


def zip_of(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()
