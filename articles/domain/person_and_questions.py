"""Who the writer speaks for and to, and whether a question is the writer's.

"We", "you" and a question mark are strong signs of an appeal, so each is
checked for the readings that are not: the country "US", the generic "you"
of everyday consequences, and a question the sentence only reports.
"""

import re

from .evidence import Evidence
from .lexicon import base_verbs

WRITER_WE = re.compile(
    r"\b(?:we|our|ours|ourselves|us|we[’']re|we[’']ve|we[’']ll|we[’']d|let[’']s)\b",
    re.IGNORECASE,
)
OBJECT_US = re.compile(
    r"\b(?:TO|FOR|WITH|OF|ABOUT|LET|GIVE|TELL|SHOW|HELP|JOIN|AGAINST|AMONG|FAILED)"
    r"\s+US$"
)
READER_YOU = re.compile(
    r"\b(?:you|your|yours|yourself|yourselves|you[’']re|you[’']ll|you[’']ve|"
    r"you[’']d)\b",
    re.IGNORECASE,
)
# "When your boiler breaks, you pay": a condition anyone may meet, so the
# "you" is anyone's, not the reader's. "If you ask me" is the writer's aside.
GENERIC_FRAME = re.compile(
    r"\b(?:when|whenever|if|once|unless|until|before|after|as\s+soon\s+as|"
    r"the\s+moment|every\s+time|each\s+time)\s+(?!you\s+ask\s+me\b)(?:you|your)\b",
    re.IGNORECASE,
)
# "A day ticket lets you travel on every line": what a thing allows anyone.
GENERIC_OBJECT = re.compile(
    r"\b(?:lets|let|allows?|enables?|costs?|saves?|entitles?|gives)\s+you\b",
    re.IGNORECASE,
)
# Service information: "You can renew a passport online", "You need a
# permit to fish there" tell anyone how things work, as a rule would.
PROCEDURE_YOU = re.compile(
    r"^\W*(?:[A-Z][\w ]{0,30},\s*)?you\s+(?:can|could|may|must|need(?:\s+to)?|"
    r"have\s+to|will\s+need(?:\s+to)?|get|pay)\s+(?:(?:also|still|now|only)\s+)?"
    r"(?:a|an|the|your|renew|apply|book|pay|recycle|register|park|claim|collect|vote|"
    r"buy|order|request|report|check|download|use|find|bring|reach|call|get|"
    r"visit|borrow|return|cancel|change|fish|swim|travel|catch|take)\b",
    re.IGNORECASE,
)
# After the condition, an order or a jibe makes it an appeal again: "If you
# value local news, subscribe today", "If you believe that, you will believe
# anything".
MAIN_CLAUSE = re.compile(r",\s*(?P<word>[A-Za-z’']+)(?P<rest>[^,;:]*)")
POINTED_AT_READER = re.compile(
    r"\byou\s+(?:are|were|[’']re)\s+(?:wrong|kidding|mistaken|fooling|dreaming)|"
    r"\byou\s+(?:will|[’']ll|would|[’']d)\s+believe\s+anything|"
    r"\byou\s+(?:should|must|ought\s+to)\s+be\s+\w+|"
    # A condition on what the reader values or feels is itself the appeal:
    # "If you care about the market", "If you have had enough of delays".
    r"\b(?:if|when)\s+you\s+(?:really\s+|truly\s+|still\s+)?(?:care|cared|value|love|"
    r"believe\s+in|want\s+(?:a|an|the|your)\s+\w+\s+(?:that|which|who)|"
    r"(?:are|[’']re)\s+(?:sick|tired|fed\s+up|angry|furious)|"
    r"(?:have|[’']ve)\s+had\s+enough)\b|"
    # Civic or consumer action pressed on the reader: "you should write to
    # your MP", "you must claim now". A procedure ("you must tell the
    # kitchen", "you should see a doctor") names no such act.
    r"\byou\s+(?:should|must|ought\s+to|need\s+to)\s+(?:(?:also|all|now|never|not)\s+)?"
    r"(?:vote|write\s+to\s+(?:your|the)\s+(?:mp|councillor|senator|representative|"
    r"congress\w*|minister|mayor)|join|ask|demand|claim|complain|protest|boycott|sign|"
    r"lodge|speak\s+up|turn\s+up|make\s+(?:your|their)\s+\w+\s+(?:known|heard)|"
    r"let\s+them|stop\s+\w+ing)\b",
    re.IGNORECASE,
)
# "It is time for every reader to check…": the reader named as a noun, told
# what to do. "Every reader who wrote in" or "readers said" report readers.
EVERY_READER = re.compile(
    r"\b(?:every|each|any|all|our|fellow)\s+(?:single\s+)?(?:reader|listener|viewer)s?"
    r"\s+(?=(?:to|should|must|ought\s+to|needs?\s+to)\s+(?!have\b|be\b|been\b)[a-z])|"
    # "It is time for every parent to…": whoever it names, the reader is one.
    r"\b(?:time|moment|duty)\s+for\s+(?:every|each|all)\s+(?:single\s+)?\w+"
    r"(?:\s+in\s+[A-Z]\w+)?(?=\s+to\s+(?!have\b|be\b)[a-z])",
    re.IGNORECASE,
)
# Service information about whoever holds the thing: "Your ticket is valid
# for one journey", "Your bin will be emptied on Tuesdays".
INFORMATION_YOUR = re.compile(
    r"^\W*your\s+(?:[\w-]+\s+){0,2}?(?:ticket|contract|pass|card|permit|licen[cs]e|"
    r"passport|bill|account|booking|order|policy|parcel|bins?|appointment|"
    r"application|deposit|refund|meter|tenancy|lease|warranty|guarantee|"
    r"subscription|statement|vote|ballot|form)s?\s+(?:is|are|will|can|may|must|"
    r"should|lasts?|expires?|covers?|includes?|runs?|remains?)\b",
    re.IGNORECASE,
)
# "Your" alone, the possessive of a rule's or a notice's reader ("labelled
# with your child's name"), where no "you" is spoken to.
ONLY_POSSESSIVE = re.compile(r"\byou(?!r\b)", re.IGNORECASE)
POSSESSIVE_YOUR = re.compile(r"\byour\b", re.IGNORECASE)
GENERIC_MAIN_FIRST = re.compile(r"^\W*(?:you|your)\s+(?!should\b|must\b)", re.I)
ORDER_OPENERS = {"please", "don’t", "don't", "do", "never", "just", "go"}

# Asking verbs that put a question in someone else's mouth.
ASKING = re.compile(
    r"\b(?:ask|asks|asked|asking|wonder|wonders|wondered|wondering|queried|"
    r"pondered|want(?:s|ed)?\s+to\s+know|demand(?:s|ed|ing)?\s+to\s+know|"
    r"(?:the|one|a|their|his|her|its)\s+(?:simple\s+|same\s+|big\s+|only\s+)?"
    r"question\s+(?:they|he|she|it|residents|parents|voters|people)\b)",
    re.IGNORECASE,
)
# An asker the writer is one of (or the reader, told to ask) keeps the
# question the writer's: "We must ask: why?", "Ask yourself: who gains?".
OWN_ASKER = re.compile(
    r"^\W*(?:(?:so|and|just|now)\s+)?ask\b|\b(?:i|we|you|us)\s+(?:\w+\s+){0,2}?"
    r"(?:ask|wonder|want\s+to\s+know|demand\s+to\s+know)\b|\blet[’']s\s+ask\b",
    re.IGNORECASE,
)
INDIRECT_QUESTION = re.compile(
    r"\b(?:asked|asking|asks|wondered|wondering|wonders|queried)\s+(?:\w+\s+){0,3}?"
    r"(?:why|how|what|who|whom|whose|whether|if|when|where|which)\b",
    re.IGNORECASE,
)
CLAUSE_BREAK = re.compile(r"[:;—–]")
QUESTION_CUE_CHARACTERS = 60
# Where the question itself begins, so its framing words are in the cue:
# "Is it any wonder that…?", "…, and who can blame them?". A question word
# opens the clause, or follows a comma or a joining word ("which" and
# "where" there usually open a relative clause instead).
QUESTION_WORDS = (
    r"why|how|what|who|is|are|was|were|do|does|did|can|could|will|would|should|"
    r"has|have|had|must|(?:is|are|was|were|do|does|did|ca|could|wo|would|should|has|"
    r"have|had)n[’']t"
)
OPENS_QUESTION = re.compile(
    rf"\W*(?:(?:so|and|but|then|now|well),?\s+)?(?:which|where|when|whose|{QUESTION_WORDS})\b",
    re.IGNORECASE,
)
JOINED_QUESTION = re.compile(
    rf"(?:,\s*(?:(?:and|but|so|or)\s+)?|\b(?:and|but|so|or)\s+)"
    rf"(?P<word>(?:{QUESTION_WORDS})\b)",
    re.IGNORECASE,
)
# A question opened further back than this is named by its end.
QUESTION_OPENER_REACH = 200


# The newsroom's "we" as a channel of news, not a voice of opinion: "we
# understand", "we are hearing", "officials told us", "In our tests".
NEWSROOM_WE = re.compile(
    r"\bwe\s+(?:now\s+)?(?:understand|hear|are\s+hearing|have\s+(?:learned|learnt|"
    r"been\s+told|heard)|are\s+told|were\s+told|are\s+now\s+\w+\s+\w+\s+past|"
    r"are\s+(?:expecting|awaiting))\b"
    r"|\b(?:tell|tells|told|telling|confirmed\s+to|said\s+to)\s+us\b"
    # "Our test of a council is..." is the writer's yardstick, not a lab's.
    r"|\b(?:in\s+)?our\s+(?:tests?|testing|test\s+(?:unit|kitchen|team|drive)|"
    r"testers?|review\s+(?:unit|sample|copy)|sample|measurements?|lab)\b(?!\s+of\b)",
    re.IGNORECASE,
)


def writer_we(voice: str) -> Evidence | None:
    """The writer speaking for themselves: "we", "our", but not "US" or the
    newsroom's "we" that passes news on."""
    newsroom = [match.span() for match in NEWSROOM_WE.finditer(voice)]
    for match in WRITER_WE.finditer(voice):
        if any(start <= match.start() < end for start, end in newsroom):
            continue
        # "The US and Canada": in mixed case, "US" is the country. A headline
        # set in capitals loses the difference; there "US" is "us" only as
        # an object ("THEY LIED TO US").
        if match.group(0) == "US" and not (
            voice.upper() == voice and OBJECT_US.search(voice, 0, match.end())
        ):
            continue
        return Evidence(1.0, *match.span(), "is the writer speaking for themselves")
    return None


def reader_address(voice: str) -> Evidence | None:
    """The writer speaking to the reader, not the generic "you" of anyone."""
    every_reader = EVERY_READER.search(voice)
    if every_reader is not None:
        return Evidence(1.5, *every_reader.span(), "speaks to the reader directly")
    if READER_YOU.search(voice) is None or is_generic_you(voice):
        return None
    generic_objects = [match.span() for match in GENERIC_OBJECT.finditer(voice)]
    for match in READER_YOU.finditer(voice):
        if any(start <= match.start() < end for start, end in generic_objects):
            continue
        return Evidence(1.5, *match.span(), "speaks to the reader directly")
    return None


def is_generic_you(voice: str) -> bool:
    """Whether "you" here is anyone, not the reader."""
    if INFORMATION_YOUR.match(voice):
        return not POINTED_AT_READER.search(voice)
    if PROCEDURE_YOU.match(voice):
        return not POINTED_AT_READER.search(voice)
    frame = GENERIC_FRAME.search(voice)
    if frame is None or POINTED_AT_READER.search(voice):
        return False
    main = MAIN_CLAUSE.search(voice, frame.end())
    if main is None:
        # The condition after its main clause: "You pay the fee when your
        # boiler breaks" is generic; "Nice work if you can get it" sneers.
        return GENERIC_MAIN_FIRST.match(voice) is not None
    word = main.group("word").lower()
    return word not in ORDER_OPENERS and word not in base_verbs()


def only_possessive_your(voice: str) -> bool:
    """Whether the sentence's second person is a possessive "your" only."""
    return POSSESSIVE_YOUR.search(voice) is not None and not ONLY_POSSESSIVE.search(
        voice
    )


def question_evidence(voice: str) -> Evidence | None:
    """The writer's own question to the reader (blank reported ones first)."""
    question = voice.rfind("?")
    if question == -1:
        return None
    clause_start = _clause_start(voice, question)
    start = min(
        question,
        _word_start(voice, max(clause_start, question - QUESTION_CUE_CHARACTERS)),
    )
    opening = _question_opening(voice, clause_start, question)
    if opening < question:
        start = opening
    return Evidence(
        2.0, start, question + 1, "is a question put to the reader rather than a report"
    )


def without_reported_question(voice: str) -> str:
    """The voice with a reported question blanked, offsets unchanged: like a
    quotation, the question and its wording belong to whoever asked it."""
    question = voice.rfind("?")
    if question == -1:
        return voice
    clause_start = _clause_start(voice, question)
    if not _reports_question(voice[:clause_start], voice[:question]):
        return voice
    if clause_start == 0:
        # An indirect question with a stray mark: only the mark is the
        # question's; the words are the writer's report.
        return voice[:question] + " " + voice[question + 1 :]
    blank = " " * (question + 1 - clause_start)
    return voice[:clause_start] + blank + voice[question + 1 :]


def _question_opening(voice: str, clause_start: int, question: int) -> int:
    """Where the question's own words begin, if near enough to name."""
    if question - clause_start > QUESTION_OPENER_REACH:
        return question
    if OPENS_QUESTION.match(voice, clause_start, question):
        return _word_start(voice, clause_start)
    starts = [
        joined.start("word")
        for joined in JOINED_QUESTION.finditer(voice, clause_start, question)
    ]
    return starts[-1] if starts else question


def _clause_start(voice: str, question: int) -> int:
    clause_start = 0
    for mark in CLAUSE_BREAK.finditer(voice, 0, question):
        clause_start = mark.end()
    return clause_start


def _reports_question(frame: str, before_mark: str) -> bool:
    """ "Parents kept asking one question: why…?" reports a question;
    "Parents asked why the school was never told?" does too, with a stray
    question mark."""
    if OWN_ASKER.search(before_mark):
        return False
    if frame and ASKING.search(frame):
        return True
    return INDIRECT_QUESTION.search(before_mark) is not None


def _word_start(voice: str, position: int) -> int:
    """The first letter of the first whole word at or after `position`, so a
    question's cue never begins inside a word."""
    if position > 0 and voice[position - 1].isalnum():
        while position < len(voice) and voice[position].isalnum():
            position += 1
    while position < len(voice) and not voice[position].isalnum():
        position += 1
    return position
