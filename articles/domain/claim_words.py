"""The words that carry a sentence's claim, for the feedback on a sentence
where nothing else decides: a student learns more from "'will reopen in
June' is stated as fact" than from "no source is given"."""

import re
from dataclasses import dataclass

from .lexicon import verb_forms, word_set
from .opinion_model import read_opinion
from .suggestions import clip

WORD = re.compile(r"[A-Za-z0-9£$€][\w'’%.,£$€-]*[\w%]|[A-Za-z0-9]")
# A clause ends here: the claim's words stop before it.
CLAUSE_END = re.compile(r"[,;:!?()—–\"“”]|\.(?:\s|$)|\s-\s")
AUXILIARIES = word_set(
    "is are was were be been has have had will would can could may might must "
    "should shall does do did won't can't isn't aren't wasn't weren't hasn't haven't"
)
CLAIM_WORDS = 8  # enough to show the claim, short enough to read at a glance
# Words that leave the claim hanging when it ends on them ("fallen every
# year since"), and that make a past form an adjective ("the promised homes").
DANGLING = word_set(
    "and or but the a an of to in on at for by with from since than that which "
    "who as its their his her our your this these those while when because if so "
    "last next i we you they he she it will would can could might must "
    "should is are was were has have had no any every some each all"
)
DETERMINERS = word_set("the a an of this that these those its their his her our")
FIGURE = re.compile(r"\d")
# A condition or time clause before the main one: the claim is what follows
# its comma ("If your bin is missed, you should report it").
LEADING_CLAUSE = re.compile(
    r"^\W*(?:if|when|whenever|once|unless|until|before|after|as\s+soon\s+as|"
    r"while|although|though|because|since)\b[^,;:]{1,80},\s*(?=\w)",
    re.IGNORECASE,
)
# A verb right after these belongs to a clause about the subject ("Anyone
# who finds a seal should call"): the claim's own verb comes later.
RELATIVES = word_set("who that which")


def claim_span(voice: str) -> tuple[int, int] | None:
    """Offsets of the sentence's claim: its first verb and the few words after
    it ("have been frozen for years"), or its first words when it has no verb.
    `voice` has quotations blanked, so only the writer's words are named."""
    leading = LEADING_CLAUSE.match(voice)
    words = list(WORD.finditer(voice, leading.end() if leading else 0))
    if not words:
        return None
    verbs = verb_forms()
    candidates = [
        index
        for index, word in enumerate(words)
        if index > 0
        and words[index - 1].group(0).lower() not in DETERMINERS
        and (word.group(0).lower() in AUXILIARIES or word.group(0) in verbs)
    ]
    first = candidates[0] if candidates else None
    if first is not None and words[first - 1].group(0).lower() in RELATIVES:
        main = [i for i in candidates[1:] if words[i].group(0).lower() in AUXILIARIES]
        first = main[0] if main else first
    chosen = [words[first or 0]]
    for word in words[(first or 0) + 1 : (first or 0) + CLAIM_WORDS]:
        # A verbless line ("A thumping, joyous return") is all claim, and a
        # comma after two or three words lists more of it ("is an
        # unmissable, life-changing experience").
        gap = voice[chosen[-1].end() : word.start()]
        listing = gap.strip() == "," and len(chosen) < 4
        if first is not None and CLAUSE_END.search(gap) and not listing:
            break
        chosen.append(word)
    else:
        # Cut by the word limit: "on 2" is half a date.
        while len(chosen) > 1 and chosen[-1].group(0).isdigit():
            chosen.pop()
    while len(chosen) > 1 and chosen[-1].group(0).lower() in DANGLING:
        chosen.pop()
    return chosen[0].start(), chosen[-1].end()


def has_figure(voice: str) -> bool:
    """A number, date or amount: a checkable fact, the kind a source backs."""
    return bool(FIGURE.search(voice))


SHORT_LINE = 4  # words: longer verbless lines ("A joyous return to form") judge


def _has_verb(voice: str) -> bool:
    verbs = verb_forms()
    return any(
        word.group(0).lower() in AUXILIARIES or word.group(0) in verbs
        for word in WORD.finditer(voice)
    )


# The opinion model's reading above which an unsourced sentence may be the
# writer's view rather than a fact: the student is asked to decide.
LEANS_TO_OPINION = 0.5


@dataclass(frozen=True)
class UnsourcedClaim:
    rationale: str
    span: tuple[int, int] | None  # the claim's words, offsets into the sentence
    basis: str  # the calibration key: how often this kind of guess is right


def unsourced_claim(sentence: str, voice: str, appeal_weight: float) -> UnsourcedClaim:
    """What to tell a student about a claim nobody is named for: its own
    words, and what to look for."""
    span = claim_span(voice)
    words = f"'{clip(sentence[span[0] : span[1]], 50)}'" if span else "This sentence"
    if span and len(voice.split()) <= SHORT_LINE and not _has_verb(voice):
        if len(WORD.findall(voice)) == 1:
            # "Letters": a label with nothing to check.
            text = (
                f"{words} has no verb, so it makes no claim to check: if it is a "
                "heading or part of the web page, it needs no label."
            )
        else:
            # "Heat pump demand doubles" has a verb the word list lacks, and
            # "Photography by Lena Marsh" is a credit: the student decides.
            text = (
                f"{words} is a short line with no one named who says it: if it "
                "only labels part of the page, such as a heading or a credit, it "
                "needs no label; if it states a fact, ask who says so."
            )
        return UnsourcedClaim(text, span, "no_source:no_verb")
    if appeal_weight > 0 or read_opinion(voice).probability >= LEANS_TO_OPINION:
        return UnsourcedClaim(
            f"{words} is said with no one named who says so. Is it a fact "
            "someone could check, or the writer's own view?",
            span,
            "no_source:leaning",
        )
    return UnsourcedClaim(
        f"{words} is stated as fact, but no one is named who says so: look "
        "for who told the writer.",
        span,
        "no_source:figure" if has_figure(voice) else "no_source:plain",
    )
