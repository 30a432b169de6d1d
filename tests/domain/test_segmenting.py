import pytest

from articles.domain.segmenting import normalise_text, split_sentences


def texts(text: str) -> list[str]:
    return [segment.text for segment in split_sentences(normalise_text(text))]


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gov. Ortiz said the U.S. plan costs $4.5 million. Critics disagreed.",
            ["Gov. Ortiz said the U.S. plan costs $4.5 million.", "Critics disagreed."],
        ),
        (
            "\u201cIs it fair?\u201d she asked. Nobody answered.",
            ["\u201cIs it fair?\u201d she asked.", "Nobody answered."],
        ),
        (
            "Headline without a full stop\nThe first sentence.",
            ["Headline without a full stop", "The first sentence."],
        ),
        (
            "The meeting ends at 10 p.m. on Friday.",
            ["The meeting ends at 10 p.m. on Friday."],
        ),
    ],
)
def test_sentences_are_split_where_a_reader_would(text, expected):
    assert texts(text) == expected


def test_blank_lines_start_a_new_paragraph():
    segments = split_sentences(normalise_text("One. Two.\nThree.\n\n\nFour."))

    assert [segment.paragraph for segment in segments] == [0, 0, 0, 1]


def test_windows_line_endings_and_decomposed_accents_are_normalised():
    assert normalise_text("Cafe\u0301\r\nline two\r\n") == "Caf\u00e9\nline two\n"
