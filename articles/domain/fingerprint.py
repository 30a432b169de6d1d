"""One key for "the same article", however it was pasted or saved."""

import hashlib
import unicodedata


def text_fingerprint(text: str) -> str:
    """SHA-256 of the text with case, Unicode form and all spacing evened out.

    The same article pasted from a browser, saved as a Word document or as a
    PDF differs in line breaks, paragraph gaps and stray spaces; those must
    not make it a different article. Words and punctuation still count, so
    an edited version is a new article.
    """
    even = " ".join(unicodedata.normalize("NFC", text).casefold().split())
    return hashlib.sha256(even.encode()).hexdigest()
