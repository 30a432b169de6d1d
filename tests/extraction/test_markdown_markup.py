"""Markdown's links and raw HTML reduced to words: no addresses, no markup."""

import pytest

from articles.extraction import extract

HOSTILE = """\
# Ferry fares rise

Read [the council's statement](javascript:alert(1)) and
[the table](data:text/html;base64,PHNjcmlwdD4=) before Friday.

Write to <javascript:alert(2)> or visit <https://example.org/fares>.

A <span onclick="steal()">quoted</span> word<script>alert(3)</script> stays.

<div onmouseover="steal()">
Residents met at the quay on Tuesday.
<p style="color:red">The meeting ran late.</p>
</div>

<script>
alert(4)
</script>

<img src=x onerror="alert(5)">
"""


@pytest.fixture(scope="module")
def hostile():
    return extract(HOSTILE.encode(), "ferry.md")


def test_links_keep_their_words_but_never_a_script_or_data_address(hostile):
    assert hostile.text.split("\n\n")[:2] == [
        "Read the council's statement and the table before Friday.",
        "Write to or visit https://example.org/fares.",
    ]
    assert "javascript" not in hostile.text
    assert "data:" not in hostile.text


def test_raw_html_keeps_only_its_words(hostile):
    assert hostile.text.split("\n\n")[2:] == [
        "A quoted word stays.",
        "Residents met at the quay on Tuesday.",
        "The meeting ran late.",
    ]
    for markup in ("<", "onclick", "onmouseover", "onerror", "steal", "alert"):
        assert markup not in hostile.text


def test_a_markdown_file_with_tags_is_still_read_as_markdown(hostile):
    # Three tags near the start once made it an HTML fragment, whose reader
    # found no article in it.
    assert hostile.kind == "markdown"
    assert hostile.metadata.title == "Ferry fares rise"


def test_a_disguised_script_scheme_is_still_dropped():
    result = extract(b"Go to <JaVaScRiPt:alert(1)> now, please.", "a.md")

    assert result.text == "Go to now, please."


def test_reference_links_and_inline_anchors_keep_only_their_words():
    source = (
        "Read [the notes][1] and "
        '<a href="javascript:alert(1)" onclick="steal()">the minutes</a> today.\n\n'
        "[1]: javascript:alert(1)\n"
    )

    assert extract(source.encode(), "a.md").text == (
        "Read the notes and the minutes today."
    )
