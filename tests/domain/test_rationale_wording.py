"""The words of the feedback itself: a question is named by its own words, a
list of cues agrees with its verb, a word the opinion model weighed is put
to the student as a question (and a word of a name never as opinion), a
document is not called "someone", a source phrase is never a fragment, and
the claim named is the main clause's. All sentences written for these tests."""

import re

import pytest

from articles.domain.appeal_wording import (
    MODEL_REASON,
    REASON_KINDS,
    appeal_rationale,
)
from articles.domain.claim_words import claim_span
from articles.domain.evidence import Evidence
from articles.domain.labels import Label
from articles.domain.pipeline import analyse
from articles.domain.source_wording import is_fragment
from quizapp.demo.storm_live import STORM_LIVE

# 'words' in a rationale: opened after a space or the start, closed before
# punctuation or a space, so "Don't" and "residents' group" stay inside.
QUOTED = re.compile(r"(?:^|(?<=[\s(]))'(.+?)'(?=[\s.,:;!?)]|$)")
# Feedback that names no words and says nothing a student can look for.
GENERIC = (
    "The sentence is a question put to the reader, not a report.",
    "No source is given.",
    "This sentence is stated as fact",
)


def only(sentence: str):
    [item] = analyse(sentence)
    return item.suggestion


def named_words(rationale: str) -> list[str]:
    return [match.group(1).strip("…") for match in QUOTED.finditer(rationale)]


QUESTIONS_ALONE = [
    "Why did the council sell the allotments to a developer?",
    "What ever happened to the money raised for the Harwick lido?",
    "How can a town of 9,000 people lose its only bank?",
    "Where were the inspectors when the roof of the Felby library began to leak?",
    "Seven pounds for a sandwich at Tarnby station?",
    "Has anyone at the Harwick depot ever ridden the number 9 bus?",
    "Why did nobody at the Brackley depot answer the phone that night?",
    "Is this how the trust treats its longest-serving nurses?",
    # "must the" is the modal before its subject, no judgement of its own.
    "How many more winters must the Brackley families spend in damp flats?",
    # The modal before its subject is part of the question, no cue of its own.
    "Why should anyone trust a council that keeps hiding its own reports?",
    "How many more winters must the Brackley families spend in damp flats?",
    "Is it any wonder that the families of Ostley have stopped trusting the "
    "people who promised them a new school six years ago?",
]


@pytest.mark.parametrize("sentence", QUESTIONS_ALONE)
def test_a_question_on_its_own_is_named_by_its_own_words(sentence):
    suggestion = only(sentence)

    assert suggestion.label == Label.EDITORIAL_APPEAL
    [words] = named_words(suggestion.rationale)
    assert words.endswith("?")
    assert words in sentence
    assert any(words in sentence[start:end] for start, end in suggestion.cues)
    assert "instead of reporting a fact" in suggestion.rationale


# Near-misses: a question beside other cues keeps naming those cues.
QUESTIONS_WITH_CUES = [
    "How many more winters must the Brackley families spend in disgraceful flats?",
    "Why does our shameful council keep wasting money on consultants?",
    "Who could defend such a cruel and pointless cut?",
    # The writer's own boosters ("really", "exactly") are cues of their own.
    "Who really decided that Marsby needed a third car park?",
    "Who exactly asked for a fountain on Quarry Hill, and who is paying?",
]


@pytest.mark.parametrize("sentence", QUESTIONS_WITH_CUES)
def test_a_question_with_other_cues_names_the_other_cues(sentence):
    suggestion = only(sentence)

    assert suggestion.rationale.startswith(
        "It asks the reader a question instead of reporting. '"
    )


def item(sentence: str, words: str, reason: str, weight: float = 1.0) -> Evidence:
    start = sentence.index(words)
    return Evidence(weight, start, start + len(words), reason)


# Each kind of evidence named twice: the verb agrees with the pair.
PLURALS = {
    "tells the reader to act": "tell the reader to act",
    "asks the reader for support": "ask the reader for support",
    "speaks to the reader directly": "speak to the reader directly",
    "is the writer speaking for themselves": "are the writer speaking",
    "adds emotion": "add emotion",
    "is loaded wording in the writer's own voice": "are loaded wording",
    "turns up the feeling": "turn up the feeling",
    "calls people names in the writer's own voice": "call people names",
    "demands action in the writer's voice": "demand action",
    "predicts ruin as if it were certain": "predict ruin",
    "claims to speak for everyone": "claim to speak for everyone",
    "marks the piece as opinion, not report": "mark the piece",
}


@pytest.mark.parametrize(("reason", "plural"), PLURALS.items(), ids=list(PLURALS))
def test_two_cues_of_one_kind_take_a_plural_verb(reason, plural):
    sentence = "Gulls and crows circled the pier at Dunmore."
    chosen = [item(sentence, "Gulls", reason), item(sentence, "crows", reason)]

    rationale = appeal_rationale(sentence, chosen)

    assert rationale.startswith(f"'Gulls' and 'crows' {plural}")
    assert reason in REASON_KINDS


@pytest.mark.parametrize("reason", list(PLURALS))
def test_one_cue_keeps_its_singular_verb(reason):
    sentence = "Gulls circled the pier at Dunmore."

    rationale = appeal_rationale(sentence, [item(sentence, "Gulls", reason)])

    assert rationale == f"'Gulls' {reason}."


# The opinion model's one word is put to the student to judge.
MODEL_WORDS = [
    ("The queue at the Harwick post office was long on Monday.", "long"),
    ("The soup at the Tarnby café was cold.", "cold"),
    ("The new bus timetable is slow to load.", "slow"),
    ("The hall at Ostley school felt empty.", "empty"),
    ("The match at Felby ended in a dull draw.", "dull"),
    ("Sadly the Marsby lido stays shut this summer.", "Sadly"),
    ("Frankly the plan for Quarry Hill is a mess.", "Frankly"),
    ("The pier at Dunmore is looking tired.", "tired"),
    ("The speech in Brackley went on and on.", "on"),
    ("The Wexmoor ferry was late again.", "again"),
]


@pytest.mark.parametrize(("sentence", "words"), MODEL_WORDS)
def test_a_model_word_is_put_to_the_student_as_a_question(sentence, words):
    chosen = [item(sentence, words, MODEL_REASON, 0.6)]

    rationale = appeal_rationale(sentence, chosen)

    assert rationale == (
        f"The wording reads like the writer's own view: is '{words}' a "
        "judgement, or a fact someone could check?"
    )


# A word of a name is nobody's opinion: it is never named as one.
NAME_WORDS = [
    ("US history lessons are being cut at Dunmore High.", "US"),
    ("Big Tech firms paid less tax in Velmont last year.", "Big"),
    ("Shares in Big Tech slid on Monday.", "Tech"),
    ("A gift to the Lighthouse Trust changes a life.", "Trust"),
    ("The NHS trust in Harwick has a new chief.", "NHS"),
    ("Fans of Real Marsby queued overnight.", "Real"),
    ("The Great Ostley Bake Off returns in May.", "Great"),
    ("Tickets for Brave New Tarnby sold out.", "Brave"),
    ("The EU grant for the Felby harbour was cut.", "EU"),
    ("Pupils at Happy Valley primary sang on Friday.", "Happy"),
]


@pytest.mark.parametrize(("sentence", "words"), NAME_WORDS)
def test_a_word_of_a_name_is_never_called_the_writers_view(sentence, words):
    chosen = [item(sentence, words, MODEL_REASON, 0.6)]

    rationale = appeal_rationale(sentence, chosen)

    assert f"'{words}'" not in rationale
    assert "look for words that judge" in rationale


# A thing is not "someone": a document is said to lack an owner.
DOCUMENTS = {
    "a statement": (
        "Ferry sailings from Wexmoor were halted on Friday, a ministry statement said.",
        "a ministry statement",
    ),
    "data": ("Grain prices rose 3 percent in a week, exchange data showed.", None),
    "documents": (
        "The bridge will close for repairs in June, planning documents show.",
        None,
    ),
    "a survey": ("A survey of members found most wanted a later start.", None),
    "a memo": ("A leaked memo suggested the depot would close.", None),
    "a report": ("Two in five parents struggle with fees, a new report says.", None),
}
PEOPLE = {
    "a passer-by": "A passer-by said the van had no lights.",
    "a colleague": "A former colleague said he was always late.",
    "a customer": "A regular customer said the café was the best in town.",
    "a witness": "A witness said the lorry was speeding.",
}


@pytest.mark.parametrize(("sentence", "words"), DOCUMENTS.values(), ids=DOCUMENTS)
def test_an_unowned_document_is_not_called_someone(sentence, words):
    suggestion = only(sentence)

    assert "is not someone" not in suggestion.rationale
    assert "does not say whose it is" in suggestion.rationale
    if words is not None:
        assert named_words(suggestion.rationale) == [words]


@pytest.mark.parametrize("sentence", PEOPLE.values(), ids=PEOPLE)
def test_an_unnamed_person_is_still_not_someone_a_reader_can_check(sentence):
    suggestion = only(sentence)

    assert suggestion.rationale.endswith(
        "is not someone a reader can identify or check."
    )


@pytest.mark.parametrize(
    ("sentence", "rationale"),
    [
        (
            "Court papers show the firm owed £2 million.",
            "'Court papers show' names where the information comes from.",
        ),
        (
            "Council minutes show the plan was approved in May.",
            "'Council minutes show' names where the information comes from.",
        ),
        (
            "The harbour master said the quay was closed.",
            "'The harbour master said' names who is speaking.",
        ),
    ],
)
def test_a_body_s_papers_are_where_the_information_comes_from(sentence, rationale):
    assert only(sentence).rationale == rationale


@pytest.mark.parametrize(
    ("phrase", "is_one"),
    [
        ("not", True),
        ("merely", True),
        ("did not want", True),
        ("was asked", True),
        ("a producer why she", True),
        ("the coach how he", True),
        ("A neighbour who", True),
        ("never", True),
        ("From", True),
        ("why her", True),
        ("the Brackley flood report never shown", True),
        # Near-misses: whole sources stay whole.
        ("A former colleague", False),
        ("The harbour master", False),
        ("Dr Ana Ortiz", False),
        ("Residents of Quarry Hill", False),
        ("a ministry statement", False),
        ("Westshire Coroner's Court", False),
        ("Head of IT Sam Cole", False),
        ("Will Harris", False),
    ],
)
def test_a_phrase_that_is_no_whole_source_is_a_fragment(phrase, is_one):
    assert is_fragment(phrase) is is_one


@pytest.mark.parametrize(
    "sentence",
    [
        "She was asked by a producer why she had turned down the part.",
        "He was asked by a reporter how he had paid for the yacht.",
        "A neighbour who did not want to be named says the Tarnby mill is haunted.",
    ],
)
def test_a_source_named_in_feedback_stops_before_the_clause(sentence):
    suggestion = only(sentence)

    for words in named_words(suggestion.rationale):
        lowered = words.lower().split()
        assert not {"why", "how", "she", "he", "did", "who"} & set(lowered[1:])
        assert lowered[0] not in {"did", "not", "who"}


CLAIMS = {
    "if, will": (
        "If you park on the verge, you will be fined £50.",
        "will be fined £50",
    ),
    "when, must": (
        "When you arrive at the clinic, you must show your letter.",
        "must show your letter",
    ),
    "if, should": (
        "If your bin is not emptied, you should report it to the council.",
        "should report it to the council",
    ),
    "once": (
        "Once the bridge is repaired, buses will run every ten minutes.",
        "will run every ten minutes",
    ),
    "since a year": (
        "Since 2015, crime has fallen in Tarnby every year.",
        "has fallen in Tarnby every year",
    ),
    "unless": (
        "Unless more volunteers come forward, the food bank will close.",
        "will close",
    ),
    "who, should": (
        "Anyone who finds a stranded seal should call the coastguard.",
        "should call the coastguard",
    ),
    "who, has": ("The man who ran the Ostley shop has retired.", "has retired"),
    "who, were": (
        "Residents who live near the river were told to leave.",
        "were told to leave",
    ),
    "that, is": (
        "The ferry that serves Wexmoor is out of action until May.",
        "is out of action until May",
    ),
    "ends on 'no'": (
        "Passengers were left at Felby for hours with no food.",
        "were left at Felby for hours",
    ),
    # Near-misses: a plain sentence names its first verb as before.
    "plain": ("The new cycle lane will reopen in April.", "will reopen in April"),
    "no leading clause": (
        "Bus fares rose by 8 per cent last year.",
        "rose by 8 per cent last year",
    ),
    "if later in the sentence": (
        "The pool will shut if the boiler fails again.",
        "will shut if the boiler fails again",
    ),
}


@pytest.mark.parametrize(("sentence", "claim"), CLAIMS.values(), ids=CLAIMS)
def test_the_claim_named_is_the_main_clauses(sentence, claim):
    start, end = claim_span(sentence)

    assert sentence[start:end] == claim


@pytest.mark.parametrize(
    "line",
    [
        "Heat pump demand doubles",
        "Ferry fares rise",
        "Photography by Lena Marsh. Styling by Theo Grant.",
        "Marsby pier reborn",
    ],
)
def test_a_short_line_without_a_known_verb_is_not_told_it_has_no_verb(line):
    for item_ in analyse(line):
        assert "has no verb" not in item_.suggestion.rationale


# The demo's live-blog lesson: every explanation a student reads.
def test_the_live_blog_lessons_feedback_names_only_highlighted_words():
    text = STORM_LIVE.text
    problems = []

    for labeled in analyse(text):
        segment, suggestion = labeled.segment, labeled.suggestion
        cues = [text[start:end] for start, end in suggestion.cues]
        words = named_words(suggestion.rationale)
        # A continued quotation names its speaker, not words of its own.
        continued = "quotation continues from" in suggestion.rationale
        if suggestion.label != Label.NONE and not words and not continued:
            problems.append(("names no words", segment.text))
        for named in words:
            if named not in segment.text:
                problems.append(("not in the sentence", named, segment.text))
            elif not any(named in cue for cue in cues):
                problems.append(("not highlighted", named, cues))
        if suggestion.rationale.startswith(GENERIC):
            problems.append(("generic", suggestion.rationale))

    assert problems == []
