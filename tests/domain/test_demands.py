"""Demands in the writer's voice (issue 19): an act on a named thing after a
modal, remedies pressed for someone, the harm a demand would prevent, norms
for everyone and moral debts are editorial appeals; rules, timetables and
debts of money keep their plain reading."""

import pytest

from articles.domain.demands import find_demand, states_a_procedure
from articles.domain.labels import Label
from articles.domain.pipeline import analyse

S, U, E = Label.SOURCED_CLAIM, Label.UNVERIFIED_ASSERTION, Label.EDITORIAL_APPEAL


def label_of(sentence: str) -> Label:
    (item,) = analyse(sentence)
    return item.suggestion.label


# No listed demand verb: the act on a named thing is the demand.
DEMANDS_ON_A_NAMED_THING = [
    "The parking permit scheme in Oldbury must be abolished.",
    "The ferry subsidy must be restored to its old level.",
    "This harbour tax should be repealed.",
    "The night-bus network must be expanded to the outer estates.",
    "Our library's opening hours must be lengthened.",
    "The mayor's pay rise should be frozen.",
    "Tarnby's bin contract must be renegotiated.",
    "The allotment waiting list should be shortened.",
    "These tuition fees must be cut.",
    "The sale of the Wexley playing field should be blocked in court.",
]
# A remedy pressed for someone, whoever the subject: "must be protected".
REMEDIES = [
    "Pensioners must be protected from this heating charge.",
    "Tenants must be spared another rent rise.",
    "Nurses must be treated with far more respect.",
    "Carers should be freed from these endless forms.",
    "Small traders must be made to feel welcome again.",
    "The lending rule must be stamped out.",
    "Fly-tipping must be rooted out of Corby Lane.",
    "Bus fares must be reined in before winter.",
    "The quarry lorries should be made to use the bypass.",
    "Every landlord must be made to register.",
]
# Any modal pressed by the harm it would prevent.
URGENT = [
    "The broken railings must be fixed before someone falls.",
    "Cars parked on the bend must be moved before somebody is hit.",
    "The pothole on Mill Road should be filled before a cyclist is hurt.",
    "Drivers must slow down before a child is killed.",
    "The rents must be capped before the last tenants leave.",
    "The flood wall must be raised before it is too late.",
    "The crossing should be lit before anyone else is injured.",
    "Dogs on the beach must be leashed before another child is bitten.",
    "The loose tiles must be cleared before anybody trips.",
    "Speed must be cut on the coast road before more families are hurt.",
]
NORMS_FOR_EVERYONE = [
    "No one should have to wait a year for a hip operation.",
    "Nobody should be forced to choose between heating and eating.",
    "No one should lose their home over a late bill.",
    "Nobody should die waiting for an ambulance.",
    "No one should pay twice for the same parking space.",
    "Nobody should live in a flat this damp.",
    "No one should be left to sleep in a doorway.",
    "Nobody should suffer in silence at work.",
    "No one should face a night in a corridor on a trolley.",
    "No one should go hungry in a town this rich.",
]
MORAL_DEBTS = [
    "The council owes the tenants of Fern Court an apology.",
    "The regulator owes passengers an explanation.",
    "The club owes its fans answers.",
    "The lifeboat crew deserve real credit for the rescue.",
    "Dunmore deserves a council that listens.",
    "The volunteers deserve far more recognition than they get.",
    "Patients in Wexley deserve an answer.",
    "The town owes the volunteers a debt of gratitude.",
    "The cleaners deserve praise for keeping the wards open.",
    "Pupils at Holm Primary deserve a fair hearing.",
]
# Rules, timetables and facts that share the shape.
PLAIN_READINGS = [
    "The medicine must be taken with water.",
    "The form must be returned by Friday.",
    "The permit must be shown at the gate.",
    "The bridge should be reopened by the end of May.",
    "The new wing should be completed next year.",
    "The ballot must be held within six weeks.",
    "The ticket must be bought before the start of the journey.",
    "The company owes £2m to its suppliers.",
    "The club owed the tax office £40,000.",
    "Pupils must be collected from the gate by a parent.",
    "Children under five must be accompanied by an adult.",
    "The swimming pool must be cleaned every morning.",
    "No one should enter the site without a hard hat.",
    "Passengers must buy a ticket before they board.",
    "The hall must be booked two weeks ahead.",
    "Residents deserve to know when the road will reopen, the council said.",
]


@pytest.mark.parametrize(
    "sentence",
    DEMANDS_ON_A_NAMED_THING + REMEDIES + URGENT + NORMS_FOR_EVERYONE + MORAL_DEBTS,
)
def test_a_demand_in_the_writers_voice_is_an_editorial_appeal(sentence):
    assert label_of(sentence) == E


@pytest.mark.parametrize("sentence", PLAIN_READINGS)
def test_rules_timetables_and_money_owed_are_no_appeal(sentence):
    assert label_of(sentence) != E


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The harbour tax must be abolished.", "must be abolished"),
        ("Tenants must be spared another rise.", "must be spared"),
        ("The railings must be fixed before someone falls.", "before someone"),
        ("No one should have to wait a year.", "No one should have to"),
    ],
)
def test_the_demand_found_is_the_modal_and_its_act(sentence, words):
    demand = find_demand(sentence)

    assert demand is not None
    assert words in demand.group(0)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("The mayor said the harbour tax must be abolished.", S),
        ("“The council owes us an apology,” said Ana Ortiz.", S),
        ("Campaigners say the railings must be fixed before someone falls.", U),
    ],
)
def test_a_demand_someone_else_makes_stays_theirs(sentence, label):
    assert label_of(sentence) == label


# A procedure tells whoever it concerns how a thing is done, and its "your"
# is theirs: information, not an appeal. The reader's representative
# pressed, or a "your" spoken to, stays an appeal.
PROCEDURES_FOR_WHOEVER = [
    ("Uniform must be labelled with your child's name.", U),
    ("Your phone contract can be cancelled within 14 days of signing.", U),
    ("Your ticket is valid for one journey on the Quillport line.", U),
    ("Your bin will be emptied on Tuesdays from March.", U),
    ("Forms must be returned to your child's teacher by Friday.", U),
    ("Parking permits can be bought at Brenmoor library.", U),
    ("Kit should be washed before your first match.", U),
    ("Your MP must be told.", E),
    ("Your councillor should be asked why the pool shut.", E),
    ("Your children deserve better than this.", E),
    ("Your ticket is a rip-off.", E),
    ("If you value the Courier, your donation must be made today.", E),
]


@pytest.mark.parametrize(("sentence", "label"), PROCEDURES_FOR_WHOEVER)
def test_a_procedures_your_is_whoever_it_concerns(sentence, label):
    (item,) = analyse(sentence)

    assert item.suggestion.label == label


@pytest.mark.parametrize(
    ("sentence", "is_procedure"),
    [
        ("Uniform must be labelled with your child's name.", True),
        ("Contracts can be cancelled within 14 days.", True),
        ("Passes may be renewed online.", True),
        ("Entries must be submitted by noon.", True),
        ("Refunds can be claimed at the desk.", True),
        ("The library must be closed.", False),
        ("The fare rise must be reversed.", False),
        ("Your MP must be told.", False),
        ("The mayor must be held to account.", False),
        ("The pier will reopen in May.", False),
    ],
)
def test_a_procedure_is_a_modal_passive_of_how_things_are_done(sentence, is_procedure):
    assert states_a_procedure(sentence) is is_procedure
