"""Read the words of a source around its cue: the subject before a verb,
the speaker after an inverted one ("said Dan Keller"), or the subject a
", saying ..." clause hangs on."""

import re
from dataclasses import dataclass, replace
from itertools import islice
from typing import Protocol

from .lexicon import FINDING_VERBS, base_verbs, verb_forms
from .source_kinds import PRONOUNS, WORD, Attribution, SourceKind, classify_source


class Cue(Protocol):
    """Where a cue stands: a regex match, or a CueSpan built from several."""

    def start(self) -> int: ...

    def end(self) -> int: ...


@dataclass(frozen=True)
class CueSpan:
    """A cue joined from two matches: "announced" + "by" in a passive."""

    first: int
    last: int

    def start(self) -> int:
        return self.first

    def end(self) -> int:
        return self.last


FINDING_WORD = re.compile(FINDING_VERBS)

# How far back from a verb its subject and any "was"/"not" may stand.
LOOK_BACK = 240

# Words that end the subject when reading backwards from the verb.
SUBJECT_STOPS = {
    "that",
    "and",
    "but",
    "while",
    "as",
    "because",
    "after",
    "before",
    "when",
    "if",
    "though",
    "although",
    "since",
    "where",
    "so",
    "which",
    "what",
    "who",
    "whom",
    "than",
    "whether",
    "until",
    "unless",
    "once",
    "then",
    "why",
    "how",
}
# Words dropped from the ends of a subject: "the air force has said".
AUXILIARIES = {
    "nonetheless",
    "however",
    "still",
    "too",
    "meanwhile",
    "instead",
    "herself",
    "himself",
    "themselves",
    "itself",
    "only",
    "even",
    "long",
    "often",
    "since",
    "quickly",
    "flatly",
    "has",
    "have",
    "had",
    "is",
    "was",
    "were",
    "are",
    "also",
    "later",
    "then",
    "previously",
    "repeatedly",
    "again",
    "further",
    "once",
    "would",
    "will",
    "recently",
    "earlier",
    "separately",
    "yesterday",
    "today",
    "reportedly",
    "allegedly",
    "publicly",
    "privately",
    "initially",
    "just",
    "now",
    "already",
    "finally",
    "first",
    "last",
    "on",
    "in",
}
# Words that end an inverted source ("said Dan Keller, ..."; "said the
# ministry in a statement").
OBJECT_STOPS = {
    "in",
    "on",
    "during",
    "after",
    "before",
    "when",
    "last",
    "yesterday",
    "today",
    "this",
    "that",
    "earlier",
    "later",
    "as",
    "while",
    "adding",
    "and",
    "but",
    "who",
    "which",
    "because",
    "since",
    "at",
    "to",
}

# What can open an appositive between a subject and its verb:
# "Ruth Adeyemi, who chairs the committee, said".
AUXILIARY_AFTER_COMMA = re.compile(
    r",\s*(?:(?:has|have|had|also|just|since|now|then|later|earlier|already|"
    r"[a-z]+ly)\s+)+$"
)
APPOSITIVE = re.compile(
    r"(?:who|which|whose|a|an|the|of|now|himself|herself|its|his|her|also|aged|one|"
    r"dated|published|released|written|seen|obtained|titled|signed|issued|based|"
    r"asked|speaking|writing|interviewed|quoted|reached|filed|however|though|"
    r"meanwhile|too|for\s+(?:his|her|its|their)\s+part|by\s+contrast|in\s+turn|"
    r"in\s+(?:a|an|her|his|its|"
    r"their)\s+\w+|\d+)\b"
)
# How far before the chosen words an appositive's opening comma may stand.
APPOSITIVE_REACH = 60
PARENTHETICAL = re.compile(r"\([^()]{1,60}\)")
FLOATING_QUANTIFIER = re.compile(r"(?<=\w),\s+(?:both|all|each)\s*$")


def source_before(voice: str, verb: Cue) -> tuple[Attribution | None, bool]:
    """The subject before the verb, and whether an appositive was skipped."""
    # Only the stretch just before the verb can hold its subject; reading
    # back further would make a long sentence cost the square of its length.
    # Spaces stand in for what lies further back, so offsets stay the same.
    window_start = max(0, verb.start() - LOOK_BACK)
    # "(FSB)" and the like: blank, keeping offsets.
    left = " " * window_start + PARENTHETICAL.sub(
        lambda m: " " * len(m.group(0)), voice[window_start : verb.start()]
    )
    # "Roth, and the attorney general, Kai Dunn, both said": the quantifier
    # floats off the subject, which stands before it.
    floating = FLOATING_QUANTIFIER.search(left)
    if floating:
        left = left[: floating.start()] + " " * (len(left) - floating.start())
    # "Ines Kovac, of the Dunmere Arts Council, has just tweeted": the
    # auxiliary and adverb after the closing comma belong to the verb.
    trailing = AUXILIARY_AFTER_COMMA.search(left)
    if trailing:
        left = left[: trailing.start() + 1] + " " * (len(left) - trailing.start() - 1)
    skipped_appositive = False
    # Skip appositives: "Councillor Ruth Adeyemi, who chairs the committee,".
    # Dashes enclose one too: "Pryce — who led the party — said".
    while True:
        stripped = left.rstrip()
        mark = stripped[-1:] if stripped[-1:] in {",", "—", "–"} else ""
        if not mark:
            break
        inner_start = stripped.rfind(mark, 0, len(stripped) - 1)
        if inner_start <= 0:
            break
        inner = stripped[inner_start + 1 : -1].strip().lower()
        if mark == "," and not APPOSITIVE.match(inner):
            break
        left = stripped[:inner_start]
        skipped_appositive = True
    tokens = list(WORD.finditer(left, window_start))
    chosen: list[re.Match] = []
    stop: re.Match | None = None
    for position in range(len(tokens) - 1, -1, -1):
        token = tokens[position]
        gap = left[token.end() : chosen[0].start() if chosen else len(left)]
        if any(mark in gap for mark in ',;:“”"()—–') and chosen:
            break
        if any(mark in gap for mark in ';:“”"()—–'):
            break
        if not chosen and token.group(0).lower() in AUXILIARIES:
            continue  # "Coach Brenner then went on to": an adverb, not a stop
        if _joins_a_name(token, tokens[position - 1] if position else None, chosen):
            chosen.insert(0, token)  # "Motor Manufacturers and Traders"
            continue
        if token.group(0).lower() in SUBJECT_STOPS or len(chosen) >= 10:
            stop = token
            break
        chosen.insert(0, token)
    while chosen and (
        chosen[-1].group(0).lower() in AUXILIARIES
        or (chosen[-1].group(0).endswith("ly") and chosen[-1].group(0).islower())
    ):
        chosen.pop()
    while chosen and chosen[0].group(0).lower() in AUXILIARIES:
        chosen.pop(0)
    if not chosen:
        return None, skipped_appositive
    if _is_relative_clause(left, stop, chosen):
        # "A neighbour who did not want to be named says": the subject is
        # the noun before "who", the clause only describes it.
        holder, _ = source_before(voice, CueSpan(stop.start(), stop.end()))
        if holder is not None:
            return replace(holder, cue_start=verb.start(), cue_end=verb.end()), True
    start, end = chosen[0].start(), chosen[-1].end()
    attribution = classify_source(
        voice, left[start:end], start, end, verb.start(), verb.end()
    )
    comma = left.rfind(",", max(0, start - APPOSITIVE_REACH), start)
    if (
        attribution is not None
        and not attribution.kind.is_identifiable
        and comma > 0
        and "," in voice[end : verb.start()]
        and not any(mark in left[comma + 1 : start] for mark in ';:“”"()—–')
    ):
        # "Councillor Ama Boateng, cabinet member for economy, said", "Ortiz,
        # mayor since 2019, said": an appositive without an article; the name
        # stands before it.
        named, _ = source_before(voice, CueSpan(comma, verb.end()))
        if named is not None and named.kind == SourceKind.NAMED:
            return replace(named, cue_start=verb.start()), True
    return attribution, skipped_appositive


CLAUSE_AUXILIARIES = frozenset({"did", "does", "do", "has", "had", "have", "was", "is"})


def _is_relative_clause(
    left: str, stop: re.Match | None, chosen: list[re.Match]
) -> bool:
    """Whether the words before the verb are a "who ..." clause with its own
    verb, with no comma before "who" (appositives are skipped above). "The
    man who Ortiz says" has no verb of its own: Ortiz speaks."""
    if stop is None or stop.group(0).lower() != "who":
        return False
    if left[: stop.start()].rstrip().endswith(","):
        return False
    return any(
        token.group(0).lower() in CLAUSE_AUXILIARIES
        or token.group(0).lower() in verb_forms()
        or token.group(0).lower() in base_verbs()
        for token in chosen
    )


def _joins_a_name(
    token: re.Match, previous: re.Match | None, chosen: list[re.Match]
) -> bool:
    """'and' between two capitalised words of one name."""
    return (
        token.group(0) in {"and", "&"}
        and previous is not None
        and bool(chosen)
        and previous.group(0)[:1].isupper()
        and chosen[0].group(0)[:1].isupper()
    )


def source_after(
    voice: str, verb: Cue, *, limit: int, stop_words: frozenset | set
) -> Attribution | None:
    right = voice[verb.end() :]
    chosen = []
    for token in WORD.finditer(right):
        gap = right[chosen[-1].end() if chosen else 0 : token.start()]
        if any(mark in gap for mark in ',.;:“”"()—–?!') and (chosen or gap.strip()):
            break
        word = token.group(0).lower()
        if word in stop_words or len(chosen) >= limit:
            break
        if not chosen and word == "that":
            return None
        chosen.append(token)
    if not chosen:
        return None
    start = verb.end() + chosen[0].start()
    end = verb.end() + chosen[-1].end()
    text = voice[start:end].rstrip(".")
    return classify_source(
        voice, text, start, start + len(text), verb.start(), verb.end()
    )


def sentence_subject(
    voice: str, participle: Cue, need_comma: bool = True
) -> Attribution | None:
    """The subject at the start of the sentence, for ", saying ..." clauses."""
    left = voice[: participle.start()]
    if need_comma and not voice[
        max(0, participle.start() - 4) : participle.start()
    ].rstrip().endswith(","):
        return None
    chosen = []
    for token in islice(WORD.finditer(left), 8):
        word = token.group(0)
        # "disagreed." at a sentence's end is still its verb.
        lowered = word.lower().rstrip(".")
        if not chosen and lowered in {"but", "and", "so", "yet", "then"}:
            continue
        # The subject ends at its verb: "Union officials welcomed ...".
        if chosen and (lowered in verb_forms() or lowered in SUBJECT_STOPS):
            break
        chosen.append(token)
        if lowered in PRONOUNS:
            break
    if not chosen:
        return None
    start, end = chosen[0].start(), chosen[-1].end()
    return classify_source(
        voice, voice[start:end], start, end, participle.start(), participle.end()
    )


def inverted_source(voice: str, verb: Cue) -> Attribution | None:
    """The speaker after the verb, if what follows is a name and not a clause
    ("said the town needed homes" has a clause)."""
    attribution = source_after(voice, verb, limit=9, stop_words=OBJECT_STOPS)
    if attribution is None:
        return None
    words = [word.lower() for word in WORD.findall(attribution.source)]
    if any(word in verb_forms() for word in words[1:]):
        return None
    return attribution


def is_inverted(voice: str, verb: Cue) -> bool:
    """True for 'said Dan Keller' after a quote or comma."""
    before = voice[max(0, verb.start() - LOOK_BACK) : verb.start()].rstrip()
    return not before or before[-1] in ',”"—–-' or before.endswith(("’", "'"))


def agent_after(voice: str, cue: Cue) -> Attribution | None:
    """The body after "by" in "polled by Brightline Research backed the ban"
    or "was announced by the ministry that ...": it ends at the next verb."""
    attribution = source_after(
        voice, cue, limit=9, stop_words=OBJECT_STOPS | {"that", "which", "whether"}
    )
    if attribution is None:
        return None
    tokens = list(WORD.finditer(attribution.source))
    for position, token in enumerate(tokens[1:], start=1):
        word = token.group(0)
        if word.islower() and (word in verb_forms() or FINDING_WORD.fullmatch(word)):
            source = attribution.source[: tokens[position - 1].end()]
            return classify_source(
                voice,
                source,
                attribution.source_start,
                attribution.source_start + len(source),
                attribution.cue_start,
                attribution.cue_end,
            )
    return attribution
