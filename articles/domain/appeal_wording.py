"""The feedback for an editorial appeal: the strongest two or three pieces
of evidence, each with why it works on the reader, in words a 12-year-old
reads at a glance."""

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
PLURAL_VERBS = {"is": "are", "reads": "read", "tells": "tell", "speaks": "speak"}


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
        words = f"'{clip(sentence[item.start : item.end].strip())}'"
        by_reason.setdefault(item.reason, []).append(words)
    is_question = by_reason.pop(QUESTION_REASON, None) is not None
    parts = []
    for reason, words in by_reason.items():
        if len(words) == 1:
            parts.append(f"{words[0]} {reason}")
        else:
            verb, _, rest = reason.partition(" ")
            listed = ", ".join(words[:-1]) + " and " + words[-1]
            parts.append(f"{listed} {PLURAL_VERBS.get(verb, verb)} {rest}")
    if not parts:
        return "The sentence is a question put to the reader, not a report."
    joined = (
        parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + ", and " + parts[-1]
    )
    joined = joined[0].upper() + joined[1:] + "."
    if is_question:
        return "It asks the reader a question instead of reporting. " + joined
    return joined
