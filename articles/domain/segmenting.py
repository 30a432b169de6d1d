"""Split an article's text into sentence segments with offsets into the text."""

import re
from dataclasses import dataclass

import sentencex

from .cleaning import clean_with_offsets
from .lexicon import known_words


@dataclass(frozen=True)
class TextSegment:
    start: int  # offset of the first character in the normalised text
    end: int  # offset one past the last character
    text: str
    paragraph: int  # blocks of text separated by a blank line, counted from 0
    line: int  # lines of the text, counted from 0; a line break ends a segment


def unify_line_endings(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def normalise_text(text: str) -> str:
    """Return the text as stored: Unix line endings, cleaned, NFC (cleaning.py)."""
    # Every way text enters (paste, file, batch, command) comes through here,
    # so the stored text, its segments and its key all see the same text.
    return clean_with_offsets(unify_line_endings(text))[0]


# sentencex keeps "(The mayor abstained.) Critics objected." together; a
# parenthesis closing after a full stop ends a sentence too.
PARENTHESIS_END = re.compile(r"[.!?][\"”’]?\)(?=\s+[\"“‘(]?[A-Z])")


# Abbreviations that never end a sentence; sentencex sometimes splits after
# them, depending on what surrounds them ("said Ms. | Gil, with games...").
NEVER_FINAL = re.compile(
    r"(?:^|[\s(“\"])(?:Mr|Mrs|Ms|Messrs|Mme|Dr|Prof|Gen|Lt|Col|Maj|Capt|Cmdr|Adm|Sgt|"
    r"Cpl|Pvt|Sen|Rep|Gov|Pres|Supt|Insp|Det|Rev|Fr|Hon|Amb|Atty|St|Mt|No|Nos|Fig|"
    r"vs|v|e\.g|i\.e|approx|cf|incl|ca)\.$"
)
# "John F." + "Kennedy": a middle initial after a first name.
MIDDLE_INITIAL = re.compile(r"(?:^|\s)[A-Z][a-z]+\s+[A-Z]\.$")
OPENING_QUOTE_AT_END = re.compile(r"\s[“\"‘]$")


def split_sentences(text: str) -> list[TextSegment]:
    """Return every sentence of `text`, which must already be normalised."""
    segments: list[TextSegment] = []
    paragraph = 0
    line_start = 0
    previous_line_blank = False
    for line_number, line in enumerate(text.split("\n")):
        if not line.strip():
            previous_line_blank = True
        else:
            if previous_line_blank and segments:
                paragraph += 1
            previous_line_blank = False
            segments.extend(
                _sentences_in_line(line, line_start, paragraph, line_number)
            )
        line_start += len(line) + 1  # the "\n" that split() removed
    return segments


def _sentences_in_line(
    line: str, offset: int, paragraph: int, line_number: int
) -> list[TextSegment]:
    """Split one line; a line break always ends a sentence (headlines, bylines)."""
    found = []
    for piece_start, piece_end in _pieces(line):
        for start, end in _split_after_parentheses(line, piece_start, piece_end):
            raw = line[start:end]
            stripped = raw.strip()
            if not stripped:
                continue
            segment_start = offset + start + (len(raw) - len(raw.lstrip()))
            found.append(
                TextSegment(
                    start=segment_start,
                    end=segment_start + len(stripped),
                    text=stripped,
                    paragraph=paragraph,
                    line=line_number,
                )
            )
    return found


def _pieces(line: str) -> list[tuple[int, int]]:
    """sentencex's boundaries, re-joined after abbreviations like "Ms."."""
    pieces: list[tuple[int, int]] = []
    for boundary in sentencex.get_sentence_boundaries("en", line):
        start, end = boundary["start_index"], boundary["end_index"]
        if pieces:
            previous_start, previous_end = pieces[-1]
            previous = line[previous_start:previous_end].rstrip()
            following = line[start:end].lstrip()
            if _continues(previous, following):
                pieces[-1] = (previous_start, end)
                continue
            # An opening quote mark left at the end of a piece begins the
            # next sentence: 'Officials spoke. “It is over.'
            opening = OPENING_QUOTE_AT_END.search(previous)
            if opening:
                moved = len(previous) - opening.start()
                pieces[-1] = (previous_start, previous_start + opening.start())
                start = previous_start + len(previous) - moved
        pieces.append((start, end))
    return pieces


def _continues(previous: str, following: str) -> bool:
    """Whether sentencex split after an abbreviation that never ends one."""
    if not (following[:1].isupper() or following[:1].isdigit()):
        return False
    if NEVER_FINAL.search(previous):
        return True
    # "John F." + "Kennedy", but not "Plan B." + "Residents objected".
    next_word = following.split(maxsplit=1)[0].strip(".,;:").lower()
    return bool(MIDDLE_INITIAL.search(previous)) and next_word not in known_words()


def _split_after_parentheses(line: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces = []
    for match in PARENTHESIS_END.finditer(line, start, end):
        pieces.append((start, match.end()))
        start = match.end()
    pieces.append((start, end))
    return pieces
