"""Pages whose text sits deeper in the markup than lxml will go.

libxml2 (under lxml and so trafilatura) stops building the tree 256
elements deep, and silently drops everything below: a page generated with
its text inside thousands of nested <div>s came out as "only menus". Those
wrappers carry no meaning, so they are taken out and the page read again;
a page nested too deeply in anything else is refused as such.
"""

import re

from lxml import etree, html

# libxml2's limit without XML_PARSE_HUGE (which trafilatura does not set).
PARSER_MAX_DEPTH = 256
# Wrappers deeper than this leave too little room for <html>, <body> and
# the page's own structure under the parser's limit.
MAX_WRAPPER_DEPTH = 200
WRAPPER_TAG = re.compile(r"<(/?)(?:div|span|font|section|center)\b[^>]*>", re.I)


def wrapper_depth(page: str) -> int:
    """How deep the wrapper elements nest, counting their tags."""
    depth = deepest = 0
    for match in WRAPPER_TAG.finditer(page):
        if match.group(1):
            depth = max(depth - 1, 0)
        else:
            depth += 1
            deepest = max(deepest, depth)
    return deepest


def without_wrappers(page: str) -> str:
    """The page with every wrapper tag replaced by a line break, so the
    words on either side stay apart."""
    return WRAPPER_TAG.sub("\n", page)


def too_deep_for_the_parser(page: str) -> bool:
    """True when lxml stops short of the page's end for its depth."""
    parser = html.HTMLParser()
    try:
        root = html.document_fromstring(page, parser=parser)
    except (etree.ParserError, ValueError):
        return False
    depth = deepest = 0
    for event, _ in etree.iterwalk(root, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    return deepest >= PARSER_MAX_DEPTH
