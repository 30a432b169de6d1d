"""Person and question rules (issue 18, pattern 4): the writer's "we", the
reader's "you" and the writer's own question are appeals; the country "US",
the generic "you" and a question the sentence only reports are not."""

import pytest

from articles.domain.labels import Label
from articles.domain.person_and_questions import is_generic_you
from articles.domain.pipeline import analyse

S, U, E = Label.SOURCED_CLAIM, Label.UNVERIFIED_ASSERTION, Label.EDITORIAL_APPEAL


def label_of(sentence: str) -> Label:
    (item,) = analyse(sentence)
    return item.suggestion.label


THE_COUNTRY = [
    "The US and Canada signed a trade deal on Tuesday.",
    "Exports to the US fell by a tenth last year.",
    "US officials arrived in Lisbon on Monday.",
    "The US Navy moved two ships into the strait.",
    "A US court blocked the merger in March.",
    "The firm sold its US arm for $2bn.",
    "Trade between the US and Mexico grew in May.",
    "The team will tour the US in the autumn.",
    "Flights to the US were cancelled after the storm.",
    "The US dollar rose against the euro.",
    "US-made tractors dominate the market.",
    "US AND CANADA SIGN FISHING DEAL",
]
GENERIC_YOU = [
    "When your boiler breaks, you pay the call-out fee.",
    "If you live north of the river, you pay a higher bin charge.",
    "When you renew a passport online, the fee is lower.",
    "Once you reach 66, the bus pass is free.",
    "If your train is late by an hour, you get half the fare back.",
    "Unless you book a week ahead, the seats cost double.",
    "Whenever you cross the border, you need a passport.",
    "If your car is towed, you must pay the pound to get it back.",
    "A day ticket lets you travel on every tram line.",
    "The new card allows you to borrow ten books at once.",
    "You pay the call-out fee when your boiler breaks.",
    "As soon as you enter the park, the trail is signposted.",
    "You can book a court at the leisure centre online.",
    "You need a licence to sell food at the market.",
    "In Dunmore, you can borrow tools from the library.",
    "You get a receipt for every payment at the counter.",
]
REPORTED_QUESTIONS = [
    "Parents kept asking one question: why was the school never told?",
    "Residents asked the council why the bins were not collected?",
    "The inquiry will ask: who knew about the leak, and when?",
    "Fishermen wondered aloud: how could the quota be cut again?",
    "Shoppers want to know: when will the car park reopen?",
    "Investigators are asking one thing: why did the alarm fail?",
    "Voters were asking the same question: who pays for the bridge?",
    "Councillors queried why the report was late?",
    "Staff were left wondering: what happens to their pensions?",
    "Tenants have been asking for months: who will fix the lifts?",
]


@pytest.mark.parametrize("sentence", THE_COUNTRY + GENERIC_YOU + REPORTED_QUESTIONS)
def test_the_country_generic_you_and_reported_questions_are_no_appeal(sentence):
    assert label_of(sentence) == U


@pytest.mark.parametrize(
    "sentence",
    [
        "The head teacher asked whether the trip could go ahead?",
        "The judge asked the witness: where were you on the night?",
    ],
)
def test_a_question_a_named_person_asked_is_their_sourced_claim(sentence):
    assert label_of(sentence) == S


# Near-misses that must stay appeals: the same words in the writer's voice.
WRITER_AND_READER = [
    "We will never forget this.",
    "Our town deserves a proper hospital.",
    "Let's give the new library a chance.",
    "This council keeps letting us down.",
    "The bypass was built for us, not for lorries.",
    "THE COUNCIL LIED TO US ABOUT THE BRIDGE.",
    "You deserve better than this council.",
    "Your children are paying for this.",
    "If you value local news, subscribe today.",
    "When you next see your councillor, ask about the bins.",
    "If you believe that, you will believe anything.",
    "You should be furious about the new parking rules.",
    "If you ask me, the plan is a mess.",
    "You can't trust a word this council says.",
    "You can see why the stallholders are angry.",
    "You need to wake up, councillors.",
]
WRITERS_QUESTIONS = [
    "Why should the town pay for someone else's mistake?",
    "Who really believes the figures?",
    "How long must residents wait for a bus?",
    "Is this the best the council can do?",
    "Ask yourself: who gains from the sale?",
    "We have to ask: why was nothing done?",
    "The real question is this: how many more warnings do we need?",
    "Does anyone in this town remember what the bypass was for?",
    "After years of promises, who still believes the station will open on time?",
    "So ask the council: where did the money go?",
]


@pytest.mark.parametrize("sentence", WRITER_AND_READER + WRITERS_QUESTIONS)
def test_the_writers_we_you_and_questions_stay_editorial_appeals(sentence):
    assert label_of(sentence) == E


@pytest.mark.parametrize(
    "sentence",
    [
        *WRITERS_QUESTIONS,
        "After years of promises from three councils and two governments, who "
        "still believes the new station will open on time?",
        "Residents who have waited since the spring for the footbridge to be "
        "mended deserve an answer: whatever happened to the money?",
        "Having sat through four hours of speeches in the cold town hall, "
        "was anyone any wiser?",
    ],
)
def test_a_question_cue_starts_and_ends_on_whole_words(sentence):
    (item,) = analyse(sentence)

    question_cues = [
        (start, end) for start, end in item.suggestion.cues if sentence[end - 1] == "?"
    ]

    assert question_cues
    for start, _ in question_cues:
        assert sentence[start].isalnum()
        assert start == 0 or not sentence[start - 1].isalnum()


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The US and Canada signed the deal, and we should be glad.", "we"),
        ("US voters, like us, want the bridge built.", "us"),
        ("If you value local news, subscribe today.", "you"),
    ],
)
def test_the_writers_own_person_is_still_found_beside_a_look_alike(sentence, words):
    (item,) = analyse(sentence)

    assert item.suggestion.label == E
    assert words in [sentence[start:end] for start, end in item.suggestion.cues]


# A condition on what the reader values or feels, or civic and consumer
# action pressed on them, makes the "you" the reader's (issue 19).
APPEALS_TO_THE_READER = [
    "If you care about the Tarnby lido, you should be at the hearing.",
    "If you value the night bus, write to the council this week.",
    "If you love Oldbury market, you will shop there on Saturday.",
    "If you have had enough of the roadworks, you know who to blame.",
    "If you are sick of the parking fines, you should complain.",
    "When the ballot papers arrive, you should vote for the lido.",
    "If your bus was cancelled, you should claim a refund today.",
    "Before you sign the lease, you should ask the landlord about damp.",
    "If you rent in Wexley, you must join the tenants' union.",
    "If you were charged twice, you should demand your money back.",
    "When the letter arrives, you need to make your views known.",
    "If you use the ferry, you ought to protest at the pier on Friday.",
]
# Advice and procedure: what anyone in that position does.
PROCEDURES_FOR_ANYONE = [
    "If you feel dizzy, you should sit down and drink water.",
    "If you lose your card, you should call the bank straight away.",
    "If your child is ill, you must tell the school by 9am.",
    "When you arrive, you should report to reception.",
    "If you move house, you must update the electoral roll.",
    "If your parcel is late, you need to contact the courier.",
    "When you hear the siren, you should leave the building.",
    "If you have a rash, you should see a pharmacist.",
    "If you want a parking permit, you need to fill in form B.",
    "If you miss the bus, you have to wait an hour.",
]


@pytest.mark.parametrize("sentence", APPEALS_TO_THE_READER)
def test_the_readers_values_or_civic_action_make_the_you_an_appeal(sentence):
    assert label_of(sentence) == Label.EDITORIAL_APPEAL


@pytest.mark.parametrize("sentence", PROCEDURES_FOR_ANYONE)
def test_advice_on_procedure_keeps_the_generic_you(sentence):
    assert is_generic_you(sentence)


# The newsroom's "we" passes news on; it is no voice of opinion (issue 19).
NEWSROOM_WE = [
    "The ferry will sail at noon, we understand.",
    "We are hearing the count will finish at midnight.",
    "We have learned that the depot will close in May.",
    "The hearing will resume on Monday, officials told us.",
    "We are told the roof was repaired in 2019.",
    "In our tests, the kettle boiled a litre in three minutes.",
    "Our test unit lasted nine hours on one charge.",
    "The coastguard confirmed to us that two boats were found.",
    "We are now two hours past the scheduled kick-off.",
    "We hear the trust has appointed a new chair.",
]
# The writer's own "we" and "our" still speak for the writer.
WRITERS_WE = [
    "We understand the anger of the tenants, and we share it.",
    "Our town deserves a proper hospital.",
    "We must not let the pier close.",
    "Our test of any council is how it treats the poorest.",
    "Tell us what you think of the new bus routes.",
]


@pytest.mark.parametrize("sentence", NEWSROOM_WE)
def test_the_newsrooms_we_is_no_appeal(sentence):
    assert label_of(sentence) != Label.EDITORIAL_APPEAL


@pytest.mark.parametrize("sentence", WRITERS_WE)
def test_the_writers_own_we_is_still_an_appeal(sentence):
    assert label_of(sentence) == Label.EDITORIAL_APPEAL


# The outlet's own testing kit and testers pass news on, like "In our tests".
OUTLET_TESTING = [
    "Our test kitchen baked the Quillport loaf twice.",
    "Our testers found the hinge loose after a week.",
    "Our review sample arrived with a cracked lid.",
    "In our testing the vacuum picked up most of the sand.",
    "Our test drive took the van over the Marrow pass.",
]


@pytest.mark.parametrize("sentence", OUTLET_TESTING)
def test_the_outlets_testing_kit_is_no_appeal(sentence):
    assert label_of(sentence) != E


# The reader named as a noun and told what to do is addressed (a call to
# action); readers reported, or a rule for each voter, are not.
READER_TOLD = [
    ("Now is the moment for every reader to check their smoke alarm.", E),
    ("Every reader should write to the harbour board.", E),
    ("We urge all readers to sign the letter to the trust.", E),
    ("It is time for every resident in Quillport to demand answers.", E),
    ("Any listener ought to ring the station before Friday.", E),
    ("Each voter must show photo ID at the polling station.", U),
    ("Every reader who wrote in got a reply from the editor.", U),
    ("Readers said the crossword was too hard.", U),
    ("The new bins make it easier for every household to recycle.", U),
    ("Every parent should have received a letter by Friday.", U),
]


@pytest.mark.parametrize(("sentence", "label"), READER_TOLD)
def test_a_reader_named_and_told_what_to_do_is_addressed(sentence, label):
    assert label_of(sentence) == label


# A long question's cue begins where the question does, so the words that
# frame it are highlighted: "Is it any wonder…", "…, so why…?".
LONG_QUESTIONS = [
    (
        "Is it any wonder that the families of Brenmoor have stopped trusting "
        "a council that closed their library?",
        "Is it any wonder",
    ),
    (
        "Is it too much to ask that the buses from Quillport to the hospital "
        "run on a Sunday?",
        "Is it too much to ask",
    ),
    (
        "Can anyone at the harbour board explain why the ferry timetable has "
        "changed four times this year?",
        "Can anyone at the harbour board",
    ),
    (
        "Who can blame the tenants of Corve House for refusing to pay another "
        "penny in service charges?",
        "Who can blame the tenants",
    ),
    (
        "What kind of trust closes a maternity ward in the middle of winter "
        "without telling a single mother?",
        "What kind of trust",
    ),
]
QUESTION_OPENINGS = [
    (
        "The pier closed in May and was sold for a pound to a firm nobody had "
        "heard of, so why did nobody object?",
        "why did nobody object?",
    ),
    (
        "Having sat through four hours of speeches in the cold town hall, "
        "was anyone any wiser?",
        "was anyone any wiser?",
    ),
    ("Why should the town pay for someone else's mistake?", None),
    ("Is this the best the council can do?", None),
    ("Ask yourself: who gains from the sale?", "who gains from the sale?"),
]


@pytest.mark.parametrize(("sentence", "words"), LONG_QUESTIONS)
def test_a_long_questions_cue_holds_its_framing_words(sentence, words):
    (item,) = analyse(sentence)

    assert item.suggestion.label == E
    assert sentence.startswith(words)
    assert (0, len(sentence)) in item.suggestion.cues


@pytest.mark.parametrize(("sentence", "words"), QUESTION_OPENINGS)
def test_a_question_cue_begins_where_the_question_does(sentence, words):
    (item,) = analyse(sentence)
    words = words or sentence

    assert (sentence.index(words), len(sentence)) in item.suggestion.cues
