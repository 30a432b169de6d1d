"""Word text outside plain body paragraphs: tables, text boxes, tracked changes."""

from articles.extraction import extract
from tests.extraction import awkward

BEFORE = "The council met at the harbour office on Monday."
AFTER = "The meeting ended before noon."
BOX = ["Key facts: fares rise by ten percent.", "The change starts in April."]


def paragraphs(data: bytes) -> list[str]:
    return extract(data, "story.docx").text.split("\n\n")


def test_a_text_box_is_read_once_after_its_paragraph():
    # The box is stored twice (DrawingML and a VML fallback); one copy counts.
    assert paragraphs(awkward.word_with_text_box(BEFORE, BOX, AFTER)) == [
        BEFORE,
        *BOX,
        AFTER,
    ]


def test_an_old_vml_text_box_is_read():
    data = awkward.word_with_text_box(BEFORE, BOX, AFTER, vml=True)

    assert paragraphs(data) == [BEFORE, *BOX, AFTER]


def test_tracked_insertions_are_read_and_deletions_are_not():
    data = awkward.word_with_tracked_changes(
        "Fares will rise", "by ten percent in April.", "next week."
    )

    assert paragraphs(data) == [
        "Fares will rise by ten percent in April.",
        "The ferry will also stop at Gull Point.",
    ]


def test_tables_are_read_row_by_row_in_document_order():
    assert paragraphs(awkward.word_with_tables()) == [
        "The council published the new fares on Monday.",
        # A header merged across the row appears once.
        "Fares from April",
        "Route | Now | April",
        "Gull Point | 2.40 | 2.64",
        # The vertically merged "Gull Point" is not repeated.
        "3.10 | 3.41",
        # Prose laid out in a table keeps its paragraphs; a nested table
        # is read where it sits.
        "Residents gathered at the quay on Tuesday evening.",
        "Several said they would sign the petition.",
        "Ticket office hours:",
        "Weekdays | 7 to 19",
        "The office closes on public holidays.",
        "The new fares apply from the first of April.",
    ]
