"""The one cleaning step every article text goes through before it is stored,
segmented or labeled, with an offset map back to the text as it came in.

Removed, because they carry no words and only hide or disguise them:

- zero-width space U+200B, word joiner U+2060, BOM/ZWNBSP U+FEFF anywhere,
  soft hyphen U+00AD, combining grapheme joiner U+034F: invisible inside a
  word, they stop "sa\\u200bid" being read as "said".
- bidi embeddings, overrides and isolates (U+202A to U+202E, U+2066 to
  U+2069) and the marks LRM, RLM, ALM (U+200E, U+200F, U+061C). The text is
  stored and labeled in logical order, which these never change; they only
  move characters on screen. An override can show students words in another
  order than the labeler read them, and a line holding only one became a
  sentence to label. The marks go inside right-to-left text too: they only
  place neutral characters (punctuation, digits) at a change of direction,
  which the browser's bidi algorithm already does acceptably for a quoted
  Arabic or Hebrew phrase; keeping "some" marks would mean keeping invisible
  characters that hostile text can use just as well.
- every other format character (Unicode category Cf: invisible operators,
  deprecated format controls, interlinear annotation, tags...), except those
  kept below.
- control characters (C0, DEL, C1; PostgreSQL cannot store NUL at all). A
  tab becomes a space; vertical tab, form feed, NEL and line separator
  U+2028 become a line break and paragraph separator U+2029 a blank line, so
  the words on either side stay apart. A lone surrogate (not UTF-8 at all)
  stands for a character that was lost: it becomes U+FFFD, the replacement
  character, so the reader sees that something was there.
- combining marks beyond MAX_MARKS in a row on one base character, after NFC
  ("zalgo"), which made sentences hundreds of characters long.

Kept, because a language or a symbol needs them:

- ZWNJ U+200C and ZWJ U+200D between two letters (or marks) of a script that
  spells with them: Arabic script (a ZWNJ between the parts of a Persian
  verb such as "mi-khaham"), Syriac, N'Ko, Mongolian and the Indic scripts
  (after a virama they choose between a conjunct and a half form). ZWJ also
  between emoji ("woman, ZWJ, laptop" is one picture). Anywhere else they
  are removed. A doubled joiner is removed entirely: each one is judged by
  its immediate neighbours, and no spelling needs two.
- Mongolian vowel separator U+180E between Mongolian letters.
- the Arabic, Syriac and Kaithi number and end-of-verse signs (U+0600 to
  U+0605, U+06DD, U+070F, U+0890, U+0891, U+08E2, U+110BD, U+110CD):
  visible format characters, part of the text.
- tag characters right after the black flag U+1F3F4 (the flags of England,
  Scotland and Wales).
- combining marks up to MAX_MARKS per base. NFC composes almost every
  accented letter into one character (Vietnamese "ệ" is one), so real text
  rarely needs more than one; three still allows pointed Hebrew (dagesh, shin
  dot and a vowel on one shin) and an Indic consonant with nukta,
  vowel sign and candrabindu.

Spaces: every space separator (no-break space U+00A0, narrow no-break space
U+202F, en/em and thin spaces, ideographic space U+3000...) becomes a plain
space. A no-break space only tells a typesetter where not to wrap; the same
article pasted from a word processor or saved as plain text should give the
same words, cues, sentence boundaries and duplicate check, and the pages wrap
sentences themselves. Runs of spaces are left as they are.

The text is put in NFC here too (an accented letter typed two ways is one
character). Every output character maps back to the input character it came
from, so a cue or a sentence found in the clean text can be highlighted in,
or reported as offsets into, the text as it came in.
"""

import unicodedata

MAX_MARKS = 3

# First word of a character's Unicode name, e.g. "ARABIC LETTER FARSI YEH".
JOINER_SCRIPTS = frozenset(
    {
        "ARABIC",
        "SYRIAC",
        "NKO",
        "MONGOLIAN",
        "DEVANAGARI",
        "BENGALI",
        "GURMUKHI",
        "GUJARATI",
        "ORIYA",
        "TAMIL",
        "TELUGU",
        "KANNADA",
        "MALAYALAM",
        "SINHALA",
        "MYANMAR",
        "KHMER",
    }
)
ZWNJ, ZWJ, MONGOLIAN_VOWEL_SEPARATOR = "\u200c", "\u200d", "\u180e"
EMOJI_PRESENTATION = "\ufe0f"
BLACK_FLAG = "\U0001f3f4"
REPLACEMENT_CHARACTER = "\ufffd"
TAGS = range(0xE0020, 0xE0080)
VISIBLE_FORMAT = frozenset(
    "\u0600\u0601\u0602\u0603\u0604\u0605\u06dd\u070f\u0890\u0891\u08e2"
    "\U000110bd\U000110cd"
)
LINE_BREAKS = {"\x0b": "\n", "\x0c": "\n", "\x85": "\n", "\u2028": "\n"}
LINE_BREAKS["\u2029"] = "\n\n"
# A nonspacing mark that is not a format character but is just as invisible.
INVISIBLE_MARKS = frozenset("\u034f")
MARKS = frozenset({"Mn", "Me"})
# Conjoining Hangul vowels and finals compose with the syllable before them
# although their combining class is 0.
HANGUL_VOWELS_AND_FINALS = range(0x1161, 0x11C3)


def clean_with_offsets(text: str) -> tuple[str, list[int]]:
    """Return `text` cleaned and in NFC and, for each of its characters (and
    its end), the offset of the character it came from in `text`.

    `text` should already have Unix line endings: a lone "\\r" is a control
    character here and would be removed.
    """
    stripped, stripped_origins = _strip(text)
    composed, composed_origins = _compose_and_cap(stripped)
    stripped_origins.append(len(text))
    return composed, [stripped_origins[index] for index in composed_origins]


def _strip(text: str) -> tuple[str, list[int]]:
    pieces: list[str] = []
    origins: list[int] = []
    for index, character in enumerate(text):
        # Nearly every character is printable and kept; only look closer at
        # the others.
        if character.isprintable() and character not in INVISIBLE_MARKS:
            kept = character
        else:
            kept = _replacement(text, index, pieces[-1] if pieces else "")
        pieces.append(kept)
        origins.extend([index] * len(kept))
    return "".join(pieces), origins


def _replacement(text: str, index: int, previous_kept: str) -> str:
    character = text[index]
    if character == "\n":
        return character
    if character in LINE_BREAKS:
        return LINE_BREAKS[character]
    category = unicodedata.category(character)
    if category == "Zs" or character == "\t":
        return " "
    if category == "Cs":
        return REPLACEMENT_CHARACTER
    if category == "Cc" or character in INVISIBLE_MARKS:
        return ""
    if category != "Cf" or character in VISIBLE_FORMAT:
        return character  # unassigned and private-use characters stay
    before = text[index - 1] if index else ""
    after = text[index + 1] if index + 1 < len(text) else ""
    return character if _format_kept(character, before, after, previous_kept) else ""


def _format_kept(character: str, before: str, after: str, previous_kept: str) -> bool:
    """Whether a format character is part of the spelling where it stands."""
    if character in (ZWNJ, ZWJ) and _script(before) in JOINER_SCRIPTS:
        return _script(after) in JOINER_SCRIPTS
    if character == ZWJ:
        return _is_emoji(before) and _is_emoji(after)
    if character == MONGOLIAN_VOWEL_SEPARATOR:
        return _script(before) == _script(after) == "MONGOLIAN"
    last = previous_kept[-1:]
    return ord(character) in TAGS and (
        last == BLACK_FLAG or (last != "" and ord(last) in TAGS)
    )


def _script(character: str) -> str:
    return unicodedata.name(character, "").split(" ", 1)[0]


def _is_emoji(character: str) -> bool:
    # Emoji are symbols (So); skin tones are modifier symbols (Sk); U+FE0F
    # asks for the emoji form of the character before it.
    return character == EMOJI_PRESENTATION or (
        character != "" and unicodedata.category(character) in ("So", "Sk")
    )


def _compose_and_cap(text: str) -> tuple[str, list[int]]:
    """NFC, composing within each base character and the marks after it
    (NFC never composes across them), then at most MAX_MARKS marks in a row."""
    pieces: list[str] = []
    origins: list[int] = []
    marks_in_a_row = 0
    cluster_start = 0
    for index in range(1, len(text) + 1):
        if index < len(text) and _composes_with_previous(text[index - 1], text[index]):
            continue
        for character in unicodedata.normalize("NFC", text[cluster_start:index]):
            if unicodedata.category(character) in MARKS:
                marks_in_a_row += 1
                if marks_in_a_row > MAX_MARKS:
                    continue
            else:
                marks_in_a_row = 0
            pieces.append(character)
            origins.append(cluster_start)
        cluster_start = index
    origins.append(len(text))
    return "".join(pieces), origins


def _composes_with_previous(previous: str, character: str) -> bool:
    if unicodedata.combining(character):
        return True
    if character < "\u0300":  # nothing below U+0300 composes with what precedes
        return False
    # Some vowel signs of class 0 compose too (Bengali "ো" from two parts).
    return (
        ord(character) in HANGUL_VOWELS_AND_FINALS
        or len(unicodedata.normalize("NFC", previous + character)) < 2
    )
