import pytest

from articles.domain.cleaning import clean_with_offsets
from articles.domain.segmenting import (
    normalise_text,
    split_sentences,
)


def texts(text: str) -> list[str]:
    return [segment.text for segment in split_sentences(normalise_text(text))]


# Each row: the text, and the sentences a careful reader would see in it.
SENTENCE_CASES = {
    "abbreviations": (
        "Gov. Ortiz met Lt. Col. Ana Reyes at No. 10 on Monday. The U.S. envoy "
        "joined them. Shares in Acme Inc. rose.",
        [
            "Gov. Ortiz met Lt. Col. Ana Reyes at No. 10 on Monday.",
            "The U.S. envoy joined them.",
            "Shares in Acme Inc. rose.",
        ],
    ),
    "titles mid-sentence": (
        "The loyal following grew, said Ms. Gil, who runs the camp. It opened in May.",
        [
            "The loyal following grew, said Ms. Gil, who runs the camp.",
            "It opened in May.",
        ],
    ),
    "initials": (
        "J. K. Harlow wrote the report. Its author, Mary T. Ruiz, agreed.",
        ["J. K. Harlow wrote the report.", "Its author, Mary T. Ruiz, agreed."],
    ),
    "decimals and money": (
        "The fund holds $4.5 million. Tickets cost £3.40 each. Growth was 2.5%.",
        [
            "The fund holds $4.5 million.",
            "Tickets cost £3.40 each.",
            "Growth was 2.5%.",
        ],
    ),
    "times": (
        "Doors open at 10 p.m. on Friday. The bar shuts at 2 a.m. Be early.",
        ["Doors open at 10 p.m. on Friday.", "The bar shuts at 2 a.m.", "Be early."],
    ),
    "quotes ending in ? and !": (
        "“Is this fair?” she asked. “No!” he shouted. Then there was silence.",
        ["“Is this fair?” she asked.", "“No!” he shouted.", "Then there was silence."],
    ),
    "straight quotes": (
        '"Is this fair?" she asked. "No," he said.',
        ['"Is this fair?" she asked.', '"No," he said.'],
    ),
    "missing space after a full stop": (
        "The court ruled 7-2.The decision stands.",
        ["The court ruled 7-2.", "The decision stands."],
    ),
    "ellipses": (
        "He paused... Then he left. And so… it ended.",
        ["He paused...", "Then he left.", "And so… it ended."],
    ),
    "e.g. and i.e.": (
        "Some fruit, e.g. apples, is cheap. Others, i.e. mangoes, are not.",
        ["Some fruit, e.g. apples, is cheap.", "Others, i.e. mangoes, are not."],
    ),
    "lowercase brand names": (
        "She sold it on eBay. Her iPhone was next.",
        ["She sold it on eBay.", "Her iPhone was next."],
    ),
    "a parenthetical sentence": (
        "The vote passed. (The mayor abstained.) Critics objected.",
        ["The vote passed.", "(The mayor abstained.)", "Critics objected."],
    ),
    "a byline glued to a timestamp": (
        "Lena Marsh27 December 2024 10:01",
        ["Lena Marsh27 December 2024 10:01"],
    ),
    "a quotation of several sentences": (
        "“We will check every mile. That takes time,” he said. Trains resume Sunday.",
        [
            "“We will check every mile. That takes time,” he said.",
            "Trains resume Sunday.",
        ],
    ),
    "line breaks end headlines and bylines": (
        "Ferry fares to rise\nBy Lena Marsh\nThe board met on Monday.",
        ["Ferry fares to rise", "By Lena Marsh", "The board met on Monday."],
    ),
    "a city abbreviation at the end of a sentence": (
        "He lives in Washington, D.C. He works at the U.N.",
        ["He lives in Washington, D.C.", "He works at the U.N."],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), SENTENCE_CASES.values(), ids=SENTENCE_CASES
)
def test_sentences_are_split_where_a_reader_would(text, expected):
    assert texts(text) == expected


def test_every_segment_points_at_its_own_text():
    text = normalise_text(
        "Harbour votes to keep ferry\n\n"
        "The council voted 7-2 on Monday. "
        "\u201cIt is a lifeline,\u201d said Mayor Ortiz.\r\n"
        "Caf\u00e9 owners cheered."
    )

    segments = split_sentences(text)

    assert [text[segment.start : segment.end] for segment in segments] == [
        segment.text for segment in segments
    ]


def test_blank_lines_start_a_new_paragraph():
    segments = split_sentences(normalise_text("One. Two.\nThree.\n\n\nFour."))

    assert [segment.paragraph for segment in segments] == [0, 0, 0, 1]


def test_windows_line_endings_and_decomposed_accents_are_normalised():
    assert normalise_text("Cafe\u0301\r\nline two\r\n") == "Caf\u00e9\nline two\n"


def test_offsets_map_back_to_the_text_before_unicode_normalisation():
    original = "Cafe\u0301 owners objected. Ne\u0301ne agreed."

    normalised, origins = clean_with_offsets(original)
    segments = split_sentences(normalised)

    back = [original[origins[s.start] : origins[s.end]] for s in segments]
    assert back == ["Cafe\u0301 owners objected.", "Ne\u0301ne agreed."]
