import codecs

import pytest

from articles.domain.decoding import UndecodableError, decode_text

TEXT = "Caf\u00e9 owners said the ferry \u2014 a lifeline \u2014 must stay."


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
        TEXT.encode("cp1252"),
    ],
    ids=["utf-8", "utf-8 with BOM", "utf-16 with BOM", "windows-1252"],
)
def test_text_in_common_encodings_is_decoded(data):
    assert decode_text(data) == TEXT


def test_latin_1_without_special_punctuation_is_decoded():
    text = (
        "Les caf\u00e9s de Montr\u00e9al ont ferm\u00e9 \u00e0 minuit, selon la mairie."
    )

    assert decode_text(text.encode("latin-1")) == text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "The file is empty."),
        (b"   \n\n", "The file is empty."),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00" * 20, "binary file"),
        (bytes(range(256)) * 4, "binary file"),
    ],
    ids=["empty", "only whitespace", "a PNG image", "random bytes"],
)
def test_unreadable_input_gets_a_clear_message(data, message):
    with pytest.raises(UndecodableError, match=message):
        decode_text(data)


@pytest.mark.parametrize(
    "data",
    [codecs.BOM_UTF16_LE + b"H\x00i\x00!", codecs.BOM_UTF8],
    ids=["utf-16 cut short", "only a byte-order mark"],
)
def test_damaged_or_empty_unicode_files_are_refused_with_a_message(data):
    with pytest.raises(UndecodableError):
        decode_text(data)


def test_utf8_with_invalid_bytes_is_refused_with_where_the_damage_is():
    damaged = TEXT.encode("utf-8") + b" \xff\xfe and the rest."

    with pytest.raises(UndecodableError, match="invalid bytes in it"):
        decode_text(damaged)
