"""Each accepted format read in this process, and each bad file refused."""

import codecs
from datetime import date

import pytest

from articles.extraction import RefusedFile, extract
from articles.extraction.limits import (
    MAX_FILE_BYTES,
    MAX_PARAGRAPHS,
    MAX_PDF_PAGES,
    MAX_SENTENCES,
    MAX_TEXT_CHARACTERS,
    TooLong,
    check_article_size,
)
from tests.extraction import sample_files as uploads

FIRST = uploads.PARAGRAPHS[0]
LAST = uploads.PARAGRAPHS[-1]


def paragraphs_of(text: str) -> list[str]:
    return text.split("\n\n")


# Each format's sample file, and the metadata it carries: a web page's meta
# tags, a Word file's core properties, a PDF's document information.
FORMATS = [
    pytest.param(
        uploads.html_page,
        "ferry.html",
        "html",
        {
            "title": uploads.TITLE,
            "outlet": "The Harbour Gazette",
            "byline": "Mira Lane",
            "published_on": date(2026, 3, 2),
        },
        id="saved-web-page",
    ),
    pytest.param(
        uploads.word_document,
        "ferry.docx",
        "docx",
        {
            "title": uploads.TITLE,
            "byline": "Mira Lane",
            "published_on": date(2026, 3, 2),
        },
        id="word-document",
    ),
    # The first paragraph wraps over two lines in the PDF: they are joined back.
    pytest.param(
        uploads.pdf_document,
        "ferry.pdf",
        "pdf",
        {"title": uploads.TITLE, "published_on": date(2026, 3, 2)},
        id="pdf",
    ),
]


@pytest.mark.parametrize(("make_file", "name", "kind", "metadata"), FORMATS)
def test_each_format_gives_the_article_paragraphs_and_its_metadata(
    make_file, name, kind, metadata
):
    result = extract(make_file(), name)

    assert result.kind == kind
    assert paragraphs_of(result.text) == uploads.PARAGRAPHS
    assert {field: getattr(result.metadata, field) for field in metadata} == metadata


def test_script_text_never_reaches_the_article():
    result = extract(uploads.html_page(), "ferry.htm")

    assert "stolenCookie" not in result.text
    assert "Section 3" not in result.text  # the navigation menu is dropped too


def test_a_page_that_is_all_navigation_is_refused():
    with pytest.raises(RefusedFile, match="only menus, links or scripts"):
        extract(uploads.navigation_page(), "home.html")


def test_html_saved_with_a_txt_name_is_read_as_html():
    result = extract(uploads.html_page(), "ferry.txt")

    assert result.kind == "html"
    assert "<p>" not in result.text


def test_file_type_comes_from_content_not_the_extension():
    assert extract(uploads.pdf_document(), "ferry.txt").kind == "pdf"
    assert extract(uploads.word_document(), "ferry.pdf").kind == "docx"


def test_markdown_keeps_words_and_drops_marks():
    source = (
        "# Ferry fares rise\n\nThe council *said* on [Monday](https://example.org) "
        "that fares\nwould rise.\n\n## Reaction\n\n**Sign the petition** today!\n"
    )
    result = extract(source.encode(), "ferry.md")

    assert result.metadata.title == "Ferry fares rise"
    assert paragraphs_of(result.text) == [
        "The council said on Monday that fares would rise.",
        "Reaction",
        "Sign the petition today!",
    ]


def test_plain_text_keeps_its_lines():
    result = extract(f"{FIRST}\n\n{LAST}\n".encode(), "ferry.txt")

    assert result.kind == "text"
    assert result.text == f"{FIRST}\n\n{LAST}"


@pytest.mark.parametrize(
    "encoded",
    [
        pytest.param("Café owners said “no” to the fee.".encode("cp1252"), id="cp1252"),
        pytest.param("Café owners said “no” to the fee.".encode("utf-16"), id="utf16"),
        pytest.param(
            codecs.BOM_UTF8 + "Café owners said “no” to the fee.".encode(), id="bom"
        ),
    ],
)
def test_text_in_other_encodings_is_decoded(encoded):
    assert extract(encoded, "cafe.txt").text == "Café owners said “no” to the fee."


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        pytest.param(b"", "empty.txt", "The file is empty", id="empty"),
        pytest.param(b"  \n\n ", "blank.txt", "The file is empty", id="blank"),
        pytest.param(
            bytes(range(256)) * 40, "photo.txt", "binary file", id="binary-as-txt"
        ),
        pytest.param(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "a.txt", "PNG", id="png"),
        pytest.param(
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64,
            "a.doc",
            ".doc",
            id="doc",
        ),
        pytest.param(
            b"Caf\xc3 owners\x00\xff\xfe\x00 said" * 50,
            "bad.txt",
            "binary file",
            id="invalid-utf8",
        ),
        pytest.param(
            b"1234 5678 -- !!", "digits.txt", "No article text", id="no-words"
        ),
    ],
)
def test_unreadable_files_are_refused_with_a_reason(data, name, message):
    with pytest.raises(RefusedFile, match=message):
        extract(data, name)


def test_truncated_word_document_is_refused():
    data = uploads.word_document()
    with pytest.raises(RefusedFile, match="damaged or cut short"):
        extract(data[: len(data) // 2], "ferry.docx")


def test_word_zip_bomb_is_refused_before_it_is_unpacked():
    bomb = uploads.word_zip_bomb(unpacked_megabytes=80)
    assert len(bomb) < 1024 * 1024  # tiny on disk

    with pytest.raises(RefusedFile, match="zip bomb"):
        extract(bomb, "ferry.docx")


def test_a_tightly_packed_member_is_refused_even_under_the_size_cap():
    with pytest.raises(RefusedFile, match="zip bomb"):
        extract(uploads.word_zip_bomb(unpacked_megabytes=20), "ferry.docx")


def test_password_protected_pdf_is_refused():
    with pytest.raises(RefusedFile, match="password"):
        extract(uploads.encrypted_pdf(), "ferry.pdf")


def test_pdf_with_an_empty_password_opens():
    result = extract(uploads.encrypted_pdf(password=""), "ferry.pdf")

    assert paragraphs_of(result.text) == uploads.PARAGRAPHS


def test_scanned_pdf_without_text_is_refused():
    with pytest.raises(RefusedFile, match="no text in it"):
        extract(uploads.scanned_pdf(), "scan.pdf")


def test_truncated_pdf_is_refused():
    data = uploads.pdf_document()
    with pytest.raises(RefusedFile, match="PDF"):
        extract(data[: len(data) // 3], "ferry.pdf")


def test_pdf_over_the_page_cap_is_refused():
    data = uploads.pdf_document([FIRST], pages=MAX_PDF_PAGES + 1)
    with pytest.raises(RefusedFile, match=f"{MAX_PDF_PAGES + 1} pages"):
        extract(data, "long.pdf")


def test_file_over_the_size_cap_is_refused():
    data = FIRST.encode() * (MAX_FILE_BYTES // len(FIRST) + 1)
    with pytest.raises(RefusedFile, match="the limit is 10 MB"):
        extract(data, "huge.txt")


def test_text_over_the_character_cap_is_refused():
    data = (FIRST + "\n").encode() * 1000
    with pytest.raises(RefusedFile, match="characters long"):
        extract(data, "long.txt")


def pier_paragraphs(count: int) -> str:
    return "\n\n".join(f"Pier {n} reopened after the storm." for n in range(count))


def pier_sentences_on_one_line(count: int) -> str:
    return " ".join(f"Pier {n} reopened." for n in range(count))


def prose_of_length(characters: int) -> str:
    line = "The harbour crew painted every blue boat before the fair. " * 10
    return ("\n\n".join([line.strip()] * (characters // len(line) + 1)))[:characters]


@pytest.mark.parametrize("name", ["long.txt", "long.md"])
def test_a_text_file_over_the_paragraph_cap_is_refused(name):
    data = pier_paragraphs(MAX_PARAGRAPHS + 1).encode()

    with pytest.raises(TooLong) as refusal:
        extract(data, name)

    too_long = refusal.value
    assert (too_long.measure, too_long.count, too_long.limit) == (
        "paragraphs",
        MAX_PARAGRAPHS + 1,
        MAX_PARAGRAPHS,
    )


@pytest.mark.parametrize(
    ("build", "measure", "limit"),
    [
        (pier_paragraphs, "paragraphs", MAX_PARAGRAPHS),
        (lambda count: "\n".join(["Go."] * count), "lines", MAX_SENTENCES),
        (pier_sentences_on_one_line, "sentences", MAX_SENTENCES),
        (prose_of_length, "characters", MAX_TEXT_CHARACTERS),
    ],
    ids=["paragraphs", "lines", "sentences", "characters"],
)
def test_text_at_a_cap_passes_and_one_more_is_refused(build, measure, limit):
    check_article_size(build(limit))

    with pytest.raises(TooLong) as refusal:
        check_article_size(build(limit + 1))

    assert (refusal.value.measure, refusal.value.count) == (measure, limit + 1)


def test_sentences_are_counted_in_the_text_as_stored():
    # Cleaning turns each line separator into a line break, ending a sentence.
    text = "Harbour news today\u2028" * (MAX_SENTENCES + 1)

    with pytest.raises(TooLong) as refusal:
        check_article_size(text)

    assert (refusal.value.measure, refusal.value.count) == (
        "sentences",
        MAX_SENTENCES + 1,
    )


def test_a_browsers_crlf_line_breaks_count_as_one_character():
    check_article_size(prose_of_length(MAX_TEXT_CHARACTERS).replace("\n", "\r\n"))


def test_a_zip_archive_belongs_on_the_batch_page():
    with pytest.raises(RefusedFile, match="batch import"):
        extract(uploads.zip_of({"a.txt": FIRST.encode()}), "articles.zip")


def test_giant_metadata_is_clipped_to_the_article_fields():
    data = uploads.pdf_document(title="Ferry " * 5000)

    result = extract(data, "ferry.pdf")

    assert len(result.metadata.title) <= 300
    assert result.metadata.title.startswith("Ferry Ferry")
