"""The words of raw HTML found inside Markdown, without its markup.

Markdown allows HTML, and a Markdown article pasted from a CMS often has
some: `<div onmouseover=...>` around a paragraph, a `<script>`. The article
is stored as plain text, so tags, attributes (event handlers included) and
the contents of script-like elements go; the words between tags stay.
"""

import re

from lxml import etree, html

# Elements whose content is code or chrome, never article prose.
NOT_PROSE = (
    "script",
    "style",
    "template",
    "noscript",
    "iframe",
    "object",
    "embed",
    "svg",
    "math",
    "head",
    "title",
    "textarea",
    "select",
    "button",
)
RAW_TEXT_OPEN = re.compile(rf"<({'|'.join(NOT_PROSE)})\b", re.IGNORECASE)
# Elements that end a paragraph where they close.
BLOCKS = (
    "p",
    "div",
    "section",
    "article",
    "aside",
    "blockquote",
    "li",
    "tr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "figcaption",
    "header",
    "footer",
)


def html_paragraphs(fragment: str) -> list[str]:
    """The paragraphs of words in an HTML fragment."""
    if not fragment.strip():
        return []
    try:
        root = html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return []  # nothing but a comment or declaration
    etree.strip_elements(root, etree.Comment, *NOT_PROSE, with_tail=False)
    for element in root.iter(*BLOCKS):
        # A blank line at both ends: the text before and after is another
        # paragraph.
        element.text = "\n\n" + (element.text or "")
        element.tail = "\n\n" + (element.tail or "")
    for element in root.iter("br"):
        element.tail = "\n" + (element.tail or "")
    text = root.text_content()
    paragraphs = (" ".join(block.split()) for block in re.split(r"\n\s*\n", text))
    return [paragraph for paragraph in paragraphs if paragraph]


def opens_raw_text(tag: str) -> str:
    """The element name if an inline HTML tag opens a script-like element
    (its text must be skipped up to the closing tag), else ""."""
    match = RAW_TEXT_OPEN.match(tag)
    return match.group(1).lower() if match and not tag.rstrip().endswith("/>") else ""
