"""Awkward but honest files, built on the fly: Word documents whose text
sits in tables, text boxes and tracked changes, archives that are not Word
documents, images that look like text. Original sample text throughout."""

import io
import zipfile

import docx
from docx.oxml import parse_xml

NAMESPACES = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def _saved(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _runs_of(xml: str):
    return parse_xml(f"<w:wrap {NAMESPACES}>{xml}</w:wrap>")


def _box_paragraphs(lines: list[str]) -> str:
    return "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in lines)


def text_box_run(lines: list[str], *, fallback: bool = True) -> str:
    """A run holding a text box as Word 2010+ writes it: a DrawingML shape
    (wps:txbx) in mc:Choice, and the same box as VML in mc:Fallback."""
    content = _box_paragraphs(lines)
    choice = (
        '<mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic>'
        "<a:graphicData><wps:wsp><wps:txbx><w:txbxContent>"
        f"{content}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData>"
        "</a:graphic></wp:anchor></w:drawing></mc:Choice>"
    )
    vml = (
        "<w:pict><v:shape><v:textbox><w:txbxContent>"
        f"{content}</w:txbxContent></v:textbox></v:shape></w:pict>"
    )
    if not fallback:
        return f"<w:r><mc:AlternateContent>{choice}</mc:AlternateContent></w:r>"
    return (
        f"<w:r><mc:AlternateContent>{choice}<mc:Fallback>{vml}</mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )


def vml_text_box_run(lines: list[str]) -> str:
    """An older document's text box: VML only."""
    return (
        "<w:r><w:pict><v:shape><v:textbox><w:txbxContent>"
        f"{_box_paragraphs(lines)}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )


def word_with_text_box(before: str, box: list[str], after: str, *, vml=False) -> bytes:
    document = docx.Document()
    anchor = document.add_paragraph(before)
    for element in _runs_of(vml_text_box_run(box) if vml else text_box_run(box)):
        anchor._p.append(element)
    document.add_paragraph(after)
    return _saved(document)


def word_with_tracked_changes(kept: str, inserted: str, deleted: str) -> bytes:
    """One paragraph: kept text, an accepted-looking insertion and a
    deletion (w:delText), as Word saves them with Track Changes on; then a
    whole paragraph inserted and one deleted."""
    document = docx.Document()
    paragraph = document.add_paragraph(kept)
    author = 'w:author="Editor" w:date="2026-03-02T09:00:00Z"'
    for element in _runs_of(
        f'<w:ins w:id="1" {author}><w:r><w:t xml:space="preserve"> {inserted}'
        "</w:t></w:r></w:ins>"
        f'<w:del w:id="2" {author}><w:r><w:delText xml:space="preserve"> {deleted}'
        "</w:delText></w:r></w:del>"
    ):
        paragraph._p.append(element)
    whole = document.add_paragraph()
    for element in _runs_of(
        f'<w:ins w:id="3" {author}><w:r><w:t>The ferry will also stop at '
        "Gull Point.</w:t></w:r></w:ins>"
    ):
        whole._p.append(element)
    gone = document.add_paragraph()
    for element in _runs_of(
        f'<w:del w:id="4" {author}><w:r><w:delText>This paragraph was struck '
        "out.</w:delText></w:r></w:del>"
    ):
        gone._p.append(element)
    return _saved(document)


def word_with_tables() -> bytes:
    """Prose, a table of fares with a merged header and a vertically
    merged cell, prose laid out in a table with a nested table, prose."""
    document = docx.Document()
    document.add_paragraph("The council published the new fares on Monday.")
    fares = document.add_table(rows=4, cols=3)
    header = fares.cell(0, 0).merge(fares.cell(0, 2))
    header.text = "Fares from April"
    for row, values in enumerate(
        [("Route", "Now", "April"), ("Gull Point", "2.40", "2.64")], start=1
    ):
        for column, value in enumerate(values):
            fares.cell(row, column).text = value
    fares.cell(3, 1).text = "3.10"
    fares.cell(3, 2).text = "3.41"
    # "Gull Point" spans two rows: it must appear once.
    fares.cell(2, 0).merge(fares.cell(3, 0))
    layout = document.add_table(rows=1, cols=2)
    left = layout.cell(0, 0)
    left.text = "Residents gathered at the quay on Tuesday evening."
    left.add_paragraph("Several said they would sign the petition.")
    right = layout.cell(0, 1)
    right.text = "Ticket office hours:"
    inner = right.add_table(rows=1, cols=2)
    inner.cell(0, 0).text = "Weekdays"
    inner.cell(0, 1).text = "7 to 19"
    right.add_paragraph("The office closes on public holidays.")
    document.add_paragraph("The new fares apply from the first of April.")
    return _saved(document)


def zip_with(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            # OpenDocument wants its mimetype first and stored, as here.
            method = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            archive.writestr(name, data, compress_type=method)
    return buffer.getvalue()


def open_document(kind: str = "text") -> bytes:
    """An OpenDocument file (LibreOffice Writer's .odt for "text")."""
    return zip_with(
        {
            "mimetype": f"application/vnd.oasis.opendocument.{kind}".encode(),
            "content.xml": b"<office:document-content/>",
            "META-INF/manifest.xml": b"<manifest:manifest/>",
        }
    )


PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 64


def zip_of_images() -> bytes:
    return zip_with({"photos/quay.jpg": JPEG, "photos/ferry.png": PNG})


SVG_BODY = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="40" '
    'onload="alert(document.cookie)"><text x="4" y="20">Ferry fares</text>'
    "</svg>"
)


def image(format_name: str) -> bytes:
    """A real little picture in `format_name`, written by Pillow."""
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (16, 16), (20, 90, 160)).save(buffer, format=format_name)
    return buffer.getvalue()


def heic_header() -> bytes:
    """The start of an iPhone photo: an ISO media "ftyp" box, brand heic
    (Pillow cannot write HEIC; the box is what sniffing reads)."""
    box = b"ftypheic\x00\x00\x00\x00mif1heic"
    return (len(box) + 4).to_bytes(4, "big") + box + b"\x00" * 200


def svg(prolog: str = "", *, encoding: str = "utf-8") -> bytes:
    return (prolog + SVG_BODY).encode(encoding)


STORY = [
    "The harbour council said on Monday that ferry fares would rise by ten "
    "percent in April.",
    "Residents said the crossing is already too expensive for families.",
]


def nested_page(depth: int, tag: str = "div") -> bytes:
    """A page whose article sits `depth` elements deep, as some site
    builders generate them."""
    story = "".join(f"<p>{paragraph}</p>" for paragraph in STORY)
    return (
        "<!DOCTYPE html><html><head><title>Fares</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"{f'<{tag} class=wrap>' * depth}<article>{story}</article>"
        f"{f'</{tag}>' * depth}</body></html>"
    ).encode()
