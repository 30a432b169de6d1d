"""Plain text and Markdown files."""

import re

from markdown_it import MarkdownIt

from .document import Extracted, Metadata
from .limits import check_text_size
from .markup_text import html_paragraphs, opens_raw_text

BLANK_LINES = re.compile(r"\n\s*\n")
SPACES = re.compile(r"[^\S\n]+")
# Blocks whose text is article prose; code and tables are not (HTML blocks
# are read for their words: markup_text).
TEXT_BLOCKS = {"paragraph_open", "heading_open"}
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
# Addresses that run code or carry a document of their own.
UNSAFE_SCHEMES = {"javascript", "vbscript", "data", "file"}


def read_text(text: str) -> Extracted:
    # Line breaks are kept: the segmenter treats them as sentence boundaries,
    # which is how teachers paste one sentence per line.
    return Extracted("text", check_text_size(text.strip()))


def read_markdown(text: str) -> Extracted:
    """Markdown reduced to its words: links keep their text (never their
    address), emphasis and heading marks go, raw HTML keeps only its words.
    A leading heading (or else the first top-level one) becomes the title."""
    tokens = _markdown().parse(text)
    blocks: list[tuple[str, str]] = []
    for index, token in enumerate(tokens):
        if token.type in TEXT_BLOCKS and index + 1 < len(tokens):
            blocks.append((token.tag, _inline_text(tokens[index + 1])))
        elif token.type == "html_block":
            blocks.extend(("html", block) for block in html_paragraphs(token.content))
    headline = _title_block(blocks)
    title = "" if headline is None else " ".join(blocks.pop(headline)[1].split())
    # Dropped tags and addresses leave runs of spaces behind.
    paragraphs = [
        "\n".join(SPACES.sub(" ", line).strip() for line in block.split("\n"))
        for _, block in blocks
        if block.strip()
    ]
    return Extracted(
        "markdown",
        check_text_size("\n\n".join(paragraphs)),
        Metadata(title=title),
    )


def _title_block(blocks: list[tuple[str, str]]) -> int | None:
    """Which block is the headline: a heading that opens the file, or the
    first `#` heading after a byline or a standfirst."""
    if blocks and blocks[0][0] in HEADINGS:
        return 0
    return next((index for index, (tag, _) in enumerate(blocks) if tag == "h1"), None)


def _markdown() -> MarkdownIt:
    parser = MarkdownIt("commonmark")
    # markdown-it refuses javascript:/data: links by leaving them as
    # literal text, "[words](javascript:...)" and all. Parsed as links
    # instead, they keep their words and lose the address like any link.
    parser.validateLink = lambda url: True
    return parser


def _inline_text(inline) -> str:
    parts = []
    skipping_until = ""  # inside <script> and the like: the closing tag
    hidden_link = False  # an autolink whose text is a script or data URL
    for child in inline.children or []:
        if skipping_until:
            if child.type == "html_inline" and child.content.lower().startswith(
                f"</{skipping_until}"
            ):
                skipping_until = ""
            continue
        if child.type == "html_inline":
            skipping_until = opens_raw_text(child.content)
        elif child.type == "link_open":
            hidden_link = child.markup == "autolink" and _unsafe(
                str(child.attrs.get("href", ""))
            )
        elif child.type == "link_close":
            hidden_link = False
        elif hidden_link:
            continue
        elif child.type in {"text", "code_inline"}:
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
    return "".join(parts)


def _unsafe(url: str) -> bool:
    # Browsers ignore controls and spaces in a scheme ("java\tscript:").
    scheme = "".join(url.split(":", 1)[0].split()).lower()
    return ":" in url and scheme in UNSAFE_SCHEMES
