"""A per-category summary of an attempt, phrased to teach rather than shame."""

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from articles.domain.labels import DISPLAY_NAMES, EXERCISE_LABELS, Label

PLURALS = {
    Label.SOURCED_CLAIM: "sourced claims",
    Label.UNVERIFIED_ASSERTION: "unverified assertions",
    Label.EDITORIAL_APPEAL: "editorial appeals",
}


@dataclass(frozen=True)
class CategoryLine:
    label: Label
    name: str  # the label's name for people
    spotted: int  # sentences of this kind the student labeled as such
    total: int  # sentences of this kind in the exercise
    text: str  # the line as the student reads it


def category_summary(pairs: Iterable[tuple[Label, Label | None]]) -> list[CategoryLine]:
    """One line per kind of sentence: how many the student spotted, and what
    they most often took the others for. `pairs` is (key label, student label
    or None when left blank) for every asked sentence."""
    pairs = list(pairs)
    lines = []
    for label in EXERCISE_LABELS:
        given = [student for key, student in pairs if key == label]
        if not given:
            continue
        spotted = sum(student == label for student in given)
        text = f"You spotted {spotted} of {len(given)} {PLURALS[label]}"
        mistakes = Counter(student for student in given if student not in (label, None))
        if mistakes:
            taken_for, count = mistakes.most_common(1)[0]
            name = DISPLAY_NAMES[taken_for].lower()
            noun = "one" if count == 1 else str(count)
            text += f", and called {noun} of them {_article(name)}{name}"
        blank = sum(student is None for student in given)
        if blank:
            text += f" ({blank} left blank)"
        lines.append(
            CategoryLine(label, DISPLAY_NAMES[label], spotted, len(given), text + ".")
        )
    return lines


def _article(name: str) -> str:
    """'an unverified assertion' reads better than 'unverified assertion'."""
    return "an " if name[0] in "aeiou" else "a "
