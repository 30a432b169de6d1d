"""Idioms and sneering manner adverbs (issue 19): figures of speech that judge
as a whole, in any inflection and with the words they take between, and
adverbs that judge how someone acted, are editorial appeals; the same words
in a literal or reported sense are not."""

import pytest

from articles.domain.figures_of_speech import FIGURES_OF_SPEECH, may_hold_a_figure
from articles.domain.labels import Label
from articles.domain.loaded_words import FIGURE_REASON, find_loaded_words
from articles.domain.pipeline import analyse

S, U, E = Label.SOURCED_CLAIM, Label.UNVERIFIED_ASSERTION, Label.EDITORIAL_APPEAL


def label_of(sentence: str) -> Label:
    (item,) = analyse(sentence)
    return item.suggestion.label


IDIOMS = [
    "The council has taken a chainsaw to the library budget.",
    "The trust took a hatchet to the nursing rota.",
    "The harbour board is asleep at the wheel.",
    "Commuters in Wexley are being taken for a ride.",
    "The tanker drivers are holding the whole county to ransom.",
    "The landlord left forty tenants high and dry.",
    "The committee waved the quarry plan through.",
    "The club's owners have frittered away the transfer money.",
    "The minister swanned off to Lisbon during the floods.",
    "The board caved to pressure from the developers.",
    "The water company is bleeding its customers dry.",
    "Oldbury's high street is going to the dogs.",
    "The harbour fees are pocket change for the cruise lines.",
    "The ferry firm is milking the system.",
    "The council blew £400,000 on a logo.",
    "The regulator keeps moving the goalposts.",
    "The board is papering over the cracks.",
    "The fine is a slap on the wrist.",
]
SNEERING_ADVERBS = [
    "The council sneakily raised the parking fees.",
    "The board slyly dropped the pledge from its website.",
    "The trust lazily copied last year's report.",
    "The minister grudgingly met the families.",
    "The club clumsily handled the ticket sale.",
    "The council belatedly fixed the street lights.",
    "The firm meekly accepted the fine.",
    "The mayor cravenly backed down.",
    "The governors needlessly closed the pool.",
    "The landlord carelessly left the fire door locked.",
]
# Literal senses and reports: no figure of speech here.
LITERAL = [
    "Firefighters took an axe to the locked door to reach the boy.",
    "The driver fell asleep at the wheel and hit a wall.",
    "The kidnappers held the crew to ransom for a week.",
    "The tide left the boat high and dry on the sandbank.",
    "The marshal waved the runners through the gate.",
    "The swans swam off towards the weir.",
    "The roof caved in after the storm.",
    "The wind blew the roof off the stand.",
    "The farmer is milking the herd at dawn.",
    "The crew moved the goalposts to the far pitch.",
]


@pytest.mark.parametrize("sentence", IDIOMS + SNEERING_ADVERBS)
def test_an_idiom_or_a_sneering_adverb_is_an_editorial_appeal(sentence):
    assert label_of(sentence) == E


@pytest.mark.parametrize("sentence", LITERAL)
def test_the_literal_sense_of_an_idiom_is_no_appeal(sentence):
    assert label_of(sentence) != E


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The board has taken a hatchet to the grant.", "taken a hatchet to"),
        ("The regulator is asleep at the wheel.", "asleep at the wheel"),
        ("The firm left 200 families high and dry.", "left 200 families high and dry"),
        (
            "The levy will bleed the average household dry.",
            "bleed the average household dry",
        ),
    ],
)
def test_the_whole_figure_with_its_slots_is_the_cue(sentence, figure):
    figures = [
        sentence[item.start : item.end]
        for item in find_loaded_words(sentence)
        if item.reason == FIGURE_REASON
    ]

    assert figure in figures


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("“The regulator is asleep at the wheel,” said Ana Ortiz.", S),
        ("The mayor said the council had been taken for a ride.", S),
    ],
)
def test_an_idiom_in_someone_elses_words_stays_theirs(sentence, label):
    assert label_of(sentence) == label


@pytest.mark.parametrize("sentence", IDIOMS + LITERAL + SNEERING_ADVERBS)
def test_the_word_gate_never_hides_a_figure(sentence):
    words = [word.strip(".,;:!?").lower() for word in sentence.split()]

    if FIGURES_OF_SPEECH.search(sentence):
        assert may_hold_a_figure(words)


# Similes: a belittling picture in the writer's voice weighs as a figure;
# a heightening one is quiet evidence; plain comparisons are none.
@pytest.mark.parametrize(
    ("sentence", "figure", "weight"),
    [
        ("Passengers queued like cattle for the last ferry.", "like cattle", 1.0),
        ("Tenants are treated like dirt by the agency.", "like dirt", 1.0),
        ("The board ran around like headless chickens.", "like headless chickens", 1.0),
        ("Patients were herded like sheep into the car park.", "like sheep", 1.0),
        ("The villages are treated like an afterthought.", "like an afterthought", 1.0),
        ("He tore into the pie like a starving animal.", "like a starving animal", 0.5),
        ("The platform was hot enough to fry an egg.", "hot enough to fry an egg", 0.5),
        ("The square looked like a war zone by noon.", "like a war zone", 0.5),
        ("Fans were packed in like sardines.", "like sardines", 0.5),
        (
            "The siren was loud enough to wake the dead.",
            "loud enough to wake the dead",
            0.5,
        ),
    ],
)
def test_a_simile_in_the_writers_voice_is_a_figure(sentence, figure, weight):
    similes = [
        (sentence[item.start : item.end], item.weight)
        for item in find_loaded_words(sentence)
        if item.reason == FIGURE_REASON
    ]

    assert similes == [(figure, weight)]


PLAIN_COMPARISONS = [
    "Like last year, the Quillport fair opens in June.",
    "Like other councils, Brenmoor has raised its tax.",
    "The new bridge works like the old one.",
    "Prices rose like they did in 2019.",
    "The hall is warm enough to hold the meeting.",
    "Residents would like a new crossing on Mill Lane.",
    "The ferry, like the bus, runs every hour.",
    "It looks like rain for the regatta.",
    "The plan is like the one rejected in 2021.",
    "The water was cold enough to close the lido.",
]


@pytest.mark.parametrize("sentence", PLAIN_COMPARISONS)
def test_a_plain_comparison_is_no_figure(sentence):
    assert not [
        item for item in find_loaded_words(sentence) if item.reason == FIGURE_REASON
    ]
    assert label_of(sentence) != E


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Passengers queued like cattle for the last ferry.", E),
        ("“We queued like cattle,” said Nadia Obi, a passenger.", S),
        ("Tenants are treated like dirt by the agency.", E),
    ],
)
def test_a_simile_in_someone_elses_words_stays_theirs(sentence, label):
    assert label_of(sentence) == label
