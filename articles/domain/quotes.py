"""Find what a sentence quotes, so the writer's own voice can be read apart."""

from dataclasses import dataclass

OPENING = {"\u201c": "\u201d", "\u00ab": "\u00bb", "\u201e": "\u201d"}
CLOSING = {"\u201d", "\u00bb"}


@dataclass(frozen=True)
class QuoteLayout:
    spans: tuple[tuple[int, int], ...]  # quoted stretches, offsets into the sentence
    starts_inside: bool  # the sentence continues a quotation opened earlier
    ends_inside: bool  # a quotation is still open at the end of the sentence

    def quoted_share(self, length: int) -> float:
        return sum(end - start for start, end in self.spans) / max(length, 1)


def quote_layout(sentence: str, starts_inside: bool = False) -> QuoteLayout:
    """Return the quoted stretches of `sentence`.

    Curly and guillemet quotes open and close unambiguously. A straight double
    quote opens when it stands before a word and closes when it stands after
    one. Single quotes are left alone: they double as apostrophes.
    """
    spans = []
    inside = starts_inside
    start = 0 if starts_inside else None
    for index, character in enumerate(sentence):
        if character == '"':
            character = "\u201c" if _opens(sentence, index, inside) else "\u201d"
        if character in OPENING:
            if not inside:
                inside, start = True, index
        elif character in CLOSING:
            if inside:
                spans.append((start, index + 1))
                inside, start = False, None
            elif not spans:
                # A closing mark with no opening one: the quotation began in
                # an earlier sentence ("...until Sunday,” he said).
                spans.append((0, index + 1))
                starts_inside = True
    if inside:
        spans.append((start, len(sentence)))
    return QuoteLayout(
        spans=tuple(spans), starts_inside=starts_inside, ends_inside=inside
    )


def _opens(sentence: str, index: int, inside: bool) -> bool:
    before = sentence[index - 1] if index else " "
    after = sentence[index + 1] if index + 1 < len(sentence) else " "
    if before.isspace() or before in "([{—–-:":
        return not after.isspace()
    if after.isspace() or after in ".,;:!?)]}—–-":
        return False
    return not inside


def writer_voice(sentence: str, layout: QuoteLayout) -> str:
    """The sentence with quoted stretches blanked out, offsets unchanged."""
    characters = list(sentence)
    for start, end in layout.spans:
        for index in range(start, end):
            characters[index] = " "
    return "".join(characters)
