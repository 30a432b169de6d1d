"""The cleaning step: invisible and formatting characters out, what a language
needs kept, and offsets that still point at the text as it came in."""

import unicodedata

import pytest

from articles.domain.cleaning import MAX_MARKS, clean_with_offsets
from articles.domain.pipeline import analyse, analyse_raw
from articles.domain.segmenting import normalise_text, split_sentences


def cleaned(text: str) -> str:
    return clean_with_offsets(text)[0]


REMOVED = {
    "zero-width space": "\u200b",
    "word joiner": "\u2060",
    "BOM inside the text": "\ufeff",
    "soft hyphen": "\u00ad",
    "combining grapheme joiner": "\u034f",
    "left-to-right embedding": "\u202a",
    "right-to-left embedding": "\u202b",
    "pop directional formatting": "\u202c",
    "left-to-right override": "\u202d",
    "right-to-left override": "\u202e",
    "left-to-right isolate": "\u2066",
    "right-to-left isolate": "\u2067",
    "first strong isolate": "\u2068",
    "pop directional isolate": "\u2069",
    "left-to-right mark": "\u200e",
    "right-to-left mark": "\u200f",
    "Arabic letter mark": "\u061c",
    "invisible times": "\u2062",
    "interlinear annotation anchor": "\ufff9",
    "language tag": "\U000e0001",
    "zero-width joiner between Latin letters": "\u200d",
    "zero-width non-joiner between Latin letters": "\u200c",
    "NUL": "\x00",
    "bell": "\x07",
    "escape": "\x1b",
    "delete": "\x7f",
    "C1 control": "\x9b",
}


@pytest.mark.parametrize("character", REMOVED.values(), ids=REMOVED)
def test_invisible_and_formatting_characters_inside_a_word_are_removed(character):
    assert cleaned(f"The clerk sa{character}id so.") == "The clerk said so."


def test_a_lone_surrogate_becomes_the_replacement_character():
    assert cleaned("Caf\udce9 owners") == "Caf\ufffd owners"


SPACES = {
    "tab": "\t",
    "no-break space": "\u00a0",
    "narrow no-break space": "\u202f",
    "em space": "\u2003",
    "thin space": "\u2009",
    "ideographic space": "\u3000",
}


@pytest.mark.parametrize("character", SPACES.values(), ids=SPACES)
def test_every_kind_of_space_becomes_a_plain_space(character):
    assert cleaned(f"Dock{character}workers voted.") == "Dock workers voted."


@pytest.mark.parametrize(
    ("character", "replacement"),
    [("\x0b", "\n"), ("\x0c", "\n"), ("\x85", "\n"), ("\u2028", "\n")],
)
def test_other_line_breaks_become_a_line_break(character, replacement):
    assert cleaned(f"Page one ends.{character}Page two.") == (
        f"Page one ends.{replacement}Page two."
    )


def test_a_paragraph_separator_becomes_a_blank_line():
    text = cleaned("The vote passed.\u2029Critics left.")

    assert text == "The vote passed.\n\nCritics left."
    assert [segment.paragraph for segment in split_sentences(text)] == [0, 1]


KEPT = {
    # Persian "mi-khaham": the ZWNJ keeps the prefix from joining the verb.
    "ZWNJ in Persian": "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645",
    # Devanagari ka, virama, ZWJ, ssa: a half form instead of a conjunct.
    "ZWJ after a Devanagari virama": "\u0915\u094d\u200d\u0937",
    # Bengali ka, virama, ZWNJ, ta: the virama shown, no conjunct.
    "ZWNJ after a Bengali virama": "\u0995\u09cd\u200c\u09a4",
    "ZWJ in an emoji sequence": "\U0001f469\u200d\U0001f4bb",
    "ZWJ after an emoji with a skin tone": "\U0001f469\U0001f3fd\u200d\U0001f4bb",
    "ZWJ after the emoji presentation selector": "\u2764\ufe0f\u200d\U0001f525",
    "flag of Scotland": "\U0001f3f4\U000e0067\U000e0062\U000e0073\U000e0063"
    "\U000e0074\U000e007f",
    "Arabic number sign": "\u0600\u0661\u0662",
    "Mongolian vowel separator": "\u1828\u180e\u1820",
    "accent in NFC": "Caf\u00e9",
    "Vietnamese": "Vi\u1ec7t Nam",
    # Shin with dagesh, shin dot and qamats, in canonical (NFC) order.
    "pointed Hebrew (three marks on one letter)": "\u05e9\u05b8\u05bc\u05c1",
    "private use character": "\ue000",
}


@pytest.mark.parametrize("text", KEPT.values(), ids=KEPT)
def test_what_a_language_or_a_symbol_needs_is_kept(text):
    assert cleaned(text) == text


def test_a_doubled_joiner_is_removed():
    assert cleaned("\u0645\u06cc\u200c\u200c\u062e") == "\u0645\u06cc\u062e"


def test_tags_without_a_black_flag_before_them_are_removed():
    assert cleaned("Vote\U000e0067\U000e0062 now.") == "Vote now."


def test_decomposed_accents_are_composed():
    assert cleaned("Cafe\u0301 and Vie\u0323\u0302t") == "Caf\u00e9 and Vi\u1ec7t"


def test_stacked_combining_marks_are_capped_per_base_character():
    zalgo = "Z" + "\u0301\u0316\u0324\u0489\u0353" * 40 + "oning"

    text = cleaned(f"{zalgo} vote passed.")

    # NFC composes Z and the acute; the next three marks stay.
    assert text == "\u0179\u0316\u0324\u0489oning vote passed."
    marks = [c for c in text if unicodedata.category(c) in ("Mn", "Me")]
    assert len(marks) == MAX_MARKS == 3


def test_a_line_of_zalgo_marks_stays_short():
    segments = split_sentences(normalise_text("\u0336" * 500 + "Harbour news."))

    assert [len(segment.text) for segment in segments] == [13 + MAX_MARKS]


def test_a_lone_bidi_override_line_is_not_a_sentence():
    text = normalise_text("Fares will rise.\n\u202e\nThe board met.\n\u2067\u2069")

    assert [s.text for s in split_sentences(text)] == [
        "Fares will rise.",
        "The board met.",
    ]
    assert "\u202e" not in text


def test_a_reporting_cue_hidden_by_a_zero_width_space_is_found():
    (item,) = analyse(normalise_text("Mayor Ortiz sa\u200bid the plan would help."))

    assert item.suggestion.label.value == "sourced_claim"
    assert item.segment.text == "Mayor Ortiz said the plan would help."


def test_every_character_maps_back_to_where_it_came_from():
    original = "\u202eNe\u0301ne sa\u200bid\u00a0no.\x00"

    text, origins = clean_with_offsets(original)

    assert text == "N\u00e9ne said no."
    assert len(origins) == len(text) + 1
    assert origins[0] == 1  # "N", after the override
    assert origins[1] == 2  # "\u00e9", composed from "e" and the accent
    assert origins[2] == 4  # "n", after the accent
    assert original[origins[5] : origins[9]] == "sa\u200bid"
    assert origins[-1] == len(original)


def test_offsets_after_zalgo_point_past_every_dropped_mark():
    original = "A" + "\u0301" * 30 + "rt fair opened."

    text, origins = clean_with_offsets(original)

    assert original[origins[text.index("rt")] :].startswith("rt fair")


def test_a_highlighted_cue_maps_back_to_the_characters_typed():
    original = "\ufeffThe report by the coastguard, Lt Ruiz sa\u00adid, was late."

    _, (item,) = analyse_raw(original)

    assert item.suggestion.label.value == "sourced_claim"
    (cue,) = [original[start:end] for start, end in item.suggestion.cues]
    assert cue.endswith("Ruiz sa\u00adid")
    assert original[item.segment.start : item.segment.end] == item.segment.text
    assert item.segment.text == original[1:]


def test_cleaning_clean_text_changes_nothing():
    text = "Ferry kept\n\nThe council voted 7-2. \u201cGood,\u201d he said."

    assert clean_with_offsets(text) == (text, list(range(len(text) + 1)))
