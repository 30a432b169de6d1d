"""The feedback for an editorial appeal: the strongest two or three pieces
of evidence, each with why it works on the reader, in words a 12-year-old
reads at a glance."""

import re

from .suggestions import clip

QUESTION_REASON = "is a question put to the reader rather than a report"
# The opinion model's cues are single words it weighed: named only when no
# rule found anything a student could be shown instead.
MODEL_REASON = "reads as the writer's opinion"
NAMED_AT_MOST = 3
NAMED_FROM_WEIGHT = 0.5  # weaker evidence is highlighted nowhere, so never named
# A rationale longer than this stops being read; fewer cues are named.
LONGEST = 170
# Short names of the kinds of evidence, for the calibration table.
REASON_KINDS = {
    "tells the reader to act": "order",
    "is a slogan, not a report": "slogan",
    "asks the reader for support": "pitch",
    QUESTION_REASON: "question",
    "speaks to the reader directly": "reader",
    "is the writer speaking for themselves": "we",
    "adds emotion": "exclamation",
    "is loaded wording in the writer's own voice": "loaded",
    "is the writer's own judgement": "judgement",
    "turns up the feeling": "intensifier",
    "is put in scare quotes to mock it": "scare_quotes",
    MODEL_REASON: "model",
    "is a judgement in the writer's own voice": "adjective",
    "calls people names in the writer's own voice": "name_calling",
    "is a loaded figure of speech in the writer's own voice": "figure",
    "demands action in the writer's voice": "demand",
    "is the writer passing a verdict": "verdict",
    "claims to speak for everyone": "sweeping",
    "predicts ruin as if it were certain": "doom",
    "marks the piece as opinion, not report": "rubric",
}
# "'Your support' and 'our reporters' ask ...": the verb agrees with a list.
PLURAL_VERBS = {"is": "are"}


def named_evidence(evidence: list) -> list:
    """The evidence to name, strongest first, no two overlapping."""
    ranked = sorted(
        (item for item in evidence if item.weight >= NAMED_FROM_WEIGHT),
        key=lambda item: (item.reason == MODEL_REASON, -item.weight, item.start),
    )
    if not ranked:
        ranked = sorted(evidence, key=lambda item: -item.weight)[:1]
    chosen = []
    for item in ranked:
        # The question names no words, so words inside it can still be named.
        if any(
            item.start < other.end
            and other.start < item.end
            and QUESTION_REASON not in (item.reason, other.reason)
            for other in chosen
        ):
            continue
        if item.reason == MODEL_REASON and chosen:
            continue
        chosen.append(item)
        if len(chosen) == NAMED_AT_MOST:
            break
    return chosen


def appeal_rationale(sentence: str, chosen: list) -> str:
    """ "'sham' is loaded wording in the writer's own voice, and 'you' speaks
    to the reader directly." Evidence of one kind is named together."""
    for count in range(len(chosen), 0, -1):
        text = _sentence_for(sentence, chosen[:count])
        if len(text) <= LONGEST or count == 1:
            return text
    return _sentence_for(sentence, chosen[:1])


def _sentence_for(sentence: str, chosen: list) -> str:
    by_reason: dict[str, list[str]] = {}
    for item in sorted(chosen, key=lambda item: item.start):
        words = f"'{_whole_words(clip(sentence[item.start : item.end].strip()))}'"
        by_reason.setdefault(item.reason, []).append(words)
    question = next((item for item in chosen if item.reason == QUESTION_REASON), None)
    by_reason.pop(QUESTION_REASON, None)
    if list(by_reason) == [MODEL_REASON] and question is None:
        return _model_only(sentence, chosen[0], by_reason[MODEL_REASON])
    parts = []
    for reason, words in by_reason.items():
        if len(words) == 1:
            parts.append(f"{words[0]} {reason}")
        else:
            verb, _, rest = reason.partition(" ")
            listed = ", ".join(words[:-1]) + " and " + words[-1]
            parts.append(f"{listed} {_plural(verb)} {rest}")
    if not parts:
        # The question's own words, ending on its mark: what makes it one.
        asked = clip_from_end(sentence[question.start : question.end].strip())
        before = sentence[: question.start].rstrip()
        if (
            before
            and not before.endswith((".", "!", "?", ":", ";"))
            and not (asked.startswith("…"))
        ):
            asked = "…" + asked  # the question began before the words named
        return (
            f"'{asked}' is a question the writer puts to the reader: it pushes "
            "you towards an answer instead of reporting a fact."
        )
    joined = (
        parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + ", and " + parts[-1]
    )
    joined = joined[0].upper() + joined[1:] + "."
    if question is not None:
        return "It asks the reader a question instead of reporting. " + joined
    return joined


# A cue that runs on into its object ("must the") is named without the
# word it stops on: "'must the' is a judgement" teaches nothing.
TRAILING = re.compile(r"(?:\s+(?:the|a|an|of|to|for|and|or|this|that|its|their))+$")


def _whole_words(words: str) -> str:
    trimmed = TRAILING.sub("", words)
    return trimmed or words


def _plural(verb: str) -> str:
    """ "asks" -> "ask", "adds" -> "add", "is" -> "are"."""
    if verb in PLURAL_VERBS:
        return PLURAL_VERBS[verb]
    return verb[:-1] if verb.endswith("s") else verb


def _model_only(sentence: str, item, words: list[str]) -> str:
    """The opinion model weighs single words, and a word like 'long' or
    'cold' can be plain fact: the student is asked to judge the word, not
    told it is opinion (named_evidence names one model word at most). A
    word of a name ("US" history, "Big" Tech, the Lighthouse "Trust") is
    nobody's opinion, so it is not named at all."""
    if _is_part_of_a_name(sentence, item.start, item.end):
        return (
            "The wording reads like the writer's own view rather than a report: "
            "look for words that judge, praise or blame instead of saying what "
            "happened."
        )
    return (
        f"The wording reads like the writer's own view: is {words[0]} a "
        "judgement, or a fact someone could check?"
    )


def _is_part_of_a_name(sentence: str, start: int, end: int) -> bool:
    word = sentence[start:end].strip()
    if len(word) > 1 and word.isupper():
        return True  # "US", "NHS"
    if not word[:1].isupper():
        return False
    opens_sentence = not sentence[:start].strip(" \"'“‘([")
    # At the start, a capital proves nothing ("Sadly"), unless a capitalised
    # word follows it: "Big Tech".
    return not opens_sentence or sentence[end:].lstrip()[:1].isupper()


QUESTION_NAMED = 90  # characters: longer questions are named by their end


def clip_from_end(question: str) -> str:
    """At most QUESTION_NAMED characters, cut between words from the front,
    so the question mark stays: "…who were meant to protect them?"."""
    question = " ".join(question.split())
    if len(question) <= QUESTION_NAMED:
        return question
    cut = question.find(" ", len(question) - QUESTION_NAMED)
    return "…" + question[cut + 1 :] if cut != -1 else question
