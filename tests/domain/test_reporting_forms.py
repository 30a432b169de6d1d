"""Reporting verbs in the forms news uses beside the past tense: the present
of headlines and profiles, the base form after a plural body, verbs of
attack, and manner verbs that carry a quotation's speaker."""

import pytest

from articles.domain.labeling import writer_attributions
from articles.domain.labels import Label
from articles.domain.pipeline import analyse
from articles.domain.quotes import quote_layout, writer_voice

S, U = Label.SOURCED_CLAIM, Label.UNVERIFIED_ASSERTION


def first_label(text: str) -> Label:
    return analyse(text)[0].suggestion.label


def identifiable_sources(text: str) -> list[str]:
    voice = writer_voice(text, quote_layout(text))
    return [
        attribution.source
        for attribution in writer_attributions(voice)
        if attribution.kind.is_identifiable
    ]


# (sentence, the source the cue must find)
PRESENT_AND_ATTACK = [
    (
        "Senator Ilse Dorn rejects the claim that the port is unsafe.",
        "Senator Ilse Dorn",
    ),
    ("Health minister defends handling of the Orvik outbreak", "Health minister"),
    ("Mayor Kai Lunde dismisses talk of a second terminal.", "Mayor Kai Lunde"),
    ("Harwick council blames cable thieves for the outage", "Harwick council"),
    ("Tessa Brom slammed the ruling as an insult to farmers.", "Tessa Brom"),
    (
        "Governor Rolf Imre blasted his rival as a tax-and-spend liberal.",
        "Governor Rolf Imre",
    ),
    ("The Carrow Union mocked the offer as a rounding error.", "The Carrow Union"),
    (
        "Senator Dale Pike lashed out at the Orvik board over the delays.",
        "Senator Dale Pike",
    ),
    ("Edda Moll took aim at the budget in her first speech.", "Edda Moll"),
    ("Pell threatened to veto the harbour bill.", "Pell"),
    ("Councillor Ama Ferro echoed the warning on Tuesday.", "Councillor Ama Ferro"),
    ("Minister Jonas Vik apologises for the exam error", "Minister Jonas Vik"),
]
# A plural body speaks in the base form: "Police believe", "Prosecutors allege".
BASE_FORM_BODIES = [
    ("Prosecutors allege that the money was moved to Orvik.", "Prosecutors"),
    ("Police warn that the Tarn road will stay shut.", "Police"),
    ("Paramedics believe the fire started in the kitchen.", "Paramedics"),
    ("Firefighters say the blaze is under control.", "Firefighters"),
    ("Both Harwick and Orvik deny any wrongdoing.", "Both Harwick and Orvik"),
    (
        "The Carrow Trust and the Orvik Society insist the painting is genuine.",
        "the Orvik Society",
    ),
    ("Paramedics describe the scene as chaotic.", "Paramedics"),
    (
        "Harwick Rail and Orvik Ferries confirm the merger talks.",
        "Harwick Rail and Orvik Ferries",
    ),
    ("Prosecutors argue the contract was a sham.", "Prosecutors"),
    ("Police expect the road to reopen by noon.", "Police"),
]
# The speaker of a quotation, by a manner verb or the present tense.
MANNER_AND_INVERTED = [
    ('"Not again," Ola Brink laughs.', "Ola Brink"),
    ("“We were hopeless at first,” remembers drummer Sven Tarr.", "drummer Sven Tarr"),
    ('"I still get stage fright," admits singer Maja Orn.', "singer Maja Orn"),
    ('"It is the only way," insists Carl Holm, the club\'s chair.', "Carl Holm"),
    ('"Ask me next year," Petra Lind shrugs.', "Petra Lind"),
    ("Asked about retiring, Ada Fenn smiles: “Not yet.”", "Ada Fenn"),
    ('"There is more to do," Governor Imre continued.', "Governor Imre"),
    ('"The rules are clear," notes Judge Anna Kvist.', "Judge Anna Kvist"),
    ('"We had no choice," explains Rolf Dahl, the ferry captain.', "Rolf Dahl"),
    ('"Who signed this?" demanded Ines Roth at the hearing.', "Ines Roth"),
]
# Look-alikes: the same words as nouns, a manner verb without a quotation,
# or a base form after "to" or a modal, which reports nothing said.
NO_SOURCE = [
    "The blasts shook the Orvik waterfront at dawn.",
    "Echoes of the old quarrel could be heard in Tarn.",
    "Questions remain about the Harwick contract.",
    "Storm Elva continued overnight.",
    "The crowd laughed.",
    "Pell plans to announce his run on Friday.",
    "Pell will argue the case in the Tarn court.",
    "Ada Fenn is due to testify next week.",
    "Voices rose in the Carrow chamber.",
    "Harwick may agree to pay the fine.",
    "The Orvik mayor would blame nobody.",
    "Demands for a recount grew in Tarn.",
    "Harwick slams the door on the asylum deal.",
    "The Orvik zoo welcomes its first snow leopard cub.",
    "Can anyone at the Orvik council explain why this took six years?",
    "Scrapping Year 10 mocks was a mistake.",
    # A base form right after another verb is its object or complement.
    "The cleaners deserve praise for keeping the wards open.",
    "Small traders must be made to feel welcome again.",
    "The Tarn volunteers earned praise from every side.",
    "Harwick families felt welcome at the new centre.",
    "The Orvik nurses won praise for their calm.",
]
# Crowds stay unverified whatever tense they speak in.
VAGUE_CROWDS = [
    "Critics warn the tariffs could trigger a recession.",
    "Some economists argue the tax will slow growth.",
    "Residents complain that the buses never come.",
    "Insiders expect the vote to be delayed.",
    "Observers note that turnout has fallen.",
    "Some Democrats fear the primary will split the party.",
    "Analysts predict a cut in the spring.",
    "Opponents claim the scheme will cost jobs.",
    "Many voters blame the council for the closures.",
    "Activists insist the march will go ahead.",
    "Vets fear the strain could spread to other farms.",
    "Groundsmen fear the pitch will need relaying.",
]


@pytest.mark.parametrize(
    ("text", "source"), PRESENT_AND_ATTACK + BASE_FORM_BODIES + MANNER_AND_INVERTED
)
def test_the_cue_finds_its_source(text, source):
    assert source in " | ".join(identifiable_sources(text))
    assert first_label(text) == S


@pytest.mark.parametrize("text", NO_SOURCE)
def test_a_look_alike_names_no_source(text):
    assert identifiable_sources(text) == []


@pytest.mark.parametrize("text", VAGUE_CROWDS)
def test_a_crowd_stays_unverified_in_any_tense(text):
    assert first_label(text) == U


# Headlines put a titled speaker before a colon.
COLON_TITLED = [
    ("Health minister Ada Verhees: rollout to begin in October", "Ada Verhees"),
    ("Rovers boss Larsen: captain will miss derby", "Larsen"),
    ("Central bank governor: no rate rise before spring", "Central bank governor"),
    ("Harwick mayor Ines Roth: the bridge will reopen", "Ines Roth"),
    ("Orvik police chief: two men arrested after fire", "Orvik police chief"),
    ("Statement from the Tarn Council: the pool is closed", "Tarn Council"),
    ("Carrow coach Petra Lind: we were robbed", "Petra Lind"),
    ("Former premier Jonas Vik: I will not stand again", "Jonas Vik"),
    ("Tarn fire service spokesman: blaze under control", "spokesman"),
    ("Opposition leader Kai Dunn: budget is a fantasy", "Kai Dunn"),
]
# Look-alikes: the words before the colon end in neither a name nor a role,
# or tell the reader to do something.
COLON_NO_SPEAKER = [
    "Travel advice: avoid the Tarn road this weekend",
    "Opening hours on Monday: 9am to 5pm",
    "What the board decided: fares will rise",
    "Price per night: £90",
    "Key points from the Orvik report: fares will rise",
    "Listen to the full interview with Ada Fenn: it runs for an hour",
    "Read more about the Harwick bypass: the full plans",
    "Where to eat in Orvik: five new cafés",
    "How the vote works: a guide",
    "Things to do this weekend: markets and music",
    "Registered office: Tarn Parish Council, The Old School, Tarn",
    "Airport press office: +46 555 0100",
    "Deadline for contributions: Friday 24 April",
    "Trust us: the fight is not over.",
]


@pytest.mark.parametrize(("text", "source"), COLON_TITLED)
def test_a_titled_speaker_before_a_colon_is_the_source(text, source):
    assert source in " | ".join(identifiable_sources(text))
    assert first_label(text) == S


@pytest.mark.parametrize("text", COLON_NO_SPEAKER)
def test_a_colon_after_no_name_or_role_names_no_speaker(text):
    assert identifiable_sources(text) == []


# The speaker stands away from the verb: before ", who said", before a
# floating "both", or as the owner of an argument.
SPEAKER_AWAY_FROM_THE_VERB = [
    ('That view was shared by Senator Pell, who said the bill "goes too far."', S),
    ("The plan was backed by the Harwick mayor, who said it would create jobs.", S),
    ("Residents heard from Ines Roth, who told them the school would stay open.", S),
    ("The motion was moved by Councillor Ama Ferro, who argued it was overdue.", S),
    (
        "The chair, Ines Roth, and the treasurer, Kai Dunn, both said it was legal.",
        S,
    ),
    ("Pell and the mayor, Ines Roth, all said the bridge was safe.", S),
    ("Pell's argument is that the bill goes too far.", S),
    ("Mayor Roth's position remains that the pool will close.", S),
    ("The vote was delayed by officials, who said the count was incomplete.", U),
    (
        "The bill passed over protests from Republicans, who argued it cost a lot.",
        U,
    ),
    ("Support came from a neighbour, who said the family were kind.", U),
    ("The man who said he saw the crash has not been found.", U),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKER_AWAY_FROM_THE_VERB)
def test_a_speaker_away_from_the_verb_is_still_found(text, expected):
    assert first_label(text) == expected


# An appositive without an article ("mayor since 2019") or an adverb before
# the verb ("has just announced") does not hide the name before it; a crowd
# after a scene-setting phrase stays a crowd.
APPOSITIVES_AND_ADVERBS = [
    ("Councillor Ama Ferro, cabinet member for housing, said rents would fall.", S),
    ("Ortiz, mayor since 2019, said the bridge would reopen.", S),
    ("Ines Roth, chair of the Tarn trust, told members the hall was sold.", S),
    ("Kai Dunn, treasurer for ten years, warned that reserves were low.", S),
    ("Petra Lind, head of policy at Orvik Ports, said fees would rise.", S),
    ("The returning officer, Gita Rahn, has just announced a recount.", S),
    ("Pell has just confirmed that he will stand again.", S),
    ("Mayor Roth has now said the pool will stay open.", S),
    ("In Tarn, officials said the road was shut.", U),
    ("After meeting Pell, aides said the deal was off.", U),
    ("Residents, many of them elderly, said the buses never came.", U),
    ("In Tarn, many residents, most of them farmers, said the road was shut.", U),
]


@pytest.mark.parametrize(("text", "expected"), APPOSITIVES_AND_ADVERBS)
def test_an_appositive_or_adverb_does_not_hide_the_name(text, expected):
    assert first_label(text) == expected
