"""Images are refused as images, SVG drawings above all (they are text)."""

import codecs

import pytest

from articles.extraction import RefusedFile, extract
from tests.extraction import awkward


@pytest.mark.parametrize(
    ("data", "name"),
    [
        pytest.param(awkward.image("PNG"), "PNG", id="png"),
        pytest.param(awkward.image("JPEG"), "JPEG", id="jpeg"),
        pytest.param(awkward.image("GIF"), "GIF", id="gif"),
        pytest.param(awkward.image("WEBP"), "WebP", id="webp"),
        pytest.param(awkward.image("BMP"), "BMP", id="bmp"),
        pytest.param(awkward.image("TIFF"), "TIFF", id="tiff"),
        pytest.param(awkward.image("ICO"), "icon", id="ico"),
        pytest.param(awkward.image("AVIF"), "AVIF", id="avif"),
        pytest.param(awkward.heic_header(), "HEIC", id="heic"),
    ],
)
def test_pictures_are_refused_as_images_whatever_their_name(data, name):
    with pytest.raises(
        RefusedFile, match=f"This is an? .*{name}.* image, not an article"
    ):
        extract(data, "story.txt")


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(awkward.svg(), id="bare"),
        pytest.param(
            awkward.svg('<?xml version="1.0" encoding="UTF-8"?>\n'), id="declaration"
        ),
        pytest.param(codecs.BOM_UTF8 + awkward.svg("\n\n  "), id="bom-whitespace"),
        pytest.param(
            awkward.svg(
                '<?xml version="1.0"?>\n<!-- Drawn for the harbour map -->\n'
                "<!-- second comment -->\n"
                '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" '
                '"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" '
                '[ <!ENTITY harbour "Gull Point"> ]>\n'
            ),
            id="comments-doctype",
        ),
        pytest.param(awkward.svg(encoding="utf-16"), id="utf16"),
        pytest.param(
            awkward.SVG_BODY.replace("<svg", "<svg:svg").encode(), id="prefix"
        ),
    ],
)
def test_an_svg_drawing_is_refused_not_read_as_text(data):
    with pytest.raises(RefusedFile, match="SVG image"):
        extract(data, "drawing.txt")


def test_a_page_with_an_svg_inside_is_still_a_web_page():
    page = (
        "<!DOCTYPE html><html><head><title>Fares</title></head><body><article>"
        f"{awkward.SVG_BODY}<p>The harbour council said on Monday that fares "
        "would rise by ten percent in April, its treasurer told reporters.</p>"
        "</article></body></html>"
    )

    assert "ten percent" in extract(page.encode(), "fares.html").text


def test_text_that_merely_mentions_svg_is_read():
    text = "The charts on the council's fares page are drawn with <svg> tags."

    assert extract(text.encode(), "notes.txt").text == text


def test_unclosed_comments_cost_one_pass():
    data = ("<!--" + " unclosed" * 20) * 500

    # Read as text (no article prose, but no hang either).
    assert extract(data.encode(), "odd.txt").kind == "text"
