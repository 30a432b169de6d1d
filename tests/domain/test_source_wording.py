"""How the feedback names a source the labeler found: a body's own document,
a speaker before an appositive, a bare crowd before a present-tense verb."""

import pytest

from articles.domain.labels import Label
from articles.domain.pipeline import analyse


def only(sentence: str):
    (item,) = analyse(sentence)
    return item.suggestion


# A document whose common noun repeats the head of a body named earlier in
# the sentence is that body's document: sourced, and named as where the
# information comes from. Without the body it stays unnamed.
BODY_DOCUMENTS = [
    (
        "Duty set by the Ardanian Ministry of Finance will fall, "
        "a ministry statement said.",
        "a ministry statement",
    ),
    (
        "Trading on the Brenwick Stock Exchange was halted twice on Monday, "
        "exchange data showed.",
        "exchange data",
    ),
    (
        "Kestrel Council will freeze rents next year, "
        "according to a council statement.",
        "a council statement",
    ),
    (
        "The Tarn Rail Authority cancelled 40 trains, authority figures show.",
        "authority figures",
    ),
    (
        "Rents at the Orvik Housing Trust rose by a tenth, trust accounts show.",
        "trust accounts",
    ),
]
UNNAMED_DOCUMENTS = [
    ("Growth slowed to 1.2%, a ministry statement said.", "a ministry statement"),
    ("Trading was halted twice on Monday, exchange data showed.", "exchange data"),
    ("Rents will be frozen, according to a council statement.", "a council statement"),
    ("The Kestrel line lost 40 trains, authority figures show.", "authority figures"),
    ("Prices rose by a tenth, market data show.", "market data"),
]


@pytest.mark.parametrize(("sentence", "document"), BODY_DOCUMENTS)
def test_a_bodys_own_document_named_before_is_sourced(sentence, document):
    suggestion = only(sentence)
    assert suggestion.label == Label.SOURCED_CLAIM
    assert document in suggestion.rationale
    assert "names where the information comes from" in suggestion.rationale


@pytest.mark.parametrize(("sentence", "document"), UNNAMED_DOCUMENTS)
def test_a_document_with_no_body_named_stays_unnamed(sentence, document):
    suggestion = only(sentence)
    assert suggestion.label == Label.UNVERIFIED_ASSERTION
    assert f"'{document}' does not say" in suggestion.rationale


# A speaker named before an appositive and an auxiliary: the feedback names
# the speaker, not the verb.
NAMED_BEFORE_APPOSITIVE = [
    ("Ines Kovac, of the Dunmere Arts Council, has just tweeted:    ", "Ines Kovac"),
    (
        "Pell Ortiz, of the Harwick Rowing Club, has since said the race is off.",
        "Pell Ortiz",
    ),
    (
        "Mara Lind, a Kestrel councillor, had earlier warned that rents would rise.",
        "Mara Lind",
    ),
    (
        "Ada Fenn, of the Orvik Tenants' Union, has already warned "
        "that the flats are damp.",
        "Ada Fenn",
    ),
    (
        "Tomas Grieve, of Northline Rail, has repeatedly said fares will rise.",
        "Tomas Grieve",
    ),
]


@pytest.mark.parametrize(("sentence", "speaker"), NAMED_BEFORE_APPOSITIVE)
def test_a_speaker_before_an_appositive_and_auxiliary_is_named(sentence, speaker):
    suggestion = only(sentence)
    assert suggestion.label == Label.SOURCED_CLAIM
    assert f"'{speaker}" in suggestion.rationale
    assert "not clearly who" not in suggestion.rationale


# A bare crowd before a present-tense verb is a vague source, and the
# feedback says so; a crowd with "the" pointing back is left to context.
BARE_CROWDS = [
    ("Forecasters warn of heavy rain in the north.", "Forecasters"),
    ("The tax will raise little, critics claim.", "critics"),
    ("Economists expect rates to fall in spring.", "Economists"),
    ("Residents fear the mill will close.", "Residents"),
    ("Some doctors claim the trial was too small.", "Some doctors"),
    ("Campaigners argue the bypass will cut the valley in two.", "Campaigners"),
]
NOT_BARE_CROWDS = [
    "We are the finest bakery in Orvik, and the inspectors agree.",
    "Police warn drivers to avoid the Kestrel bypass.",
    "Northline Rail and its unions warn of strikes.",
    "Prosecutors allege the fraud ran for six years.",
]


@pytest.mark.parametrize(("sentence", "crowd"), BARE_CROWDS)
def test_a_bare_crowd_is_explained_as_a_vague_source(sentence, crowd):
    suggestion = only(sentence)
    assert suggestion.label == Label.UNVERIFIED_ASSERTION
    assert f"'{crowd}' does not say who exactly" in suggestion.rationale


@pytest.mark.parametrize("sentence", NOT_BARE_CROWDS)
def test_a_body_or_a_crowd_pointing_back_is_not_called_vague(sentence):
    assert "does not say who exactly" not in only(sentence).rationale
