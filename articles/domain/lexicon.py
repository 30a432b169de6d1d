"""Word lists the labeler looks for, grouped by what they tell a reader.

These describe kinds of wording (reporting verbs, vague sources, hedges,
calls to action, loaded words), written from the labeling guideline; they are
not taken from any article.
"""

import re
from functools import cache
from importlib.util import find_spec
from pathlib import Path
from xml.etree import ElementTree


def package_file(package: str, *parts: str) -> Path | None:
    """A data file shipped inside an installed package, or None if missing.

    Found without importing the package (TextBlob would pull in NLTK)."""
    spec = find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations)), *parts)
    return path if path.exists() else None


def word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


def words(text: str) -> str:
    """A regex alternation of the whitespace-separated entries (| for spaces)."""
    return "|".join(
        sorted(
            (entry.replace("_", r"\s+") for entry in text.split()),
            key=len,
            reverse=True,
        )
    )


# Verbs and phrases that attribute what follows (or precedes) to a source.
REPORTING_VERBS = words("""
said says say saying told tells added adds noted notes warned warns argued argues
insisted insists claimed claims confirmed confirms announced announces stated states
explained explains wrote writes posted tweeted testified estimated estimates reported
reports acknowledged acknowledges admitted admits conceded concedes recalled replied
responded asked asks urged urges predicted predicts suggested suggests concluded
concludes alleged alleges contended contends maintained maintains emphasised
emphasized stressed cautioned observed commented declared disclosed denied denies
agreed agrees described describes accused accuses forecast projected revealed reveals
complained complains boasted boasts pledged pledges promised promises vowed vows
countered wrote_in told_reporters according_to quoted_as_saying believes believe
thinks fears feared remarked remarks pointed_out points_out mused muses quipped joked
shouted recounted questioned wondered asserted asserts reiterated reiterates repeated
retorted fumed lamented laments signalled signaled cautions recalls replies responds
charged testifies called calls branded brands dubbed labelled labeled dismissed
rejected defended credited blamed praised criticised criticized condemned welcomed
hailed declined_to_comment did_not_respond did_not_immediately_respond
could_not_be_reached ruled appealed cited cites railed rails_against touted touts
hinted hints
disputed disputes proposed proposes expressed expresses objected bragged
highlighted highlights indicated expects hopes hoped pointed_to assured advised
outlined detailed characterized characterised speculated reckoned reckons demanded
pleaded affirmed reaffirmed proclaimed decried denounced lambasted chided derided
doubted doubts rebutted refuted confessed thanked applauded lauded commended
congratulated implored texted emailed underscored underlined implied apologized
apologised protested grumbled bemoaned exclaimed whispered muttered fired_back
shot_back hit_back pushed_back rebuffed called_on wonders
""")
# Reporting verbs that are also nouns: "grand promises", "the reports".
NOUN_HOMOGRAPHS = word_set("""
promises pledges vows claims reports notes states fears estimates warns remarks
statements calls forecast hopes disputes hints highlights doubts wonders
""")
# Nouns that stay anonymous whatever body they come from: "a senior Treasury
# official", "government figures", "the source".
ANONYMOUS_HEADS = word_set("""
official officials source sources aide aides insider insiders figure figures adviser
advisers advisor advisors ally allies diplomat diplomats person people staffer
staffers confidant confidants
""")
# Participles hang the attribution on the sentence's subject: "He staked out
# new positions, saying he would ...".
PARTICIPLES = words("""
saying arguing noting adding warning insisting explaining claiming telling conceding
acknowledging announcing declaring predicting suggesting writing tweeting posting
recalling replying describing accusing asserting stressing urging vowing promising
citing confirming denying condemning welcoming blaming rejecting expressing stating
disputing
""")
# Verbs by which a document or dataset speaks: "figures show", "a survey found".
FINDING_VERBS = words("""
found finds show shows showed shown suggest suggests suggested revealed reveals
indicate indicates indicated estimated estimates concluded concludes recorded records
identified identifies counted counts listed lists warns warned predicts predicted
read reads recommends recommended rated gives gave puts record links confirm
confirms
""")
DOCUMENT_NOUNS = words("""
report reports study studies survey surveys poll polls data figures statistics census
analysis review audit inquiry filing filings document documents memo letter statement
paper research records minutes transcript ruling judgment dataset index assessment
accounts trial trials testimony manifesto tally projections bulletin register database
results papers log logs schedule brief response decision scorecard scorecards
guidance timetable table contract agreement indictment lawsuit affidavit submission
""")

# Sources a reader cannot identify, whatever follows them.
VAGUE_SOURCES = words("""
officials sources insiders people some many others critics observers residents locals
witnesses pals friends aides allies diplomats supporters opponents campaigners
activists commentators rumours rumors reports insiders_say sources_say
those_close_to sources_close_to people_familiar people_close_to people_briefed
people_with_knowledge person_familiar person_briefed a_source one_source
an_official one_official a_person someone somebody a_spokesperson_who
circulating fans neighbours neighbors colleagues staffers onlookers bystanders
""")
# Groups that become identifiable when a named body follows ("researchers at
# the University of Tarnby"), and are vague without one ("experts").
QUALIFIABLE_SOURCES = words("""
experts analysts researchers scientists economists doctors engineers investigators
auditors inspectors academics lawyers scholars forecasters strategists
""")
ANONYMITY = re.compile(
    r"\b(?:not\s+authori[sz]ed\s+to|asked\s+not\s+to\s+be\s+(?:named|identified)|"
    r"on\s+(?:the\s+)?condition\s+of\s+anonymity|spoke\s+anonymously|speaking\s+"
    r"anonymously|declined\s+to\s+be\s+(?:named|identified)|requested\s+anonymity|"
    r"unnamed|anonymous|who\s+(?:would|did)\s+not\s+be\s+named|without\s+being\s+named)\b",
    re.IGNORECASE,
)
# Singular bodies and roles: "the ministry said", "a spokeswoman for X said".
ROLE_OR_BODY = words("""
spokesman spokeswoman spokesperson minister ministry department council government
police coastguard operator agency authority board court committee hospital school
university regulator bank company firm group party union commission office service
mayor president chancellor governor premier secretary director chief_executive chair
chairman chairwoman manager head leader founder owner officer prosecutor judge
senator councillor councilor commissioner ambassador inspector coroner sheriff
airline carrier retailer charity club team campaign army navy military force
institute foundation centre center trust network
coordinator organiser organizer engineer economist speaker editor principal
headteacher superintendent curator dean warden captain commander detective
sergeant constable treasurer clerk registrar trustee administrator supervisor
ombudsman watchdog association federation society agency bureau
""")

# Hedges that hold a claim at arm's length without naming who makes it.
HEDGES = re.compile(
    r"\b(?:reportedly|allegedly|purportedly|supposedly|apparently|rumou?red|"
    r"(?:is|are|was|were|has\s+been|have\s+been)\s+(?:believed|thought|said|understood|"
    r"expected|rumou?red|reported|alleged|claimed|feared|tipped|set|poised|likely|"
    r"understood)\s+to|it\s+is\s+(?:understood|believed|thought|claimed|said|reported|"
    r"alleged|feared|expected|likely)|(?:is|are)\s+understood|"
    r"(?:could|may|might)\s+(?:have|be|soon|eventually)|appears?\s+to|seems?\s+to|"
    r"is\s+likely|are\s+likely|likely\s+to|unconfirmed|it\s+emerged)\b",
    re.IGNORECASE,
)

# The first word of a sentence that tells the reader to act.
CALL_TO_ACTION_WORDS = (
    r"(?:subscribe|donate|sign|join|support|help|click|tap|share|tell|write|call|"
    r"email|read|follow|download|register|vote|act|demand|stand|contact|give|"
    r"don[’']t|do\s+not|let[’']s|imagine|consider|remember|think|ask|get|find\s+out|"
    r"watch|listen|visit|buy|back|chip\s+in|pledge|never\s+miss)\b"
)
PITCH = re.compile(
    r"\b(?:donat(?:e|ion|ions|ing)|your\s+support|support\s+(?:us|our|independent)|"
    r"subscri(?:be|ption|ber)s?|paywall|(?:independent|quality|trusted|fearless|"
    r"award-winning)\s+(?:journalism|reporting|news)|our\s+(?:journalism|reporters|"
    r"journalists|reporting|newsroom)|sign\s+(?:our|the)\s+petition|become\s+a\s+member|"
    r"make\s+a\s+(?:contribution|difference)|chip\s+in)\b",
    re.IGNORECASE,
)
READER_ADDRESS = re.compile(
    r"\b(?:you|your|yours|yourself|you[’']re|you[’']ll)\b", re.I
)
WRITER_WE = re.compile(r"\b(?:we|our|ours|us|we[’']re|we[’']ve|let[’']s)\b", re.I)

# Adverbs and set phrases by which a writer judges instead of reporting.
OPINION_PHRASES = re.compile(
    r"\b(?:deserves?\s+better|high\s+time|(?:once|yet)\s+again|rightly|wrongly|"
    r"precious\s+little|the\s+last\s+thing|cold\s+comfort|it\s+is\s+time|"
    r"it[’']s\s+time|enough\s+is\s+enough|no\s+wonder|of\s+course|needless\s+to\s+say|"
    r"make\s+no\s+mistake|let[’']s\s+be\s+(?:clear|honest)|the\s+truth\s+is|"
    r"the\s+fact\s+is|plain\s+and\s+simple|sadly|shamefully|thankfully|mercifully|"
    r"laughably|predictably|unsurprisingly|ironically|tellingly|worryingly|alarmingly|"
    r"disturbingly|astonishingly|incredibly|conveniently|curiously|bizarrely|"
    r"mind-boggling|jaw-dropping|eye-watering|knee-jerk|so\s+much\s+for|"
    r"what\s+a|how\s+dare|at\s+best|at\s+worst|worth\s+every\s+penny|"
    r"too\s+important\s+to\s+be\s+left\s+to|impossible\s+not\s+to|"
    r"long\s+may\s+(?:he|she|it|they|we|the|this|that|our|their)|good\s+for\s+(?:her|him|them)(?=\s*[.!])|"
    r"of\s+the\s+highest\s+order|(?:finally|barely|even)\s+bothered\s+to|"
    r"the\s+time\s+for\s+[\w-]+\s+is\s+(?:over|past)|"
    r"(?:a|every)\s+vote\s+for\s+(?:\w+\s+){1,3}?is\s+a\s+vote\s+(?:for|against))\b",
    re.IGNORECASE,
)
# Weaker signs: rules and plain facts use them too ("Drivers must pay the
# toll"), so alone they never make an appeal.
MILD_OPINION_PHRASES = re.compile(
    r"\b(?:in\s+fact|after\s+all|"
    # The modal with its verb: "must the" is the modal before its subject
    # ("Why must the pier close?"), no judgement in itself.
    r"(?:should|must|ought\s+to|need\s+to|needs\s+to)\s+(?:be\s+)?"
    r"(?!(?:the|a|an|this|that|these|those|we|they|he|she|it|you|i|our|their|his|"
    r"her|its|my|your|every|any|some|no)\b)\w+)\b",
    re.IGNORECASE,
)
# 'levelling up', ‘shock jocks’: single quotes around a few words, in the
# writer's voice, usually sneer.
SCARE_QUOTES = re.compile(r"(?:^|[\s(])[‘'](\w[^‘’'\n]{0,30}?\w)[’'](?=[\s,.;:!?)]|$)")
# Words that name events or harms: news reports them, so they are no sign
# of the writer's opinion, however strong their sentiment.
EVENT_WORDS = word_set("""
kill killed killing killings kills dead death deaths die died dies dying war wars
attack attacks attacked crisis crises disaster disasters fire fires injured injury
injuries victim victims murder murdered murders violence violent cancer disease
arrest arrested arrests accused charged fraud crash crashed crashes bomb bombing
bombs shooting shot shootings terror terrorism terrorist terrorists flood floods
flooding storm storms earthquake drought famine poverty hunger unemployment
debt loss losses lost abuse abused assault assaulted rape raped emergency pandemic
virus outbreak risk risks threat threats danger damage damaged destroyed
destruction fear fears afraid worried concern concerns problem problems protest
protests conflict fight fighting fought sick ill illness pain suffering suffered
prison jail sentenced guilty crime crimes criminal stolen theft robbery
""")


@cache
def subjective_adjectives() -> dict[str, float]:
    """Adjective -> strength of opinion, from TextBlob's lexicon of English
    adjectives (Pattern, public domain). Strongly subjective and clearly
    positive or negative adjectives only; read from the installed package's
    data file, never downloaded."""
    path = package_file("textblob", "en", "en-sentiment.xml")
    if path is None:
        return {}
    senses: dict[str, list[tuple[float, float]]] = {}
    for word in ElementTree.parse(path).getroot().iter("word"):  # noqa: S314 -- the package's own file
        form = word.get("form", "").lower()
        if " " in form or not form.isalpha():
            continue
        senses.setdefault(form, []).append(
            (float(word.get("polarity", 0)), float(word.get("subjectivity", 0)))
        )
    strengths = {}
    for form, values in senses.items():
        polarity = sum(abs(p) for p, _ in values) / len(values)
        subjectivity = sum(s for _, s in values) / len(values)
        if subjectivity >= 0.75 and polarity >= 0.5:
            strengths[form] = round(subjectivity * polarity, 2)
    return strengths


@cache
def emotive_words() -> dict[str, float]:
    """Word -> strength of feeling, from the VADER lexicon (MIT), for words
    with strong sentiment that are not names of events (see EVENT_WORDS)."""
    path = package_file("vaderSentiment", "vader_lexicon.txt")
    if path is None:
        return {}
    strengths = {}
    with path.open(encoding="utf-8") as lexicon:
        for line in lexicon:
            word, _, rest = line.partition("\t")
            try:
                valence = float(rest.split("\t", 1)[0])
            except ValueError:
                continue
            if abs(valence) >= 2.0 and word.isalpha() and word not in EVENT_WORDS:
                strengths[word] = round(min(abs(valence), 3.5) / 3.5, 2)
    return strengths


@cache
def _tags() -> dict[str, str]:
    """Lower-case word -> its most frequent part-of-speech tag, from TextBlob's
    lexicon (Brill's, via Pattern)."""
    path = package_file("textblob", "en", "en-lexicon.txt")
    if path is None:
        return {}
    tags = {}
    with path.open(encoding="utf-8") as lexicon:
        for line in lexicon:
            word, _, tag = line.strip().partition(" ")
            if word.islower() and tag:
                tags.setdefault(word, tag.split()[0])
    return tags


def part_of_speech(word: str) -> str | None:
    """The lower-case word's most frequent tag in the lexicon, if it has one."""
    return _tags().get(word)


@cache
def known_words() -> frozenset[str]:
    """Every lower-case English word in the part-of-speech lexicon that is
    mostly not a proper noun: "residents", "he", "the" (but not "kennedy")."""
    return frozenset(word for word, tag in _tags().items() if not tag.startswith("NNP"))


@cache
def plural_nouns() -> frozenset[str]:
    """Common plural nouns: tells "Teachers said" (a group) from "Kirby said"."""
    return frozenset(word for word, tag in _tags().items() if tag in {"NNS", "NNPS"})


@cache
def base_verbs() -> frozenset[str]:
    """Verbs in their base form: a sentence that starts with one ("Expose
    them", "Keep in mind") gives the reader an order."""
    return frozenset(word for word, tag in _tags().items() if tag == "VB")


@cache
def verb_forms() -> frozenset[str]:
    """Finite verbs and modals: "said the town needed" has a clause, not a
    speaker, after "said"."""
    return frozenset(
        word
        for word, tag in _tags().items()
        if tag in {"VBD", "VBZ", "VBP", "MD", "VBN"}
    )
