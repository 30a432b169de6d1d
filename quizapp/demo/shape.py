"""The shape of a demo article: the labels and explanations a teacher would
give, sentence by sentence.

Each article is blocks (separated by a blank line) of lines (separated by a
line break) of sentences, so the text keeps the shape of a real page.
"""

from dataclasses import dataclass
from datetime import date

from articles.domain.labels import Label

SOURCED = Label.SOURCED_CLAIM
UNVERIFIED = Label.UNVERIFIED_ASSERTION
APPEAL = Label.EDITORIAL_APPEAL
NONE = Label.NONE

Sentence = tuple[Label, str, str]  # label, text, explanation


@dataclass(frozen=True)
class DemoArticle:
    title: str
    outlet: str
    byline: str
    published_on: date
    blocks: list[list[list[Sentence]]]

    @property
    def sentences(self) -> list[Sentence]:
        return [s for block in self.blocks for line in block for s in line]

    @property
    def text(self) -> str:
        return "\n\n".join(
            "\n".join(" ".join(text for _, text, _ in line) for line in block)
            for block in self.blocks
        )


def labels_by_offset(article: DemoArticle) -> list[tuple[int, int, Sentence]]:
    """Each sentence with its start and end offset in `article.text`."""
    text = article.text
    found = []
    cursor = 0
    for sentence in article.sentences:
        start = text.index(sentence[1], cursor)
        end = start + len(sentence[1])
        found.append((start, end, sentence))
        cursor = end
    return found
