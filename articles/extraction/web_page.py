"""A saved web page: the article's main text and its metadata (trafilatura)."""

import warnings
from datetime import date

import trafilatura
from trafilatura.settings import use_config

from .document import Extracted, Metadata, RefusedFile
from .limits import join_paragraphs
from .nesting import (
    MAX_WRAPPER_DEPTH,
    PARSER_MAX_DEPTH,
    too_deep_for_the_parser,
    without_wrappers,
    wrapper_depth,
)

# lxml trees past this many elements are not news articles; trafilatura
# refuses to walk them, which bounds its time on generated monster pages.
MAX_TREE_ELEMENTS = 200_000
CONFIG = use_config()
CONFIG.set("DEFAULT", "MAX_TREE_SIZE", str(MAX_TREE_ELEMENTS))


def read_web_page(html: str) -> Extracted:
    if wrapper_depth(html) > MAX_WRAPPER_DEPTH:
        html = without_wrappers(html)
    document = _bare_extraction(html)
    if document is None or not (document.text or "").strip():
        if too_deep_for_the_parser(html):
            raise RefusedFile(
                "This page's text is nested too deeply in its markup to be read "
                f"(more than {PARSER_MAX_DEPTH} levels of elements). Open the "
                "page in a browser and paste its text instead."
            )
        raise RefusedFile(
            "No article text was found in this page: it seems to hold only "
            "menus, links or scripts. Save the article's own page, or paste "
            "its text."
        )
    metadata = Metadata(
        title=_clean(document.title),
        outlet=_clean(document.sitename),
        byline=_clean(document.author),
        published_on=_date(document.date),
        source_url=_clean(document.url),
    )
    lines = document.text.splitlines()
    # trafilatura keeps the headline as the first line; the title field holds it.
    if lines and metadata.title and lines[0].strip() == metadata.title:
        lines = lines[1:]
    # One line per paragraph in trafilatura's output.
    return Extracted("html", join_paragraphs(lines), metadata)


def _bare_extraction(html: str):
    with warnings.catch_warnings():
        # trafilatura's lxml calls warn about future behaviour; not ours to fix.
        warnings.simplefilter("ignore", FutureWarning)
        return trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
            # Only a date the page states for the article itself; a guess
            # from a copyright footer would be worse than none.
            date_extraction_params={"extensive_search": False, "original_date": True},
            config=CONFIG,
        )


def _clean(value: str | None) -> str:
    return " ".join((value or "").split())


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None
