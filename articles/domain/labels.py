"""The four labels of the labeling guideline and their names for people."""

from enum import StrEnum


class Label(StrEnum):
    SOURCED_CLAIM = "sourced_claim"
    UNVERIFIED_ASSERTION = "unverified_assertion"
    EDITORIAL_APPEAL = "editorial_appeal"
    NONE = "none"


DISPLAY_NAMES: dict[Label, str] = {
    Label.SOURCED_CLAIM: "Sourced claim",
    Label.UNVERIFIED_ASSERTION: "Unverified assertion",
    Label.EDITORIAL_APPEAL: "Editorial appeal",
    Label.NONE: "None",
}

# What a student reads in the legend: the guideline in plain words.
STUDENT_HINTS: dict[Label, str] = {
    Label.SOURCED_CLAIM: "Says who said it: a named person, organisation or document.",
    Label.UNVERIFIED_ASSERTION: (
        "A claim you cannot trace: no source, a vague one (\u201cofficials\u201d, "
        "\u201cexperts\u201d) or hedged (\u201creportedly\u201d)."
    ),
    Label.EDITORIAL_APPEAL: (
        "Tries to move you rather than inform you: calls to action, donation "
        "pitches, loaded words, rhetorical questions."
    ),
    Label.NONE: "No claim to judge: bylines, timestamps, buttons, captions.",
}

# Labels a student chooses between for an exercise sentence; NONE is page
# chrome, which is kept out of exercises.
EXERCISE_LABELS: tuple[Label, ...] = (
    Label.SOURCED_CLAIM,
    Label.UNVERIFIED_ASSERTION,
    Label.EDITORIAL_APPEAL,
)
