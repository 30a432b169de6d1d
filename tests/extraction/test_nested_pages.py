"""Web pages nested deeper than the HTML parser goes."""

import time

import pytest

from articles.extraction import RefusedFile, extract
from tests.extraction import awkward
from tests.extraction import sample_files as uploads


@pytest.mark.parametrize("depth", [50, 300, 10_000])
def test_text_inside_thousands_of_nested_divs_is_read(depth):
    started = time.monotonic()

    result = extract(awkward.nested_page(depth), "fares.html")

    assert result.text.split("\n\n") == awkward.STORY
    assert time.monotonic() - started < 3


def test_a_page_nested_too_deeply_in_other_elements_says_so():
    with pytest.raises(RefusedFile, match="nested too deeply"):
        extract(awkward.nested_page(1_000, tag="blockquote"), "fares.html")


def test_a_page_of_menus_is_still_told_it_holds_only_menus():
    with pytest.raises(RefusedFile, match="only menus"):
        extract(uploads.navigation_page(), "home.html")
