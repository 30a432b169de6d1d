"""The words and layouts that mark an attribution: reporting and finding
verbs, what before a verb cancels it, and speakers named without a verb."""

import re

from .lexicon import FINDING_VERBS, PARTICIPLES, REPORTING_VERBS

# Verbs are matched in lower case only: "States" in "the United States" is
# not the verb "states".
REPORTING = re.compile(rf"\b(?:{REPORTING_VERBS}|According\s+to)\b")
FINDING = re.compile(rf"\b(?:{FINDING_VERBS})\b")
PARTICIPLE = re.compile(rf"\b(?:{PARTICIPLES})\b")
# "was asked", "is accused", "were told": the subject is spoken about, not
# speaking.
PASSIVE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|get|gets|got|has\s+been|have\s+been)"
    r"(?:\s+\w+ly)?\s*$",
    re.IGNORECASE,
)
# "The council has not said how many...": no source is given.
NEGATED_BEFORE = re.compile(
    r"\b(?:not|n[’']t|never|no\s+longer|declined\s+to|refused\s+to)\s+$", re.IGNORECASE
)
# A determiner or adjective before a verb-noun homograph makes it a noun.
NOUN_CONTEXT = re.compile(
    r"\b(?:a|an|the|his|her|their|its|our|my|your|these|those|such|no|many|some|"
    r"grand|new|empty|broken|false|big|bold|election|campaign|media|press|news|"
    r"earlier|latest|recent|similar)\s+$",
    re.IGNORECASE,
)
# Opinion verbs attribute only when a third party holds the opinion.
OPINION_VERBS = {"believe", "believes", "thinks", "fears", "feared"}

# Verbs whose speaker may follow them ("...,” said Dan Keller). Not "told"
# or "urged": what follows those is the listener.
INVERTIBLE = {
    "said",
    "says",
    "added",
    "adds",
    "noted",
    "explained",
    "continued",
    "wrote",
    "writes",
    "recalled",
    "replied",
    "responded",
    "insisted",
    "argued",
    "admitted",
    "conceded",
    "remarked",
    "asked",
    "asks",
    "warned",
    "cautioned",
    "declared",
    "quipped",
    "joked",
    "countered",
    "retorted",
    "stated",
    "observed",
    "commented",
}

# "Dean Carver: I was treated like dirt", "The verdict from Ruth Abiodun: “...”".
# Not page rubrics: "Breaking: Ferry sinks" has no speaker.
COLON_SPEAKER = re.compile(
    r"^\W*(?!(?:Update|Updated|Breaking|Analysis|Opinion|Exclusive|Live|Latest|"
    r"Watch|Explainer|Comment|Editorial|Review|Revealed|Pictured|Read|Related|"
    r"Video|Photos?|Update\s+\d+|Correction|Clarification|Note|Editor's\s+note)\s*:)"
    r"(?:The\s+\w+\s+from\s+)?(?P<source>(?:[A-Z][\w’'.-]*\s+){0,5}[A-Z][\w’'.-]*)"
    r"(?P<cue>:)\s"
)
# Named research teams and documents with a named maker: "Halvorsen et al.
# analysed", "researchers at the University of Tarnby took 312 cores",
# "polling by Civica Research put", "published in the Journal of X".
RESEARCH_TEAM = re.compile(
    r"(?P<source>\b[A-Z][\w’'-]+(?P<cue>\s+et\s+al\.)|"
    r"\b(?:[Rr]esearchers|[Ss]cientists|[Ee]cologists|[Ee]conomists|[Ee]ngineers|"
    r"[Dd]octors|[Aa]\s+team|[Tt]he\s+team|[Pp]olling|[Aa]\s+poll|[Aa]\s+survey|"
    r"[Ff]igures|[Dd]ata|[Rr]esearch|[Aa]\s+study|[Aa]\s+report|[Aa]nalysis|"
    r"[Ff]indings|[Tt]he\s+findings|[Tt]he\s+study|[Tt]he\s+paper)"
    r"(?:,)?\s+(?:at|from|of|led\s+by|by|for|published\s+(?:\w+\s+){0,3}in)\s+"
    r"(?:the\s+)?[A-Z][\w’'.-]+(?:\s+(?:of\s+|the\s+|and\s+)?[A-Z][\w’'.-]+){0,5})"
)
