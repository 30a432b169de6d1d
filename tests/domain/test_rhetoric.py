"""Rhetoric no single word carries (issue 19): inversions, "only a fool
would", the writer urging in their own name, people cast as victims,
questions that presume their answer, set phrases of judgement and orders
known by their shape are editorial appeals; their plain look-alikes are not."""

import pytest

from articles.domain.labels import Label
from articles.domain.pipeline import analyse
from articles.domain.word_context import reads_as_an_order

S, U, E = Label.SOURCED_CLAIM, Label.UNVERIFIED_ASSERTION, Label.EDITORIAL_APPEAL


def label_of(sentence: str) -> Label:
    (item,) = analyse(sentence)
    return item.suggestion.label


INVERSIONS = [
    "Never has a mayor shown such disregard for the harbour.",
    "Rarely have the trustees looked so lost.",
    "Seldom has a budget taken so much and given so little.",
    "Not once did the board answer the tenants' letters.",
    "Never before has the town been so badly served.",
    "Never have we seen the ward so short of nurses.",
    "Rarely is a council this keen to hide its accounts.",
    "Not since 1974 has the club been run so badly.",
    "Never did the developers intend to build the school.",
    "Seldom have the ferry passengers been treated worse.",
]
SNEERS = [
    "Only a fool would trust the new timetable.",
    "Only an optimist would call this a recovery.",
    "Only a minister would describe the queues as a success.",
    "Only a cynic would blame the volunteers.",
    "Only a saint would put up with the noise.",
    "Only an accountant would call the cut a saving.",
    "Only a developer would call the marsh wasteland.",
]
OWN_URGING = [
    "I urge every resident to attend the hearing.",
    "We call on the trust to reopen the ward.",
    "I implore the council to think again.",
    "This newspaper calls on the mayor to resign.",
    "This paper urges readers to sign the letter.",
    "This column has long argued for a tram to the coast.",
    "We again urge the governors to publish the report.",
    "I challenge any councillor to ride the night bus.",
    "This newspaper believes the pier can be saved.",
    "We appeal to every parent to join the protest.",
]
VICTIMS = [
    "Pensioners are being squeezed by the new charges.",
    "Tenants in Corby Lane are being ripped off.",
    "The coastal towns are being left behind.",
    "Patients are being failed by the trust.",
    "Commuters are being fleeced at the ticket barriers.",
    "Small farms are being priced out of the market.",
    "The village is being taken for granted by the council.",
    "Carers are being let down again.",
    "Wexley is being shortchanged by the county.",
    "The estate is being left to rot.",
]
# On a line of their own these would read as subheads without the cue.
LOADED_QUESTIONS = [
    "Why wasn't the harbour survey published?",
    "How didn't anyone notice the leak?",
    "Why on earth was the pool closed in August?",
    "What is the point of a bridge nobody can cross?",
    "Who exactly asked for a new town logo?",
    "Why couldn't the trust have acted sooner?",
    "Why weren't parents told about the mould?",
    "What on earth is the council playing at?",
    "Why did nobody act any sooner?",
    "Do we really need another car park?",
]
SET_PHRASES = [
    "The new lido is worth every penny.",
    "Parks are too important to be left to the planners.",
    "It is impossible not to smile at the parade.",
    "Long may the ferry sail.",
    "The cider is of the highest order.",
    "The minister finally bothered to visit Wexley.",
    "The time for excuses is over.",
    "A vote for Dunn is a vote for the bypass.",
    "Good for them.",
    "Every vote for the levy is a vote against the market.",
]
ORDERS_BY_SHAPE = [
    "Scrap this parking levy now.",
    "Pity the poor commuter.",
    "Spare us the excuses.",
    "Book now for the harvest supper.",
    "Shop local this Christmas.",
    "Sack the whole board.",
    "Lower the rents now.",
    "Switch your bank today.",
    "Drop your old coats at the church hall.",
    "Ditch the car for a week.",
]
LOOK_ALIKES = [
    "Never before seen footage of the flood was shown on Monday.",
    "Rarely, the comet can be seen from Wexley.",
    "Only a handful of buses would run on Sunday.",
    "The teachers' union urged parents to attend the hearing.",
    "The ferry was crushed by the ice in 1912.",
    "The roof is being repaired this week.",
    "Why is the road closed?",
    "Today the council met in the old chapel.",
    "Share this story",
    "Spring the season brings more visitors.",
    "Last week the ferry ran twice a day.",
    "The tickets were worth £40.",
]


@pytest.mark.parametrize(
    "sentence",
    INVERSIONS + SNEERS + OWN_URGING + VICTIMS + SET_PHRASES + ORDERS_BY_SHAPE,
)
def test_rhetoric_in_the_writers_voice_is_an_editorial_appeal(sentence):
    assert label_of(sentence) == E


@pytest.mark.parametrize("sentence", LOADED_QUESTIONS)
def test_a_question_that_presumes_its_answer_is_no_subhead(sentence):
    (item,) = analyse(sentence + "\n\nThe harbour reopened in May.")[:1]

    assert item.suggestion.label == E


@pytest.mark.parametrize("sentence", LOOK_ALIKES)
def test_look_alikes_of_rhetoric_are_no_appeal(sentence):
    assert label_of(sentence) != E


@pytest.mark.parametrize(
    ("sentence", "is_order"),
    [
        ("Scrap this levy now.", True),
        ("Pity the poor taxpayer.", True),
        ("Today the council met.", False),
        ("Scrap metal prices rose in May.", False),
        ("Pity the council has not listened.", False),
    ],
)
def test_an_order_is_known_by_its_object(sentence, is_order):
    first_word_end = sentence.index(" ")

    assert reads_as_an_order(sentence, 0, first_word_end) is is_order


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("“Only a fool would trust the timetable,” said Ana Ortiz.", S),
        (
            "“Never has a mayor shown such disregard,” the harbourmaster, Joe Penn,"
            " said.",
            S,
        ),
    ],
)
def test_rhetoric_in_someone_elses_words_stays_theirs(sentence, label):
    assert label_of(sentence) == label
