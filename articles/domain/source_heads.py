"""Split a source's words into owner, head and qualifier, so its kind is
judged by the noun that names it: "the director of parks" is a director
(one person), not parks; "Naval analysts" are analysts (a crowd), whatever
capital letter stands in front."""

import re
from dataclasses import dataclass

from .lexicon import known_words, plural_nouns, word_set

# Prepositions that start what qualifies the head: "the director of parks",
# "a spokeswoman for the ferry company", "researchers at Tarnby".
QUALIFIER = re.compile(
    r"\s+(?:(?:compiled|published|conducted|released|commissioned|collected|"
    r"gathered|produced|carried\s+out|based)\s+)?(?:of|for|at|from|with|to|in|on|"
    r"inside|within|close\s+to|familiar\s+with|briefed\s+on|involved\s+in|who|whose|led\s+by|by)\s+",
    re.IGNORECASE,
)
POSSESSIVE = re.compile(r"(?:[’']s|s[’'])$")
# Crowds named by party, faith or nation: "Democrats", "Tory backbenchers",
# "Labour MPs". The suffixes catch the open-ended rest ("Texans",
# "Nationalists", "Blairites") without catching firms ("Northline Motors").
GROUP_NOUNS = word_set(
    """
democrats republicans tories conservatives liberals socialists greens nationalists
unionists loyalists progressives moderates centrists libertarians independents
remainers brexiteers leavers staff workers employees mps meps msps lawmakers
legislators backbenchers
frontbenchers congressmen congresswomen senators peers delegates lords
"""
)
GROUP_SUFFIXES = ("ans", "ists", "ites")

# People who speak for the body they work at: "Officials at the Arlund Food
# Safety Agency", "Harwick Police officers". Not "aides" or "staff", who
# speak for themselves.
BODY_PEOPLE = word_set(
    "officials officers spokespeople spokesmen spokeswomen representatives executives"
)
# Nouns that end (or open, "Ministry of Health") the proper name of a body.
_ORG_HEADS = (
    r"Agency|Department|Ministry|Council|Board|Authority|Commission|Service|"
    r"Office|Bureau|Police|Constabulary|Trust|Bank|University|College|Hospital|"
    r"Company|Co|Ltd|Inc|Plc|PLC|Corporation|Corp|Institute|Foundation|Fund|"
    r"Court|Committee|Association|Federation|Society|Union|Treasury|Directorate|"
    r"Inspectorate|Administration|Regulator|Railways?|Airlines?|Group"
)
_CAPITALISED = r"(?!(?:The|A|An|This|That|Its|Their|Our)\b)[A-Z][\w'’&-]*"
# A body is named by its shape, not looked up: at least one capitalised word
# before a capitalised organisation noun ("State Water Board", "Harwick
# Police"), an organisation noun with "of/for" and a name after it ("Ministry
# of Health"), or an acronym ("NHS"). A place adjective alone ("Ardanian
# officials") or a party ("Republican aides") has no organisation noun.
NAMED_BODY = re.compile(
    rf"\b(?:{_CAPITALISED}\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?)+(?:{_ORG_HEADS})\b|"
    rf"\b(?:{_ORG_HEADS})\s+(?:of|for)\s+(?:the\s+)?[A-Z]|"
    r"\b(?!(?:US|USA|UK|EU|UAE|GB|PRC|ROK|DPRK)\b)[A-Z]{2,6}\b"
)


@dataclass(frozen=True)
class SourceParts:
    owner: str  # before a possessive: "the trust" in "the trust's accounts"
    head_phrase: str  # determiner, modifiers and head: "the annual accounts"
    head: str  # the noun itself, lower case: "accounts"
    head_is_capitalised: bool
    qualifier: str  # after the first preposition: "parks", "the ferry company"
    qualifier_start: int  # offset of the qualifier inside the source, or len()

    @property
    def determiner(self) -> str:
        first = self.head_phrase.split(maxsplit=1)
        return first[0].lower() if first else ""

    @property
    def modifiers(self) -> list[str]:
        """Words between any determiner and the head: "Naval" in "Naval analysts"."""
        words = self.head_phrase.split()
        if words and words[0].lower() in {
            "the",
            "a",
            "an",
            "its",
            "their",
            "his",
            "her",
        }:
            words = words[1:]
        return words[:-1]


def split_source(source: str) -> SourceParts:
    qualifier_match = QUALIFIER.search(source)
    qualifier_start = qualifier_match.start() if qualifier_match else len(source)
    before = source[:qualifier_start]
    qualifier = source[qualifier_match.end() :] if qualifier_match else ""
    owner = ""
    words = before.split()
    for position in range(len(words) - 2, -1, -1):
        if POSSESSIVE.search(words[position]):
            owner = " ".join(words[: position + 1])
            words = words[position + 1 :]
            break
    head_word = words[-1].strip(".,") if words else ""
    return SourceParts(
        owner=owner,
        head_phrase=" ".join(words),
        head=head_word.lower(),
        head_is_capitalised=head_word[:1].isupper(),
        qualifier=qualifier,
        qualifier_start=qualifier_start,
    )


def is_crowd(parts: SourceParts, *, at_sentence_start: bool) -> bool:
    """A group of people nobody can trace one by one: "Local residents",
    "Privately, Democrats", "Tory backbenchers". "The Democrats" is the
    party, a body; "Northline Motors" is a firm."""
    head = parts.head
    if head in GROUP_NOUNS or (
        parts.head_is_capitalised and head.endswith(GROUP_SUFFIXES)
    ):
        return not (parts.head_is_capitalised and parts.determiner == "the")
    if not parts.head_is_capitalised:
        return head in plural_nouns() and head.endswith("s")
    # A capitalised plural at the very start: "Teachers said"; elsewhere it
    # is part of a name ("the Society of Motor Manufacturers and Traders").
    return (
        at_sentence_start
        and not parts.modifiers
        and head in plural_nouns()
        and not parts.owner
    )


LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)


def speaks_for_named_body(parts: SourceParts) -> bool:
    """People at a named body speak for it, as "the coastguard said" does:
    "State Water Board officials", "officers from Harwick Police"."""
    if parts.head not in BODY_PEOPLE:
        return False
    in_front = " ".join(parts.modifiers)
    qualifier = LEADING_THE.sub("", parts.qualifier)
    return bool(NAMED_BODY.search(in_front) or NAMED_BODY.match(qualifier))


def named_modifier(parts: SourceParts) -> bool:
    """A proper noun in front of the head, not a capitalised adjective or
    common noun: "Tarnby researchers", not "Naval analysts"."""
    for word in parts.modifiers:
        bare = word.strip(".,")
        if not bare[:1].isupper():
            continue
        if bare.isupper() and len(bare) > 1:
            return True  # an acronym: "NHS researchers"
        if bare.lower() not in known_words():
            return True
    return False
