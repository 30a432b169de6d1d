"""Turn uploaded bytes into text, or say clearly why not."""

import codecs
import re

from charset_normalizer import from_bytes


class UndecodableError(ValueError):
    """The bytes are not text we can read; the message says why, for a person."""


# A text file has almost no control characters besides tab and line breaks;
# more than this share means an image, a PDF or an archive was uploaded.
MAX_CONTROL_SHARE = 0.01
TEXT_CONTROLS = {"\t", "\n", "\r", "\f"}
WESTERN = ("cp1252", "latin_1", "iso8859_15")
# A well-formed two- to four-byte UTF-8 sequence; single-byte encodings
# such as Windows-1252 seldom produce one by accident.
UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


NOT_TEXT = (
    "This looks like a binary file (an image, PDF or archive), not text. "
    "Save the article as plain text and try again."
)


def decode_text(data: bytes) -> str:
    """Return `data` decoded (UTF-8 first, else the detected charset)."""
    if not data.strip():
        raise UndecodableError("The file is empty.")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise UndecodableError(
                "This file says it is UTF-16 text but is cut short or damaged. "
                "Save it again as UTF-8 text and try again."
            ) from None
    else:
        try:
            # UTF-8 is by far the most common and decoding it strictly is a
            # reliable test: other encodings almost never form valid UTF-8.
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            if UTF8_MULTIBYTE.search(data):
                # Real UTF-8 letters beside invalid bytes: a damaged file or
                # mixed encodings. Guessing another charset would garble the
                # letters that are right, so say where the damage is.
                raise UndecodableError(
                    "This file is UTF-8 text with invalid bytes in it (the first "
                    f"at byte {error.start:,}): it may be damaged or mix "
                    "encodings. Re-save it as UTF-8 and try again."
                ) from None
            text = _detected(data)
    if not text.strip():
        raise UndecodableError("The file is empty.")
    if _looks_binary(text):
        raise UndecodableError(NOT_TEXT)
    return text


def _detected(data: bytes) -> str:
    if b"\x00" in data:
        raise UndecodableError(NOT_TEXT)
    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise UndecodableError(
            "The text encoding could not be recognised. Re-save the file as "
            "UTF-8 text and try again."
        )
    # Short texts often fit several single-byte encodings equally well;
    # break the tie towards Windows-1252, the usual one for Western news.
    for match in matches:
        if (
            match.encoding in WESTERN
            and match.chaos <= best.chaos
            and match.coherence >= best.coherence
        ):
            return str(match)
    return str(best)


def _looks_binary(text: str) -> bool:
    sample = text[:20_000]
    controls = sum(
        1
        for character in sample
        if ord(character) < 32 and character not in TEXT_CONTROLS
    )
    return controls > MAX_CONTROL_SHARE * len(sample)
