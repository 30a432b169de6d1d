"""The design system's colours pass WCAG AA for text (4.5:1), in the normal
palette and in the high-contrast one, where the pages use them: every text
colour on the page background, each label's colour on its own tint and on the
grey wash that tables and panels use, white on the accent (buttons)."""

import re
from pathlib import Path

import pytest

SITE_CSS = (
    Path(__file__).resolve().parents[2] / "quizapp" / "static" / "quizapp" / "site.css"
)
AA_TEXT = 4.5
TEXT_ON_PAPER = ["ink", "muted", "accent", "error", "focus"]
LABELS = ["sourced", "unverified", "appeal", "none"]


def palettes() -> dict[str, dict[str, str]]:
    css = SITE_CSS.read_text(encoding="utf-8")
    blocks = {
        "normal": re.search(r"^:root \{(.*?)^\}", css, re.S | re.M),
        "high contrast": re.search(
            r'^:root\[data-contrast="high"\] \{(.*?)^\}', css, re.S | re.M
        ),
    }
    normal = dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6})", blocks["normal"][1]))
    high = normal | dict(
        re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6})", blocks["high contrast"][1])
    )
    return {"normal": normal, "high contrast": high}


def luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [
        c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels
    ]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(one: str, other: str) -> float:
    lighter, darker = sorted((luminance(one), luminance(other)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def pairs(colours: dict[str, str]) -> list[tuple[str, str]]:
    found = [(text, "paper") for text in TEXT_ON_PAPER]
    found += [(label, f"{label}-bg") for label in LABELS]
    found += [(label, "wash") for label in LABELS]
    found += [("ink", "wash"), ("muted", "wash")]
    return found


def test_the_palettes_are_read_from_the_stylesheet():
    found = palettes()
    assert set(TEXT_ON_PAPER + LABELS + ["paper", "wash"]) <= set(found["normal"])
    assert found["high contrast"]["ink"] == "#000000"


@pytest.mark.parametrize("palette", ["normal", "high contrast"])
def test_text_colours_pass_wcag_aa_where_they_are_used(palette):
    colours = palettes()[palette]
    too_faint = {
        f"{text} on {ground}": round(contrast(colours[text], colours[ground]), 2)
        for text, ground in pairs(colours)
        if contrast(colours[text], colours[ground]) < AA_TEXT
    }
    white_on_accent = contrast("#ffffff", colours["accent"])

    assert not too_faint, too_faint
    assert white_on_accent >= AA_TEXT


def test_the_high_contrast_palette_is_at_least_as_strong_as_the_normal_one():
    normal, high = palettes()["normal"], palettes()["high contrast"]
    for text, ground in pairs(normal):
        assert contrast(high[text], high[ground]) >= contrast(
            normal[text], normal[ground]
        ), f"{text} on {ground}"
