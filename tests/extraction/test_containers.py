"""ZIPs that are not Word documents are named for what they are."""

import pytest

from articles.extraction import RefusedFile, extract
from tests.extraction import awkward


def refusal(data: bytes, name: str) -> str:
    with pytest.raises(RefusedFile) as refused:
        extract(data, name)
    return str(refused.value)


@pytest.mark.parametrize("name", ["story.odt", "story.docx"])
def test_an_opendocument_text_is_told_to_save_as_word_or_pdf(name):
    assert refusal(awkward.open_document(), name) == (
        "This is an OpenDocument (LibreOffice) file; save it as Word (.docx) or "
        "PDF and upload that."
    )


def test_other_packages_are_named_too():
    assert "OpenDocument spreadsheet" in refusal(
        awkward.open_document("spreadsheet"), "fares.ods"
    )
    assert "Excel spreadsheet" in refusal(
        awkward.zip_with({"xl/workbook.xml": b"<workbook/>"}), "fares.docx"
    )
    assert "e-book (EPUB)" in refusal(
        awkward.zip_with({"mimetype": b"application/epub+zip"}), "book.docx"
    )


@pytest.mark.parametrize(
    ("name", "posing_as"), [("story.docx", "a Word document"), ("a.zip", "articles")]
)
def test_a_zip_of_images_says_so(name, posing_as):
    message = refusal(awkward.zip_of_images(), name)

    assert message.startswith(f"This is a ZIP archive of images, not {posing_as}.")
    assert "batch" not in message


def test_a_zip_of_articles_named_docx_is_not_a_word_document():
    data = awkward.zip_with({"one.txt": b"The quay reopened on Monday."})

    assert refusal(data, "story.docx").startswith(
        "This file is named .docx but it is a ZIP archive, not a Word document."
    )


def test_images_named_as_images_but_holding_text_are_not_images():
    data = awkward.zip_with({"quay.jpg": b"The quay reopened on Monday."})

    assert "batch import" in refusal(data, "a.zip")
