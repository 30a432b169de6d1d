"""Images people upload by mistake, told apart from text by their content.

Bitmaps would mostly fail as "binary", but a teacher who picked a photo
should hear that it is a photo. SVG is the dangerous one: it is text, so it
would be read as an article of markup (event handlers and all). A root
`<svg>` element decides, after whatever XML allows before it.
"""

import re

IMAGE_ADVICE = "not an article. Upload the text instead."
# Leading bytes that decide alone.
PREFIXES = {
    b"\x89PNG\r\n\x1a\n": "PNG",
    b"\xff\xd8\xff": "JPEG",
    b"GIF87a": "GIF",
    b"GIF89a": "GIF",
    b"II*\x00": "TIFF",
    b"MM\x00*": "TIFF",
    b"\x00\x00\x01\x00": "Windows icon (.ico)",
    b"\x00\x00\x02\x00": "Windows cursor (.cur)",
}
# The ISO media file's brand (bytes 8-12, after "ftyp") for still images;
# video brands are left to the binary check.
HEIF_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1"}
AVIF_BRANDS = {b"avif", b"avis"}
# A BMP's header size field takes one of these values (the DIB versions).
BMP_HEADER_SIZES = {12, 16, 40, 52, 56, 64, 108, 124}
SVG_ROOT = re.compile(r"<(?:[\w.-]+:)?svg[\s/>]")


def image_refusal(data: bytes) -> str:
    """The refusal for a bitmap image, or "" for anything else."""
    name = image_name(data)
    return f"This is a {name} image, {IMAGE_ADVICE}" if name else ""


def image_name(data: bytes) -> str:
    for prefix, name in PREFIXES.items():
        if data.startswith(prefix):
            return name
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "WebP"
    if data[4:8] == b"ftyp":
        # The major brand, or a compatible one (AVIF files often say mif1).
        brands = {data[8:12]} | {
            data[offset : offset + 4] for offset in range(16, min(len(data), 64), 4)
        }
        if brands & AVIF_BRANDS:
            return "AVIF"
        if data[8:12] in HEIF_BRANDS:
            return "HEIC (iPhone photo)"
    if (
        data[:2] == b"BM"
        and data[6:10] == b"\x00\x00\x00\x00"  # reserved, always zero
        and int.from_bytes(data[14:18], "little") in BMP_HEADER_SIZES
    ):
        return "BMP"
    return ""


def svg_refusal(text: str) -> str:
    """The refusal for an SVG drawing (decoded text), or "" for anything else."""
    if SVG_ROOT.match(text, _prolog_end(text)):
        return f"This is an SVG image (a drawing's code), {IMAGE_ADVICE}"
    return ""


def _prolog_end(text: str) -> int:
    """Where the first element may start: after a BOM, whitespace, the XML
    declaration, comments, processing instructions and a DOCTYPE.

    A loop of str.find rather than one regex: a file of many unclosed
    comments must cost one pass, not a backtracking search.
    """
    position = 0
    while True:
        while position < len(text) and (
            text[position].isspace() or text[position] == "\ufeff"
        ):
            position += 1
        if text.startswith("<!--", position):
            end = text.find("-->", position + 4)
            closing = 3
        elif text.startswith("<?", position):
            end = text.find("?>", position + 2)
            closing = 2
        elif text[position : position + 9].upper() == "<!DOCTYPE":
            end, closing = _doctype_end(text, position), 1
        else:
            return position
        if end < 0:
            return position  # unclosed: not a well-formed prolog
        position = end + closing


def _doctype_end(text: str, start: int) -> int:
    """The index of the DOCTYPE's closing ">", past any internal subset."""
    close = text.find(">", start)
    bracket = text.find("[", start, close if close >= 0 else len(text))
    if bracket < 0:
        return close
    subset_end = text.find("]", bracket)
    return text.find(">", subset_end) if subset_end >= 0 else -1
