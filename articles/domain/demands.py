"""Demands in the writer's voice: "The fare rise must be reversed", "The
minister must resign", "The minister owes the families an apology".

A rule uses the same modals ("Passengers must show a ticket", "Forms must be
returned by May"), so a demand needs a verb that presses for a remedy, an
act on a named thing that no rule asks for, or the harm it would prevent.
"""

import re
from functools import lru_cache

from .lexicon import word_set

MODAL = r"(?:must|should|ought\s+to|has\s+to|have\s+to|needs?\s+to)"
# Adverbs that may sit between the modal and its verb: "must surely be".
MODAL_ADVERB = r"(?:(?:now|surely|simply|urgently|immediately|clearly|also)\s+)?"
# What a writer demands be done to a decision or a person. Rules use other
# verbs ("Tickets must be shown", "Forms should be returned by May"), so a
# passive after a modal is a demand only with one of these.
DEMANDED_PARTICIPLES = (
    r"(?:reversed|scrapped|axed|ditched|dropped|abandoned|halted|overturned|"
    r"rethought|reconsidered|revisited|resisted|opposed|rejected|blocked|condemned|"
    r"challenged|exposed|sacked|punished|shelved|binned|torn\s+up|thrown\s+out|"
    r"banned|outlawed|stopped|put\s+right|called\s+out|held\s+(?:to\s+account|"
    r"accountable|responsible)|brought\s+to\s+book|made\s+to\s+\w+|ashamed|"
    # Remedies a writer presses for on behalf of someone: "Pupils must be
    # protected from this", "Tenants must be spared the rise".
    r"abolished|repealed|rescinded|stamped\s+out|rooted\s+out|reined\s+in|"
    r"curbed|protected|freed|spared|defended|fought|treated\s+with\s+"
    r"(?:(?:far|much|a\s+lot)\s+)?(?:more\s+|greater\s+|some\s+)?(?:respect|dignity|care))"
)
# What a rule asks be done with a thing or a person: "Tickets must be shown",
# "The pill must be taken with food", "Objections must be received by May".
# Any other participle after a modal, on a named thing, is a demand (see
# WIDE_DEMAND).
PROCEDURAL_PARTICIPLES = word_set("""
shown taken worn kept carried accompanied collected labelled labeled locked seated
held received returned submitted completed signed paid booked registered sent
handed filled presented displayed stored supervised checked approved renewed
attached included printed addressed delivered followed placed put left used
switched turned cleaned washed cooked boiled served stamped posted read written
given made done met found named listed entered logged reported declared notified
informed consulted told asked advised warned kept allowed permitted required
expected needed known seen heard treated tested vaccinated inspected measured
weighed charged fined issued licensed insured parked fitted installed replaced
repaired closed opened shut cleared emptied filled moved removed reduced raised
increased set fixed chosen elected appointed decided agreed published released
updated applied done finished built based located situated kept stored
""")
# A time after the participle makes a timetable, not a demand: "should be
# finished by June", "must be repaired within a week".
WHEN = (
    r"(?:\d|noon|midnight|tomorrow|tonight|next|then|law|spring|summer|autumn|winter|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|"
    r"june|july|august|september|october|november|december|"
    r"the\s+(?:end|start|close|time|deadline|weekend|morning|evening))"
)
TIMETABLE = re.compile(
    rf"\s+(?:[\w,]+\s+){{0,4}}?(?:by\s+{WHEN}|before\s+{WHEN}|on\s+{WHEN}|in\s+{WHEN}|"
    r"within|until|no\s+later\s+than|in\s+time|next|later|soon|this\s+(?:week|month|"
    r"year|spring|summer|autumn|winter)|tomorrow|tonight)\b",
    re.IGNORECASE,
)
WIDE_DEMAND = re.compile(
    rf"\b(?:{MODAL})\s+{MODAL_ADVERB}be\s+(?P<participle>[a-z]+(?:ed|en|wn|nt)|"
    r"cut|sold|spent|done|won|run|split|set\s+free)\b",
    re.IGNORECASE,
)
# A named thing or body, not anyone of a kind: "The levy", "This term's
# charges", "Our library", "Ridgefield's plan".
DEFINITE_SUBJECT = re.compile(
    r"^\W*(?:the|this|these|that|those|our|its|their|his|her|[A-Z]\w+[’']s)\s",
    re.IGNORECASE,
)
# Active demands on a named actor: "The minister must resign." Rules for a
# generic subject ("Drivers must give way") do not use these verbs.
DEMANDED_ACTS = (
    r"(?:resign|apologi[sz]e|step\s+down|think\s+again|rethink|come\s+clean|"
    r"wake\s+up|do\s+better|answer\s+for|be\s+ashamed|hang\s+(?:its|their|his|her)"
    r"\s+heads?|go(?=\s*[.!])|fight|resist|oppose|boycott|"
    # Standing up to someone or being heard: what a writer urges readers to.
    r"rise\s+up|speak\s+(?:up|out)|stand\s+up\s+(?:to|for)|come\s+forward|"
    r"make\s+(?:their|your|our|his|her|its)\s+voices?\s+heard|"
    r"get\s+(?:a\s+grip|(?:its|their|his|her)\s+act\s+together)|"
    # "stop parking on the verge" demands; "stop at the red light" is a rule.
    r"stop\s+[a-z]+ing)"
)
DEMAND = re.compile(
    rf"\b(?:{MODAL}\s+{MODAL_ADVERB}(?:not\s+|never\s+)?be\s+{DEMANDED_PARTICIPLES}"
    rf"|{MODAL}\s+{MODAL_ADVERB}{DEMANDED_ACTS}"
    # "should never have been approved": hindsight is a verdict, not a rule.
    r"|should\s+(?:never|not)\s+have\s+been\s+[a-z]+"
    r"|(?:must|should|cannot|can[’']t)\s+(?:not\s+)?be\s+allowed\s+to"
    r"|ought\s+to\s+be\s+ashamed|deserves?\s+to\s+be\s+[a-z]+ed"
    # "No one should have to wait a year": a norm for everyone, in the
    # writer's voice ("No one should enter the site" is a notice: "enter").
    r"|\b(?:no\s+one|nobody|no-one)\s+should\s+(?:ever\s+)?(?:have\s+to|be\s+"
    r"(?:forced|made|left)|die|suffer|go|live|face|lose|pay|wait))\b",
    re.IGNORECASE,
)
# "must be moved before somebody trips": the harm it would prevent makes a
# rule an urgent demand ("before the start" or "before you board" do not).
BEFORE_HARM = re.compile(
    rf"\b{MODAL}\b[^.;:!?]*?\bbefore\s+(?:(?:someone|somebody|anyone|anybody|a\s+child|"
    r"another\s+\w+|more\s+\w+|the\s+last\s+\w+|it\s+is\s+too\s+late|it[’']s\s+too"
    r"\s+late)\b)",
    re.IGNORECASE,
)
# Moral debts a writer assigns: "The minister owes the families an apology",
# "The volunteers deserve real credit". A debt of money ("owes £2m") is news.
OWED = re.compile(
    r"\b(?:owes?|owed)\s+(?:\w+\s+){0,6}?(?:an?\s+)?(?:apology|apologies|explanation|"
    r"answers|(?:a\s+)?debt\s+of\s+gratitude|thanks|gratitude|it\s+to)\b"
    r"|\b(?:deserves?|deserved)\s+(?!to\s+(?:know|be\s+told)\b)(?:\w+\s+){0,3}?"
    r"(?:credit|praise|recognition|thanks|gratitude|respect|an?\s+apology|answers|"
    r"leaders?|an?\s+(?:MP|mayor|council|government|leader|answer|medal|"
    r"explanation)|more|far\s+more|nothing|a\s+(?:fair\s+|proper\s+|real\s+)?(?:break|chance|say|hearing)|justice)\b",
    re.IGNORECASE,
)
MODAL_WORDS = word_set(
    "must should ought has have need needs cannot can deserve deserves"
)

WORD = re.compile(r"[^\W\d_][\w-]*")


# One sentence is read by several checks in a row (these and
# opinion_structure's word gates): its words are cut once.
@lru_cache(maxsize=16)
def words_in(voice: str) -> frozenset[str]:
    """The sentence's lower-case words, for the checks' word gates."""
    return frozenset(WORD.findall(voice.lower()))


def find_demand(voice: str) -> re.Match | None:
    """A demand in the writer's voice: a listed remedy or act after a modal,
    any other act on a named thing ("The booking system must be abolished"),
    or any modal pressed by the harm it would prevent."""
    if MODAL_WORDS.isdisjoint(words_in(voice)):
        return None
    demand = DEMAND.search(voice)
    if demand is not None:
        return demand
    urgent = BEFORE_HARM.search(voice)
    if urgent is not None:
        return urgent
    if not DEFINITE_SUBJECT.match(voice):
        return None
    for wide in WIDE_DEMAND.finditer(voice):
        if wide.group("participle").lower() in PROCEDURAL_PARTICIPLES:
            continue
        if TIMETABLE.match(voice, wide.end()):
            continue
        return wide
    return None


# A procedure states how a thing is done, whoever reads it: "Uniform must be
# labelled with your child's name", "Your contract can be cancelled within
# 14 days". A named thing ("The library must be closed") is no procedure,
# but what may be done with anything ("can be cancelled") always informs.
PROCEDURE = re.compile(
    rf"\b(?P<modal>{MODAL}|can|may|will\s+need\s+to)\s+(?:only\s+|also\s+|still\s+)?"
    r"be\s+(?P<participle>[a-z]+)\b",
    re.IGNORECASE,
)
PROCEDURE_PARTICIPLES = PROCEDURAL_PARTICIPLES | word_set(
    "cancelled canceled refunded claimed downloaded exchanged transferred redeemed "
    "topped extended"
)
PERMISSION = word_set("can may")
# "Your MP must be told": the reader's representative, pressed, not a form.
YOUR_REPRESENTATIVE = re.compile(
    r"^\W*your\s+(?:local\s+)?(?:mp|councill?ors?|council|representatives?|senators?|"
    r"mayor|congress\w*|governor|ministers?|government|leaders?)\b",
    re.IGNORECASE,
)


def states_a_procedure(voice: str) -> bool:
    """Whether a modal passive tells how a thing is done, not what the writer
    wants done to it."""
    if "be " not in voice or find_demand(voice):
        return False
    for match in PROCEDURE.finditer(voice):
        if match.group("participle").lower() not in PROCEDURE_PARTICIPLES:
            continue
        if match.group("modal").lower() in PERMISSION:
            return True
        if not DEFINITE_SUBJECT.match(voice) and not YOUR_REPRESENTATIVE.match(voice):
            return True
    return False
