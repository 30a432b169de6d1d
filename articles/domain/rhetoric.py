"""Rhetoric in the writer's voice that no single word carries: the inverted
"Never has a council shown such contempt", the sneer "Only a fool would",
the writer urging in their own name ("I urge every reader", "This paper
calls on"), the reader cast as a victim ("Families are being squeezed") and
a question that presumes its answer ("Why wasn't the report published?").
"""

import re

from .evidence import Evidence

JUDGEMENT_REASON = "is the writer's own judgement"
# "Never has", "Rarely have", "Not once did": an inversion a report does
# not use; "Never before seen footage" and "Rarely, the comet..." are not one.
INVERSION = re.compile(
    r"^\W*(?:never|rarely|seldom|not\s+once|nowhere|not\s+since\s+\w+)\s+(?:before\s+)?"
    r"(?:has|have|had|did|was|were|is|are|does|do)\s+(?:a|an|the|this|any|so|such|"
    r"we|they|it|he|she)\b",
    re.IGNORECASE,
)
# "Only a fool would believe it"; "Only a few would" counts people.
ONLY_A_FOOL = re.compile(
    r"\bonly\s+(?:a|an)\s+(?!(?:few|handful|minority|fraction|third|quarter|half|small|"
    r"tiny|single|couple|dozen|hundred|thousand|million|part|limited|very)\b)"
    r"[a-z-]+\s+would\b",
    re.IGNORECASE,
)
# The writer or the outlet urging in its own name.
OWN_URGING = re.compile(
    r"\b(?:I|we)\s+(?:would\s+|therefore\s+|again\s+)?(?:urge|call\s+on|implore|beg|"
    r"appeal\s+to|challenge)\b"
    r"|\bthis\s+(?:newspaper|paper|column|publication|page|website|blog)\s+(?:has\s+)?"
    r"(?:urges|urged|calls\s+on|called\s+on|argues|argued|will\s+keep|will\s+not|"
    r"believes|has\s+long\s+argued|says|said)\b",
    re.IGNORECASE,
)
# People cast as victims of someone, as it happens: "are being squeezed".
# The progressive passive is the writer's picture; "was crushed by a tree"
# reports an accident.
VICTIMS = re.compile(
    r"\b(?:is|are|am)\s+being\s+(?:\w+ly\s+)?(?:crushed|squeezed|hammered|clobbered|"
    r"fleeced|betrayed|failed|let\s+down|left\s+behind|left\s+to\s+\w+|ripped\s+off|"
    r"short-?changed|priced\s+out|taken\s+for\s+granted|sold\s+out|bled|milked|"
    r"punished|penalised|penalized|ignored)\b",
    re.IGNORECASE,
)
# A question that presumes its answer: a negative "why" or "how", or one
# pressed with "on earth", "exactly", "the point of", "sooner".
LOADED_QUESTION = re.compile(
    r"^\W*(?:why|how)\s+(?:\w+\s+){0,1}?(?:is|are|was|were|do|does|did|has|have|had|"
    r"can|could|would|will|should)n[’']t\b"
    r"|\b(?:on\s+earth|in\s+heaven[’']s\s+name|exactly|the\s+point\s+of|any\s+sooner|"
    r"sooner|really|seriously)\b(?=[^?]*\?)",
    re.IGNORECASE,
)
CUE_WORDS = re.compile(
    r"\b(?:never|rarely|seldom|nowhere|once|since|only|urge|urges|urged|call|calls|"
    r"called|implore|beg|appeal|challenge|newspaper|paper|column|publication|page|"
    r"website|blog|being)\b|\?",
    re.IGNORECASE,
)


def rhetoric_evidence(voice: str) -> list[Evidence]:
    """Rhetorical shapes in the writer's voice, each weighed as evidence."""
    if CUE_WORDS.search(voice) is None:
        return []
    found = []
    inversion = INVERSION.match(voice)
    if inversion:
        found.append(Evidence(1.0, *inversion.span(), JUDGEMENT_REASON))
    sneer = ONLY_A_FOOL.search(voice)
    if sneer:
        found.append(Evidence(1.0, *sneer.span(), JUDGEMENT_REASON))
    urging = OWN_URGING.search(voice)
    if urging:
        # Enough to outweigh "This paper", which reads as a named document.
        found.append(
            Evidence(2.5, *urging.span(), "is the writer speaking for themselves")
        )
    victims = VICTIMS.search(voice)
    if victims:
        found.append(Evidence(1.0, *victims.span(), "is the writer passing a verdict"))
    if voice.rstrip().endswith("?"):
        loaded = LOADED_QUESTION.search(voice)
        if loaded:
            found.append(Evidence(0.5, *loaded.span(), JUDGEMENT_REASON))
    return found
