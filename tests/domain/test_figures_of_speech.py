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
