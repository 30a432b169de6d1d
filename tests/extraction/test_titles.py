"""A title suggested for every format when the file names none."""

import pytest

from articles.extraction import extract
from articles.extraction.titles import suggested_title, title_for
from tests.extraction import sample_files as uploads

HEADLINE = "Gull Point pier reopens after the winter storms"
STORY = (
    "Workers finished repairs to the pier at Gull Point on Friday, two weeks "
    "ahead of schedule. The first ferry is due on Monday."
)


def test_a_text_files_headline_line_becomes_the_title():
    result = extract(f"{HEADLINE}\n\n{STORY}\n".encode(), "pier.txt")

    assert title_for(result) == HEADLINE
    # The reader reports only what the file says (a batch falls back on
    # the file's name).
    assert result.metadata.title == ""
    # The text is the teacher's to trim: nothing is taken out of it.
    assert result.text.startswith(HEADLINE)


def test_without_a_headline_the_first_sentence_is_suggested():
    result = extract(STORY.encode(), "pier.txt")

    assert title_for(result) == (
        "Workers finished repairs to the pier at Gull Point on Friday, two weeks "
        "ahead of schedule."
    )


def test_a_pdf_without_a_title_gets_one_from_its_text():
    result = extract(uploads.pdf_document(title=""), "ferry.pdf")

    assert title_for(result) == (
        "The Harbour Council said on Monday that ferry fares would rise by ten "
        "percent in April, according to a statement published on its website."
    )


def test_a_word_document_without_a_title_property_gets_its_first_line():
    data = uploads.word_document([HEADLINE, STORY], title="")

    assert title_for(extract(data, "pier.docx")) == HEADLINE


def test_markdown_without_a_heading_gets_its_first_sentence():
    result = extract(f"{STORY}\n".encode(), "pier.md")

    assert title_for(result).startswith("Workers finished repairs")


@pytest.mark.parametrize("heading", ["# ", "## "])
def test_a_leading_markdown_heading_is_the_title(heading):
    result = extract(f"{heading}{HEADLINE}\n\n{STORY}\n".encode(), "pier.md")

    assert result.metadata.title == HEADLINE
    assert result.text == STORY


def test_a_title_the_file_names_is_kept():
    assert title_for(extract(uploads.pdf_document(), "ferry.pdf")) == uploads.TITLE


def test_a_long_first_sentence_is_clipped_at_a_word_to_the_field():
    sentence = "The council " + "and the harbour board " * 30 + "agreed."

    title = suggested_title(sentence)

    assert len(title) <= 300
    assert title.endswith("board…")


def test_no_words_no_title():
    assert suggested_title("\n\n  \n") == ""


def test_a_top_level_heading_after_a_byline_is_the_title():
    result = extract(f"By Mira Lane\n\n# {HEADLINE}\n\n{STORY}\n".encode(), "p.md")

    assert result.metadata.title == HEADLINE
    assert result.text.split("\n\n") == ["By Mira Lane", STORY]


def test_a_later_section_heading_is_not_the_title():
    result = extract(f"{STORY}\n\n## Reaction\n\nThey cheered.\n".encode(), "p.md")

    assert result.metadata.title == ""
    assert title_for(result).startswith("Workers finished repairs")
    assert "Reaction" in result.text
