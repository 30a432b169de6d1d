"""When a listed word reports rather than appeals.

The word lists say what a word can do; the words around it say whether it
does it here. "Dockworkers expressed outrage" reports someone else's feeling,
"Donations to the food bank rose" is news about giving, and "Demand for heat
pumps doubled" opens with a noun, not an order.
"""

import re
from itertools import islice

from .lexicon import part_of_speech, plural_nouns, verb_forms, word_set

# Feelings a sentence can report as someone's: nouns and the adjectives of
# a state ("were furious"), not verdicts on a thing ("outrageous").
EMOTION_NOUNS = word_set("""
outrage outrages fury anger rage disgust dismay horror despair grief shock delight
joy frustration frustrations anguish indignation alarm contempt scorn ire bitterness
resentment sorrow heartbreak panic dread glee elation jubilation euphoria relief
disappointment dissatisfaction exasperation consternation uproar outcry fear fears
""")
EMOTION_STATES = word_set("""
outraged furious angry angered incensed livid enraged infuriated appalled horrified
shocked stunned dismayed disgusted devastated heartbroken distraught delighted
thrilled overjoyed elated ecstatic jubilant relieved frustrated upset saddened
disappointed bitter worried terrified scared frightened alarmed fuming irate
annoyed gutted aghast exasperated despondent dejected indignant sickened
""")
# "expressed outrage", "reacted with fury", "sparked anger", "there was dismay":
# the feeling is the object of a verb that reports or causes it.
REPORTED_BEFORE = re.compile(
    r"\b(?:express(?:es|ed|ing)|voic(?:es|ed|ing)|vent(?:s|ed|ing)|show(?:s|ed|ing|n)|"
    r"display(?:s|ed|ing)|describ(?:es|ed|ing)|admit(?:s|ted|ting)|confess(?:es|ed)|"
    r"reported|shar(?:ed|ing)|aired|felt|feels?|feeling|caus(?:es|ed|ing)|"
    r"spark(?:s|ed|ing)|provok(?:es|ed|ing)|trigger(?:s|ed|ing)|prompt(?:s|ed|ing)|"
    r"fuel(?:s|led|ed|ling|ing)|stir(?:s|red|ring)|drew|draws|drawn|drawing|"
    r"sp[eo]ke?s?\s+of|told\s+of|talk(?:s|ed|ing)\s+of|(?:re)?act(?:s|ed|ing)\s+with|"
    r"respond(?:s|ed|ing)\s+with|greeted\s+with|met\s+with|"
    r"there\s+(?:was|is|were|has\s+been))"
    r"(?:\s+(?:their|his|her|its|the|a|an|some|much))?(?:\s+[a-z’']+){0,2}?\s+$",
    re.IGNORECASE,
)
# "their anger", "the union's fury", "residents' dismay", "to the fury of".
OWNED_BEFORE = re.compile(
    r"(?:\b(?:their|his|her|its)|\b(?P<owner>\w+)[’']s|\ws[’']|\bto\s+the)"
    r"\s+(?:[a-z]+\s+)?$",
    re.IGNORECASE,
)
# "It's an outrage": a contraction, not an owner.
NOT_OWNERS = word_set("it that what there here who he she this where let")
OWNED_AFTER = re.compile(r"^\s+(?:among|from|by|of)\s+\w", re.IGNORECASE)
# "Residents were furious", "left parents angry": a state right after a
# copula (an adverb between at most), or after "left"/"made" and who feels it;
# "the bitter fruit" is attributive, and "have been betrayed" a passive verdict.
STATE_BEFORE = re.compile(
    r"(?:\b(?:was|were|is|are|am|be|been|being|became|become|grew|remain|remains|remained|seemed|"
    r"seem|seems|looked|appeared)(?:\s+(?:so|very|deeply|increasingly|visibly|"
    r"clearly|absolutely|utterly|still|also|really|quite|more|most|openly|"
    r"understandably|bitterly|not|all|both))?|\b(?:left|leaving|leaves|made|"
    r"making|makes|kept|keeping)(?:\s+\w+){0,3}?(?:\s+feeling)?)\s+$",
    re.IGNORECASE,
)
# "said they felt betrayed": whatever word follows, a feeling someone reports.
FEELING_BEFORE = re.compile(
    r"\b(?:felt|feel|feels|feeling)(?:\s+(?:so|very|deeply|utterly|completely|"
    r"totally|badly|thoroughly|increasingly))?\s+$",
    re.IGNORECASE,
)
# The writer's own feeling stays an appeal: "I was appalled", "We are furious".
FIRST_PERSON = re.compile(r"\b(?:I|I[’']m|I[’']ve|me|[Ww]e|[Ww]e[’']re|us)\b")


def is_reported_emotion(voice: str, start: int, end: int) -> bool:
    """Whether the emotion word at [start, end) is someone else's feeling,
    reported, rather than the writer's wording working on the reader."""
    word = voice[start:end].lower()
    before = voice[max(0, start - 60) : start]
    if FEELING_BEFORE.search(before):
        return not FIRST_PERSON.search(voice, 0, start)
    if word in EMOTION_NOUNS:
        owned = OWNED_BEFORE.search(before)
        if owned and (owned.group("owner") or "").lower() in NOT_OWNERS:
            owned = None
        return bool(
            REPORTED_BEFORE.search(before) or owned or OWNED_AFTER.match(voice[end:])
        )
    if word in EMOTION_STATES:
        if FIRST_PERSON.search(voice, 0, start):
            return False
        following = re.match(r"\s+([a-z]+)", voice[end:])
        # "Angry residents packed the hall": the feeling belongs to the people.
        if following and following.group(1) in plural_nouns():
            return True
        return bool(STATE_BEFORE.search(before))
    return False


# Words of giving and subscribing that make a pitch only when said to the
# reader; "Donations to the food bank rose" is news.
GIVING = re.compile(r"^(?:donat|subscri)", re.IGNORECASE)
SAID_TO_THE_READER = re.compile(
    r"\b(?:you|your|yours|please|today|now|us|our|we|every|any)\b|"
    r"^\W*(?:donate|subscribe|give|support|help|chip|become|sign|join|consider|make)\b",
    re.IGNORECASE,
)


# "It takes a minute to donate £5": a sum to give, with nobody reported as
# asked, is the price put to the reader.
SUM_TO_GIVE = re.compile(r"\bto\s+(?:donate|give)\s+(?:just\s+|only\s+)?[£$€]\s?\d")
ASKED_TO_GIVE = re.compile(
    r"\b(?:asked|urged|invited|encouraged|told|called\s+on|wants?|wanted|"
    r"decided|agreed|plans?|planned|promised|offered|chose|refused)\s+"
    r"(?:\w+\s+){0,4}?to\s+(?:donate|give)\b",
    re.IGNORECASE,
)


def is_news_about_giving(voice: str, pitch: str) -> bool:
    """Whether a pitch word ("donations", "subscribers") reports giving
    instead of asking the reader for it."""
    if not GIVING.match(pitch) or SAID_TO_THE_READER.search(voice):
        return False
    return not (SUM_TO_GIVE.search(voice) and not ASKED_TO_GIVE.search(voice))


# After a word that opens the sentence: these make it the head of a noun
# phrase ("Demand for ...", "Support among ...") or a subject ("Help is ...").
NOUN_FOLLOWERS = word_set("for of among from in on at over across within")
CLAUSE_BREAK = word_set(
    "that what who whom which how why when where if whether because unless until"
)
WORD = re.compile(r"[A-Za-z’']+")
WORDS_LOOKED_AT = 12
TWO_WORD_ORDER_ENDS = word_set("not miss out in")


def opens_with_a_noun(voice: str, word_end: int) -> bool:
    """Whether the sentence-initial word ending at word_end is a noun with its
    own verb ("Demand for heat pumps doubled"), not an order ("Vote for Jones")."""
    opener = voice[:word_end].rsplit(None, 1)[-1].lower()
    if not opener.isalpha() or opener in TWO_WORD_ORDER_ENDS:
        return False  # "Don't believe ...", "Do not miss ...": always orders
    words = [match.group(0).lower() for match in WORD.finditer(voice, word_end)]
    words = words[:WORDS_LOOKED_AT]
    if not words:
        return False
    finite = verb_forms()
    if _is_finite(words, 0, finite) or words[0] in {"’s", "'s"}:
        return True
    if words[0] not in NOUN_FOLLOWERS:
        return False
    # A comma does not end the phrase: "Back in 2019, the depot employed
    # 300 people" opens with an adverb, and an order has no finite verb
    # after its comma ("Call for an ambulance, then wait").
    for index in range(1, len(words)):
        if words[index] in CLAUSE_BREAK:
            return False
        if _is_finite(words, index, finite):
            return True
    return False


# The lexicon knows common verbs only; a past tense it lacks ("outstripped",
# "spiked") is known by its ending. "-ed by the ..." is a participle that
# describes a noun ("Vote for the plan backed by the union"), not the
# sentence's verb; "rose by a third" still is one.
PAST_TENSE = re.compile(r"^[a-z]{3,}ed$")
AGENT_OPENERS = word_set("the its their his her our your")


def _is_finite(words: list[str], index: int, finite: frozenset[str]) -> bool:
    word = words[index]
    is_past = bool(PAST_TENSE.match(word))
    if is_past and words[index + 1 : index + 2] == ["by"]:
        agent = words[index + 2] if index + 2 < len(words) else ""
        return agent not in AGENT_OPENERS
    return word in finite or is_past


# An order by its shape, where the lexicon's most frequent tag hides the
# verb: "Scrap this levy now", "Pity the poor taxpayer", "Book now". A word
# that can open an order (a noun or adjective form in the lexicon, as
# "scrap", "pity" and "spare" are) is followed at once by its object or by
# "now", and no finite verb follows before the clause ends: "Today the
# council met" opens with a time, and "Spring the season..." has no object.
ORDER_OBJECTS = word_set("""
the this that these those a an your our my his her their it them us me him
yourself yourselves now today local tuned
""")
ORDER_TAGS = word_set("NN VB VBP JJ JJR")
NOT_ORDERS = word_set("""
today tonight yesterday tomorrow monday tuesday wednesday thursday friday
saturday sunday last next this every each meanwhile such sir madam dear
share report refresh reload print tweet reply flag contact
""")
# (The last row are the page's own buttons, "Share this story", "Report this
# comment": page clutter, which an order of the writer's is not.)
CLAUSE_ENDS = word_set("and who which that so because before when if but or while")
WORD_OR_MARK = re.compile(r"[A-Za-z’']+|[,:;—–]")


# "Text HOPE to 70085": a keyword in capitals sent to a short number is a
# donation or entry line, an order to the reader though "text" is a noun.
SHORT_CODE_ORDER = re.compile(
    r"(?i:text|txt|sms)\s+(?i:the\s+word\s+)?[‘'\"“]?[A-Z][A-Z0-9]+[’'\"”]?"
    r"(?:\s+[A-Z0-9]+)?\s+to\s+\d{4,6}\b"
)


def reads_as_an_order(voice: str, start: int, end: int) -> bool:
    """Whether the sentence-initial word at [start, end) gives an order by
    the shape of what follows it, though the lexicon files it as a noun."""
    if SHORT_CODE_ORDER.match(voice, start):
        return True
    opener = voice[start:end].lower()
    if opener in NOT_ORDERS or part_of_speech(opener) not in ORDER_TAGS:
        return False
    following = [
        match.group(0).lower()
        for match in islice(WORD_OR_MARK.finditer(voice, end), WORDS_LOOKED_AT)
    ]
    if not following or following[0] not in ORDER_OBJECTS:
        return False
    finite = verb_forms()
    for index in range(1, len(following)):
        word = following[index]
        if word in CLAUSE_ENDS or not word[0].isalpha():
            break
        if _is_finite(following, index, finite):
            return False
    return True
