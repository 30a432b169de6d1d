"""Plain text and Markdown files."""

import re

from markdown_it import MarkdownIt

from .document import Extracted, Metadata
from .limits import check_text_size

BLANK_LINES = re.compile(r"\n\s*\n")
# Blocks whose text is article prose; code, tables and HTML blocks are not.
TEXT_BLOCKS = {"paragraph_open", "heading_open"}


def read_text(text: str) -> Extracted:
    # Line breaks are kept: the segmenter treats them as sentence boundaries,
    # which is how teachers paste one sentence per line.
    return Extracted("text", check_text_size(text.strip()))


def read_markdown(text: str) -> Extracted:
    """Markdown reduced to its words: links keep their text, emphasis and
    heading marks go. A leading top-level heading becomes the title."""
    tokens = MarkdownIt("commonmark").parse(text)
    blocks: list[tuple[str, str]] = []
    for index, token in enumerate(tokens):
        if token.type in TEXT_BLOCKS and index + 1 < len(tokens):
            blocks.append((token.tag, _inline_text(tokens[index + 1])))
    title = ""
    if blocks and blocks[0][0] == "h1":
        title = " ".join(blocks.pop(0)[1].split())
    paragraphs = [block for _, block in blocks if block.strip()]
    return Extracted(
        "markdown",
        check_text_size("\n\n".join(paragraphs)),
        Metadata(title=title),
    )


def _inline_text(inline) -> str:
    parts = []
    for child in inline.children or []:
        if child.type in {"text", "code_inline"}:
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
    return "".join(parts)
