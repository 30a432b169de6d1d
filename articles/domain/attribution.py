"""Find who a sentence attributes its claim to, and how identifiable they are."""

import re

from .attribution_cues import (
    COLON_SPEAKER,
    FINDING,
    INVERTIBLE,
    NEGATED_BEFORE,
    NOUN_CONTEXT,
    OPINION_VERBS,
    PARTICIPLE,
    PASSIVE_BEFORE,
    REPORTING,
    RESEARCH_TEAM,
)
from .lexicon import ANONYMITY, NOUN_HOMOGRAPHS
from .source_kinds import (
    DOCUMENT,
    Attribution,
    SourceKind,
    as_document,
    classify_source,
    document_after_according,
)
from .source_words import (
    LOOK_BACK,
    inverted_source,
    is_inverted,
    sentence_subject,
    source_after,
    source_before,
)


def find_attributions(voice: str) -> list[Attribution]:
    """Every attribution in the writer's voice of a sentence (quotes blanked)."""
    found = []
    for match in REPORTING.finditer(voice):
        verb = match.group(0).lower()
        before = voice[max(0, match.start() - LOOK_BACK) : match.start()]
        if PASSIVE_BEFORE.search(before) or NEGATED_BEFORE.search(before):
            continue
        if verb in NOUN_HOMOGRAPHS and NOUN_CONTEXT.search(before):
            continue
        if verb in {"accused", "alleged", "charged"} and voice[
            match.end() :
        ].startswith(" of"):
            continue  # "on trial accused of theft": spoken about, not speaking
        if verb.startswith("according"):
            attribution = source_after(voice, match, limit=14, stop_words=frozenset())
            if attribution is not None and attribution.kind == SourceKind.UNNAMED:
                attribution = document_after_according(attribution)
        else:
            attribution, skipped_appositive = source_before(voice, match)
            if attribution is None and voice[: match.start()].rstrip().endswith(
                (" and", " but")
            ):
                # "The bank held rates and said ...": the clause's subject.
                attribution = sentence_subject(voice, match, need_comma=False)
            elif (
                not skipped_appositive
                and verb in INVERTIBLE
                and (attribution is None or is_inverted(voice, match))
            ):
                attribution = inverted_source(voice, match) or attribution
            if (
                verb in OPINION_VERBS
                and attribution is not None
                and attribution.kind == SourceKind.PRONOUN
                and attribution.pronoun in {"i", "we"}
            ):
                attribution = None
        if attribution is not None:
            found.append(attribution)
    for match in FINDING.finditer(voice):
        attribution, _ = source_before(voice, match)
        if attribution is not None and DOCUMENT.search(attribution.source):
            found.append(as_document(attribution))
    for match in PARTICIPLE.finditer(voice):
        subject = sentence_subject(voice, match)
        if subject is not None:
            found.append(subject)
    for pattern in (COLON_SPEAKER, RESEARCH_TEAM):
        match = pattern.search(voice)
        if match:
            speaker = classify_source(
                voice,
                match.group("source"),
                match.start("source"),
                match.end("source"),
                match.start("cue"),
                match.end("cue"),
            )
            if speaker is not None and speaker.kind.is_identifiable:
                found.append(speaker)
    return found


def anonymity_marker(sentence: str) -> re.Match | None:
    return ANONYMITY.search(sentence)
