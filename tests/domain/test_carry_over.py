"""What one sentence passes on to the next: the speaker named right after a
quotation the segmenter cut off, and the person a "he said" points back to."""

import pytest

from articles.domain.labels import Label
from articles.domain.pipeline import analyse

S, U = Label.SOURCED_CLAIM, Label.UNVERIFIED_ASSERTION


def labels(text: str) -> list[Label]:
    return [item.suggestion.label for item in analyse(text)]


# A quotation ending in "?" or "!" is a sentence of its own when a capital
# follows, so its speaker stands in the next segment.
QUOTE_THEN_SPEAKER = [
    ('"Why now?" Senator Pell asked reporters.', [S, S]),
    ("“Who signed this?” Mayor Ines Roth demanded at the meeting.", [S, S]),
    ('"We did it!" Coach Varga told the crowd.', [S, S]),
    ('"Is this the best we can offer?" Dorte Ahlberg asks.', [S, S]),
    # A lower-case speaker keeps the quotation in the same sentence.
    ('"Get off my land!" the farmer, Ola Brink, shouted.', [S]),
    ("“Where is the money?” The Harwick council asked in a letter.", [S, S]),
    ('"Is that a promise?" asked Ruth Kell, the union\'s leader.', [S]),
    ('"What went wrong?" Officials asked after the vote.', [U, U]),
    (
        '"How could this happen?" One neighbour, who asked not to be named, said.',
        [U, U],
    ),
    ('"Stop the cuts!" Protesters chanted outside the hall.', [U, U]),
]
# Look-alikes: what follows the quotation names no speaker at its start.
QUOTE_WITHOUT_SPEAKER_AFTER = [
    '"Why now?" The question hung over the meeting.',
    '"Who pays?" Nobody at the Tarnby depot had an answer.',
    '"Enough!" The banner hung from the bridge all week.',
    '"Is it safe?" The sign on the door gave no answer.',
    '"What next?" The bridge stayed shut on Sunday.',
    '"Why wait?" Rail fares rose by 4 percent in May.',
    '"Can it last?" Prices at the Orvik market fell again.',
    '"Who knew?" The ferry was late for the third day.',
    '"Is this it?" The crowd left before the end.',
    '"Really?" The vote was delayed until June.',
]


@pytest.mark.parametrize(("text", "expected"), QUOTE_THEN_SPEAKER)
def test_a_quotation_cut_off_before_its_speaker_takes_that_speaker(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize("text", QUOTE_WITHOUT_SPEAKER_AFTER)
def test_a_quotation_followed_by_no_speaker_keeps_no_speaker(text):
    assert labels(text)[0] == U


def test_a_quotation_on_another_line_does_not_take_the_next_lines_speaker():
    text = '"Why now?"\n\nSenator Pell asked reporters about the vote.'

    assert labels(text)[0] == U


# "he", "she" and "it" point back to one person or body: past a crowd of
# officials to the named person the article turned to ("Harmon disagreed.").
PRONOUN_PAST_A_CROWD = [
    (
        "Officials said the road would reopen.",
        "Ada Lund disagreed.",
        "She said it would take a month.",
    ),
    (
        "Critics say the plan favours the rich.",
        "Pell rejects that.",
        "He says it will create jobs.",
    ),
    (
        "Residents said the water smelled.",
        "Mayor Ines Roth visited on Friday.",
        "She told them it was safe.",
    ),
    (
        "Analysts expect a cut.",
        "Governor Tomas Reyl is less sure.",
        "He said inflation was sticky.",
    ),
    (
        "Republicans called the bill a giveaway.",
        "Senator Kai Dunn was unmoved.",
        "He said it would pass.",
    ),
    (
        "Some economists argue the tax will slow growth.",
        "Edda Moll, the finance minister, is unconvinced.",
        "She said growth would hold.",
    ),
    (
        "Teachers said the exams were too hard.",
        "The head of the exam board, Lars Fenn, was defiant.",
        "He said standards had to rise.",
    ),
    (
        "Aides said the trip was off.",
        "Clara Voss called reporters on Sunday.",
        "She said it would go ahead.",
    ),
    (
        "Diplomats said the talks had stalled.",
        "The Harwick foreign ministry took a different view.",
        "It said a deal was close.",
    ),
    (
        "Insiders expect the vote to slip.",
        "Pell spoke after the session.",
        "He said it would be held on time.",
    ),
]
# Near misses: the pronoun has an anonymous antecedent of its own number, or
# "they" points back to the crowd, or nobody identifiable was mentioned.
PRONOUN_STAYS_UNVERIFIED = [
    (
        "One official, who was not authorised to speak, described the talks.",
        "He said they had collapsed.",
    ),
    (
        "A senior aide, speaking on condition of anonymity, confirmed the plan.",
        "She said it would be announced Monday.",
    ),
    (
        "Officials said the road would reopen.",
        "They said the repairs were finished.",
    ),
    (
        "Critics say the plan favours the rich.",
        "They say it will cost jobs.",
    ),
    (
        "Analysts expect a cut.",
        "They said inflation was falling.",
    ),
    (
        "Residents said the water smelled.",
        "They said it had been brown for days.",
    ),
    (
        "A man who asked not to be named described the fire.",
        "He said it started in the kitchen.",
    ),
    (
        "One resident, who declined to be identified, spoke outside.",
        "She said the landlord had ignored repairs.",
    ),
    (
        "Sources close to the club said a sale was near.",
        "They said the price was agreed.",
    ),
    (
        "Some economists argue the tax will slow growth.",
        "They said wages would fall.",
    ),
]


@pytest.mark.parametrize("sentences", PRONOUN_PAST_A_CROWD)
def test_he_or_she_points_past_a_crowd_to_the_person_named_since(sentences):
    assert labels(" ".join(sentences))[-1] == S


@pytest.mark.parametrize("sentences", PRONOUN_STAYS_UNVERIFIED)
def test_a_pronoun_with_an_anonymous_antecedent_stays_unverified(sentences):
    assert labels(" ".join(sentences))[-1] == U


def test_the_rationale_names_the_person_not_the_clause_around_them():
    text = (
        "Officials said the road would reopen. Speaking in Tulsa, Ada Lund "
        "disagreed. She said it would take a month."
    )

    rationale = analyse(text)[-1].suggestion.rationale

    assert "points back to Ada Lund" in rationale
