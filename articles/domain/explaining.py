"""A reason for the label a teacher gives a sentence, found with the labeler's
own cues, so a changed label never reaches students without an explanation.

The labeler explains only the label it suggests, with the whole article as
context. When the teacher picks another label, the sentence is read again on
its own for evidence of that label; where it has none (a named source called
unverified, say), there is no honest machine reason and the teacher writes one.
"""

from .attribution import anonymity_marker
from .claim_words import unsourced_claim
from .editorial_appeal import appeal_evidence, appeal_suggestion
from .labeling import APPEAL_OVER_NAMED_SOURCE, writer_attributions
from .labels import Label
from .lexicon import HEDGES
from .quotes import quote_layout, writer_voice
from .segmenting import TextSegment
from .source_kinds import Attribution, SourceKind
from .source_wording import NAMED_REASONS as SOURCED_REASONS
from .source_wording import source_rationale

UNTRACEABLE = {SourceKind.VAGUE, SourceKind.ANONYMOUS, SourceKind.UNNAMED}


def reason_for(sentence: str, label: Label) -> str | None:
    """The evidence in `sentence` for `label`, in the labeler's words, or
    None when the sentence alone gives no reason for it. Clutter (none) is
    never asked, so it needs none."""
    voice = writer_voice(sentence, quote_layout(sentence))
    attributions = writer_attributions(voice)
    kinds = [attribution.kind.value for attribution in attributions]
    if label == Label.SOURCED_CLAIM:
        # Read as the labeler reads it: beside a source, the rules alone.
        appeal = sum(item.weight for item in appeal_evidence(voice, 0.0, kinds))
        if appeal >= APPEAL_OVER_NAMED_SOURCE:
            # So much pressure on the reader that a "source" found in it is
            # more likely a misreading ("had a say?") than a citation.
            return None
        return _sourced(sentence, attributions)
    if label == Label.UNVERIFIED_ASSERTION:
        return _unverified(sentence, voice, attributions)
    if label == Label.EDITORIAL_APPEAL:
        evidence = appeal_evidence(voice)
        if not evidence:
            return None
        segment = TextSegment(0, len(sentence), sentence, paragraph=0, line=0)
        weight = sum(item.weight for item in evidence)
        return appeal_suggestion(segment, evidence, weight).rationale
    return None


def _sourced(sentence: str, attributions: list[Attribution]) -> str | None:
    named = [item for item in attributions if item.kind in SOURCED_REASONS]
    if not named:
        return None
    source = min(named, key=lambda item: list(SOURCED_REASONS).index(item.kind))
    return source_rationale(sentence, source)[0]


def _unverified(
    sentence: str, voice: str, attributions: list[Attribution]
) -> str | None:
    if any(item.kind.is_identifiable for item in attributions):
        # A source is named: only the teacher knows why it does not count.
        return None
    anonymity = anonymity_marker(voice)
    if anonymity is not None:
        return (
            f"'{anonymity.group(0)}': the source stays anonymous, so nobody can "
            "check the claim."
        )
    vague = [item for item in attributions if item.kind in UNTRACEABLE]
    if vague:
        return source_rationale(sentence, vague[0])[0]
    hedge = HEDGES.search(voice)
    if hedge is not None:
        return f"'{hedge.group(0)}' hedges the claim without saying who makes it."
    if any(item.kind == SourceKind.PRONOUN for item in attributions):
        return None  # who "she" is depends on the sentences before
    kinds = [attribution.kind.value for attribution in attributions]
    appeal = sum(item.weight for item in appeal_evidence(voice, 0.0, kinds))
    return unsourced_claim(sentence, voice, appeal).rationale
