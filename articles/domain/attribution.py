"""Find who a sentence attributes its claim to, and how identifiable they are."""

import re

from .attribution_cues import (
    BASE_VERB_SET,
    CLAIM_OF,
    CLAUSE_JOIN,
    COLON_AFTER,
    COLON_SPEAKER,
    COLON_TITLED_SPEAKER,
    COLON_TITLES,
    COMPILED_BY,
    DETERMINER_BEFORE,
    FINDING,
    HEARING_TOLD,
    IDIOM,
    INVERTIBLE,
    LEAD_IN_CUE,
    MANNER_INVERTIBLE,
    MANNER_OF_SPEAKING,
    MORE_NOUN_HOMOGRAPHS,
    NEGATED_BEFORE,
    NOUN_BEFORE_VERB,
    NOUN_CONTEXT,
    OPINION_VERBS,
    PARTICIPLE,
    PASSIVE_AGENT,
    PASSIVE_BEFORE,
    PUT_IT,
    QUOTATION_BESIDE,
    QUOTED_AS,
    RECALLED_GOODS,
    REPORTING,
    RESEARCH_TEAM,
    STANCE,
    STRAW_MAN,
    THAN_BEFORE,
    TO_OR_MODAL_BEFORE,
    WORDS_OF,
)
from .lexicon import ANONYMITY, NOUN_HOMOGRAPHS, base_verbs, verb_forms
from .source_heads import split_source
from .source_kinds import (
    DOCUMENT,
    NAMED_CROWDS,
    NOT_NAMES,
    WORD,
    Attribution,
    SourceKind,
    as_document,
    classify_source,
    document_after_according,
)
from .source_words import (
    LOOK_BACK,
    SUBJECT_STOPS,
    CueSpan,
    agent_after,
    inverted_source,
    is_inverted,
    sentence_subject,
    source_after,
    source_before,
)

RECALL_VERBS = {"recalls", "recalled", "adds", "added"}
RELATIVE_WHO = re.compile(r",\s*who(?:\s+(?:also|later|has|had|then))?\s+$")
READER_OR_WRITER = {"we", "us", "our", "you", "your"}
# "Can anyone at city hall explain": a question asks, it reports nothing.
QUESTION_OPENERS = {"can", "could", "will", "would", "do", "does", "did", "should"}
THAT_CLAUSE = re.compile(r"\s+that\b")


PREVIOUS_WORD = re.compile(r"([A-Za-z]+)\s+$")


def _verb_just_before(voice: str, start: int) -> bool:
    """Whether a verb comes right before a base form, which then is its
    object or complement, not a speaker's verb: "deserve praise", "made to
    feel welcome"."""
    previous = PREVIOUS_WORD.search(voice, max(0, start - 20), start)
    if previous is None:
        return False
    word = previous.group(1).lower()
    return word in base_verbs() or word in verb_forms()


def find_attributions(voice: str) -> list[Attribution]:
    """Every attribution in the writer's voice of a sentence (quotes blanked)."""
    idioms = [match.span() for match in IDIOM.finditer(voice)]
    lead_ins = [match.span() for match in LEAD_IN_CUE.finditer(voice)]
    found = []
    for match in REPORTING.finditer(voice):
        if any(start <= match.start() < end for start, end in idioms + lead_ins):
            continue  # "as they say"; "went on to say" is read whole below
        attribution = _reporting_attribution(voice, match)
        if attribution is None:
            continue
        if match.group(0) in BASE_VERB_SET and (
            TO_OR_MODAL_BEFORE.search(voice, max(0, match.start() - 8), match.start())
            or _verb_just_before(voice, match.start())
            or not (_body_speaks(voice, attribution) or _bare_crowd(attribution))
        ):
            # "Critics argue" was unverified without the cue; read as one it
            # would only shield the writer's own straw man from being an appeal.
            continue
        found.append(attribution)
    # A manner verb needs a quotation beside it: skip the search without one.
    beside_quote = "   " in voice or ":" in voice
    for match in MANNER_OF_SPEAKING.finditer(voice) if beside_quote else ():
        before = voice[max(0, match.start() - LOOK_BACK) : match.start()]
        if QUOTATION_BESIDE.search(before) or COLON_AFTER.match(voice, match.end()):
            attribution = _reporting_attribution(voice, match)
            if attribution is not None:
                found.append(attribution)
    for pattern in (LEAD_IN_CUE, STANCE):
        for match in pattern.finditer(voice):
            attribution, _ = source_before(voice, match)
            if attribution is not None:
                found.append(attribution)
    for match in HEARING_TOLD.finditer(voice):
        attribution, _ = source_before(voice, CueSpan(*match.span("cue")))
        if attribution is not None:
            found.append(attribution)
    for match in QUOTED_AS.finditer(voice):
        found.append(
            classify_source(
                voice, match.group("source"), *match.span("source"), *match.span("cue")
            )
        )
    for match in COMPILED_BY.finditer(voice):
        attribution = agent_after(voice, match)
        if attribution is not None:
            found.append(as_document(attribution))
    for match in PUT_IT.finditer(voice):
        source = match.group(0)[: match.start("cue") - match.start()].rstrip()
        found.append(
            classify_source(
                voice,
                source,
                match.start(),
                match.start() + len(source),
                *match.span("cue"),
            )
        )
    for pattern in (WORDS_OF, CLAIM_OF):
        for match in pattern.finditer(voice):
            found.append(_holder(voice, match))
    for match in FINDING.finditer(voice):
        if NEGATED_BEFORE.search(
            voice, max(0, match.start() - LOOK_BACK), match.start()
        ):
            continue  # "the report was never shown": no finding is reported
        attribution, _ = source_before(voice, match)
        if attribution is not None and DOCUMENT.search(attribution.source):
            found.append(as_document(attribution))
        elif (
            attribution is not None
            and attribution.kind in {SourceKind.NAMED, SourceKind.ROLE}
            and THAT_CLAUSE.match(voice, match.end())
        ):
            # "Professor Sjöberg found that ...": a person's finding.
            found.append(attribution)
    for match in PARTICIPLE.finditer(voice):
        subject = sentence_subject(voice, match)
        if subject is not None:
            found.append(subject)
    for pattern in (COLON_SPEAKER, RESEARCH_TEAM):
        match = pattern.search(voice)
        if match:
            cue = "cue" if match.group("cue") else "cue_by"
            speaker = classify_source(
                voice,
                match.group("source"),
                match.start("source"),
                match.end("source"),
                match.start(cue),
                match.end(cue),
            )
            if speaker is not None and speaker.kind.is_identifiable:
                found.append(speaker)
    titled = COLON_TITLED_SPEAKER.match(voice) if ":" in voice else None
    if titled and not found:
        speaker = _titled_speaker(voice, titled)
        if speaker is not None:
            found.append(speaker)
    return [attribution for attribution in found if attribution is not None]


# Where the noun phrase before ", who said" begins, read backwards.
NOUN_PHRASE_STOPS = {"by", "from", "to", "with", "for", "on", "at", "in", "and", "as"}


def _antecedent_of_who(voice: str, comma: int, cue: re.Match) -> Attribution | None:
    """The noun phrase before ", who said": "shared by Senator Pell, who said"
    is Pell's attribution, "officials, who said" a vague one."""
    tokens = list(WORD.finditer(voice, max(0, comma - 80), comma))
    chosen = []
    for token in reversed(tokens):
        word = token.group(0).lower()
        if (
            word in NOUN_PHRASE_STOPS
            or (word in verb_forms() and chosen)
            or len(chosen) >= 6
        ):
            break
        chosen.insert(0, token)
    if not chosen:
        return None
    start, end = chosen[0].start(), chosen[-1].end()
    return classify_source(voice, voice[start:end], start, end, cue.start(), cue.end())


def _body_speaks(voice: str, attribution: Attribution) -> bool:
    """Whether the subject of a base-form verb is a body a reader can name.
    One capitalised plural opening the sentence is a crowd ("Vets fear"),
    unless it acts as one body ("Police warn")."""
    if not attribution.kind.is_identifiable:
        return False
    words = attribution.source.lower().split()
    if words[0] in QUESTION_OPENERS:
        return False
    at_start = not voice[: attribution.source_start].strip()
    return not (len(words) == 1 and at_start and words[0] not in NAMED_CROWDS)


def _bare_crowd(attribution: Attribution) -> bool:
    """A crowd with no article, "Forecasters warn", "..., critics claim": kept
    as a vague source so the feedback can say who is too vague. "the
    inspectors agree" points back to someone and is left to the context."""
    if attribution.kind != SourceKind.VAGUE:
        return False
    first = attribution.source.split(maxsplit=1)[0].lower()
    return first not in {"the", "these", "those", "its", "their", "our", "his", "her"}


def _titled_speaker(voice: str, match: re.Match) -> Attribution | None:
    """The speaker of "Rovers boss Larsen: captain will miss derby" if the
    head of the words before the colon is a name, a role or a document."""
    source = match.group("source")
    words = source.lower().split()
    if words[0] in base_verbs() or words[0] in SUBJECT_STOPS:
        return None  # "Listen to Ada Fenn:", "Where to eat in Orvik:"
    if any(word in READER_OR_WRITER for word in words):
        return None  # "Trust us:" speaks for the outlet
    parts = split_source(source)
    # A capital only at the start is no name: "Deadline for contributions:".
    is_name = (
        parts.head_is_capitalised
        and parts.head not in NOT_NAMES
        and len(parts.head_phrase.split()) > 1
    )
    is_document = bool(DOCUMENT.fullmatch(parts.head) and parts.qualifier)
    if not (is_name or parts.head in COLON_TITLES or is_document):
        return None  # "Travel advice:", "Things to do in Orvik:", "Press office:"
    speaker = classify_source(voice, source, *match.span("source"), *match.span("cue"))
    return speaker if speaker is not None and speaker.kind.is_identifiable else None


def _reporting_attribution(voice: str, match: re.Match) -> Attribution | None:
    verb = match.group(0).lower()
    before = voice[max(0, match.start() - LOOK_BACK) : match.start()]
    if (
        NEGATED_BEFORE.search(before)
        or DETERMINER_BEFORE.search(before)
        or STRAW_MAN.search(before)
    ):
        return None  # "has not said"; "the proposed bypass"; "would have us believe"
    if PASSIVE_BEFORE.search(before):
        # "was announced by the ministry": the agent speaks; "was asked"
        # alone says only who was spoken to.
        by = PASSIVE_AGENT.match(voice, match.end())
        if by is None:
            return None
        return agent_after(voice, CueSpan(match.start(), by.end()))
    if (verb in NOUN_HOMOGRAPHS or verb in MORE_NOUN_HOMOGRAPHS) and (
        NOUN_CONTEXT.search(before) or NOUN_BEFORE_VERB.match(voice, match.end())
    ):
        return None  # "several states passed laws", "the latest reports"
    if verb in RECALL_VERBS and RECALLED_GOODS.match(voice, match.end()):
        return None  # "Carmaker recalls 20,000 vans": goods, not a memory
    if verb in {"accused", "alleged", "charged"} and voice[match.end() :].startswith(
        " of"
    ):
        return None  # "on trial accused of theft": spoken about, not speaking
    if verb.startswith("according"):
        attribution = source_after(voice, match, limit=14, stop_words=frozenset())
        if attribution is not None and attribution.kind == SourceKind.UNNAMED:
            attribution = document_after_according(attribution)
        return attribution
    attribution, skipped_appositive = source_before(voice, match)
    relative = RELATIVE_WHO.search(voice, 0, match.start())
    if attribution is None and relative:
        # "shared by Senator Pell, who said ...": the one "who" stands for.
        return _antecedent_of_who(voice, relative.start(), match)
    if attribution is None and CLAUSE_JOIN.search(voice[: match.start()]):
        # "The bank held rates and said ...", "X was charged, but has
        # denied the claims": the clause's subject.
        attribution = sentence_subject(voice, match, need_comma=False)
    elif (
        not skipped_appositive
        and (verb in INVERTIBLE or verb in MANNER_INVERTIBLE)
        and (attribution is None or is_inverted(voice, match))
        and not _names_an_appositive(voice, attribution)
    ):
        attribution = inverted_source(voice, match) or attribution
    if attribution is not None and THAN_BEFORE.search(
        voice, 0, attribution.source_start
    ):
        return None  # "larger than the ministry admits": the writer compares
    if (
        verb in OPINION_VERBS
        and attribution is not None
        and attribution.kind == SourceKind.PRONOUN
        and attribution.pronoun in {"i", "we"}
    ):
        return None
    return attribution


def _names_an_appositive(voice: str, attribution: Attribution | None) -> bool:
    """ "The director, Lena Pask, said ...": the name between the commas is
    the speaker, and what follows "said" is the claim."""
    if attribution is None or not attribution.kind.is_identifiable:
        return False
    return voice[: attribution.source_start].rstrip().endswith(",")


def _holder(voice: str, match: re.Match) -> Attribution | None:
    """Who holds the words in "In Okafor's words" or "the auditor's claim
    that ..."."""
    group = "owner" if match.group("owner") else "agent"
    cue = "cue" if match.group("cue") else "cue_of"
    return classify_source(
        voice, match.group(group), *match.span(group), *match.span(cue)
    )


def anonymity_marker(
    sentence: str, attributions: list[Attribution] | None = None
) -> re.Match | None:
    """A sign that the source stays anonymous. A bare "anonymous" or
    "unnamed" after a named source's cue is part of the claim ("The trust
    said an anonymous donor gave £2m"), not about the source."""
    marker = ANONYMITY.search(sentence)
    if marker is None or not attributions:
        return marker
    named_cues = [
        attribution.cue_end
        for attribution in attributions
        if attribution.kind.is_identifiable and attribution.end <= marker.start()
    ]
    if named_cues and marker.group(0).lower() in {"anonymous", "unnamed"}:
        return None
    return marker
