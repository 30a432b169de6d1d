"""How the feedback names a source: whole phrases only. A source finder
that stops short ("'From' is not someone a reader can identify") or runs
into the claim ("'she shot the film'") would teach the wrong words, so such
a phrase is not named; the reporting verb is, with what to look for."""

import re

from .lexicon import word_set
from .source_kinds import DOCUMENT, Attribution, SourceKind
from .suggestions import clip

WORD = re.compile(r"[\w][\w'’.-]*")
# A subject phrase never begins with these (it has lost its head noun) ...
NOT_A_START = word_set(
    "from of to in on at for with by why how what whether that which who when "
    "where and or but as than if not never merely"
)
# ... and never ends with these (it stops before its noun).
NOT_AN_END = word_set(
    "the a an of to in on at for with by from and or but as than that which his "
    "her its their our your my this these those why how what whether who whom "
    "whose"
)
CLAUSE_WORDS = word_set("i he she it they we you your")
# A source's phrase never holds a question word or a pronoun after its
# first word: "a producer why she" ran on into the question asked.
CLAUSE_TURNS = CLAUSE_WORDS | word_set("why how whether not never")
# Words that only a clause holds, never a source's name or title: the phrase
# ran on into the claim ("The election will cost an", "earth was nobody").
CLAUSE_VERBS = word_set(
    "is are was were be been has have had will would can could may might must "
    "should shall do does did don't won't said says told tells"
)


def is_fragment(phrase: str) -> bool:
    """Whether `phrase` is not a whole source ("From", "why her", "one",
    "she shot the film")."""
    words = WORD.findall(phrase)
    if not words:
        return True
    lowered = [word.lower() for word in words]
    if lowered[0] in NOT_A_START or lowered[-1] in NOT_AN_END:
        return True
    if lowered[0] in CLAUSE_WORDS or (len(words) == 1 and lowered[0] in {"one", "the"}):
        return True  # "your", "she shot the film", "The"
    if words[0] in CLAUSE_VERBS:
        return True  # "did not want": a verb, nobody's name ("Will Cole" is one)
    # Case kept: "IT" in "Head of IT Sam Cole" is no pronoun.
    return any(word in CLAUSE_VERBS or word in CLAUSE_TURNS for word in words[1:])


def unclear_speaker(sentence: str, source: Attribution) -> tuple[str, tuple[int, int]]:
    """The feedback when the source found is a fragment: name the reporting
    words, which are whole, and ask the student to find the speaker."""
    if source.cue_start < 0:  # found without a reporting verb
        return (
            "It is not clear who is speaking: look for a name or a job title.",
            (source.source_start, source.source_start),
        )
    cue = sentence[source.cue_start : source.cue_end]
    return (
        f"'{cue}' shows someone is being reported, but not clearly who: look "
        "for a name or a job title.",
        (source.cue_start, source.cue_end),
    )


def whole_source(sentence: str, source: Attribution) -> tuple[int, int] | None:
    """The source's own words as a whole phrase, offsets into the sentence:
    cut before a verb it ran on into and after a word it stops short on
    ("Estate agent Ferris Owusu said the" -> "Estate agent Ferris Owusu");
    None when no whole phrase is left ("why her", "The")."""
    start = source.source_start
    tokens = list(WORD.finditer(sentence, start, source.source_end))
    kept = []
    for index, token in enumerate(tokens):
        word = token.group(0)
        if index > 0 and (word.lower() in CLAUSE_VERBS or word in CLAUSE_TURNS):
            break
        kept.append(token)
    while kept and kept[-1].group(0).lower() in NOT_AN_END:
        kept.pop()
    if not kept:
        return None
    phrase = sentence[kept[0].start() : kept[-1].end()]
    if is_fragment(phrase):
        return None
    return kept[0].start(), kept[-1].end()


NAMED_REASONS = {
    SourceKind.NAMED: "names the source",
    SourceKind.ROLE: "names who is speaking",
    SourceKind.DOCUMENT: "names where the information comes from",
}


def source_rationale(
    sentence: str, source: Attribution
) -> tuple[str, tuple[int, int], str]:
    """Feedback, the span it names and the calibration key for a sentence
    whose label its source decided (named, role, document, vague, unnamed)."""
    kind = source.kind
    if is_fragment(source.source):
        span = whole_source(sentence, source)
        if span is None:
            text, span = unclear_speaker(sentence, source)
            return text, span, "source:fragment"
        start, end = span
    elif kind.is_identifiable and source.cue_start >= 0:
        start, end = source.start, source.end  # "The coastguard said"
        start = _with_title(sentence, source, start)
    else:
        start, end = source.source_start, source.source_end
    words = f"'{clip(sentence[start:end])}'"
    if kind == SourceKind.ROLE and DOCUMENT.search(source.source):
        reason = NAMED_REASONS[SourceKind.DOCUMENT]  # "Court papers show": not a who
    elif kind.is_identifiable:
        reason = NAMED_REASONS[kind]
    elif kind == SourceKind.VAGUE:
        reason = "does not say who exactly, so a reader cannot check it"
    elif DOCUMENT.search(sentence[start:end]):
        # "exchange data", "a ministry statement": a thing, not "someone".
        reason = "does not say whose it is, so a reader cannot look it up"
    else:
        reason = "is not someone a reader can identify or check"
    return f"{words} {reason}.", (start, end), f"source:{kind.value}"


TITLE_REACH = 45  # characters: "The trust's director of education, " fits


def _with_title(sentence: str, source: Attribution, start: int) -> int:
    """Where the whole subject starts when the name sits between commas
    after a title: "Her producer, Dev Mistry, told" names the producer,
    not "Dev Mistry, told"."""
    between = sentence[source.source_end : source.cue_start]
    before = sentence[: source.source_start]
    if between.strip() != "," or not before.endswith(", "):
        return start
    title_start = max(sentence.rfind(stop, 0, len(before) - 2) for stop in ",;:") + 1
    title = sentence[title_start : len(before) - 2]
    if not title.strip() or len(title) > TITLE_REACH:
        return start
    return title_start + len(title) - len(title.lstrip())
