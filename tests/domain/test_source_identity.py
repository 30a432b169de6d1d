"""How identifiable a source is: judged by the head noun of the subject,
with "X's", "of X" and "for X" read first (issue 18, fault pattern 5)."""

import pytest

from articles.domain.attribution import find_attributions
from articles.domain.labels import Label
from articles.domain.pipeline import analyse
from articles.domain.source_heads import split_source
from articles.domain.source_kinds import SourceKind


def only_label(text: str) -> Label:
    (item,) = analyse(text)
    return item.suggestion.label


def best_kind(text: str) -> SourceKind:
    kinds = [attribution.kind for attribution in find_attributions(text)]
    assert kinds, f"no attribution found in {text!r}"
    identifiable = [kind for kind in kinds if kind.is_identifiable]
    return identifiable[0] if identifiable else kinds[0]


# A titled role or a document whose owner or body is named: sourced.
IDENTIFIABLE = [
    "The director of parks told the committee that the pond would be drained.",
    "According to the trust's annual accounts, the deficit doubled last year.",
    "The head of the transport authority said fares would rise in March.",
    "The chair of the finance committee warned that reserves were running low.",
    "The county's chief planner said the scheme met every test.",
    "According to the museum's visitor figures, attendance fell by a fifth.",
    "The manager of the recycling depot said collections would resume on Monday.",
    "A spokesperson for local residents said the meeting had been cancelled.",
    "The secretary of the allotment society wrote that the plots were full.",
    "The college's admissions records show applications rose by a third.",
    "The 1,200-member union said it would ballot for strikes.",
    "Researchers at the University of Dunmore said the sample was small.",
    "Heller Point researchers said the reef had lost half its coral.",
    "The leader of the opposition group said the budget left gaps.",
    "The Children's Commissioner, Dr Asha Verne, said one pupil in six was absent.",
    "The bakery's founder, Tomas Grieve, said of the rent rise that it was fatal.",
    "The Orland Tenants' Association said it had gathered 3,100 signatures.",
    "The Guild of Saddlers and Harness Makers said orders had doubled.",
    "The restaurant's owners said they had spent £900,000 on the refit.",
    "The film's producers said a share of the takings would go to the shelter.",
    "According to Treasury figures, the scheme cost £2.3 billion.",
    "Arts Council figures show theatre audiences fell by a tenth.",
    "According to county court papers, the landlord owes £40,000.",
    "The clinic's annual results show waiting times halved.",
    "The governors of both provinces said they would share the cost.",
]

# A crowd stays a crowd whatever capital letter, place or party stands in
# front of it: unverified.
VAGUE_CROWDS = [
    "Naval analysts said the frigate was years behind schedule.",
    "Privately, Democrats say the bill is doomed.",
    "Local residents said the bridge had been closed for weeks.",
    "Republicans say the plan will raise taxes for families.",
    "Tory backbenchers said the vote would be close.",
    "London commuters said the strike had cost them a day's pay.",
    "Industry analysts said prices would climb through the winter.",
    "Labour MPs said the budget was unfair to renters.",
    "Some 1,200 residents said they had not been consulted.",
    "Nearly 3,400 parents said the new timetable did not suit them.",
    "Across the valley, Conservatives say the turbines should go.",
    "Western diplomats said the talks had stalled again.",
    "Coastal Nationalists said the referendum would be held in spring.",
]

# Near-misses that must stay as they are.
STAYS_SOURCED = [
    "The Democrats said in their manifesto that fares would be frozen.",
    "Northline Motors said the recall would cost it millions.",
    "Police said the driver had been arrested at the scene.",
    "Prosecutors said the fraud had run for six years.",
    "Ortiz said the council would vote in June.",
    "A spokeswoman for the Halvern Ferry Company said the sailing was cancelled.",
]
STAYS_VAGUE = [
    "Officials at the ministry said the report would be delayed.",
    "Aides to the governor said she would decide soon.",
    "Residents of the estate said the lifts had been broken for a month.",
    "Experts said the figures were worrying.",
    "Government figures suggest the scheme is popular.",
    "Staff at the Ellwood depot said they were shocked.",
    "Workers at the port said the new shifts were too long.",
    "The minister's supporters said the vote had been rigged.",
    "Parents' groups said the waiting list was nine months long.",
]


@pytest.mark.parametrize("text", IDENTIFIABLE + STAYS_SOURCED)
def test_a_role_or_document_with_its_owner_named_is_a_sourced_claim(text):
    assert only_label(text) == Label.SOURCED_CLAIM
    assert best_kind(text).is_identifiable


@pytest.mark.parametrize("text", VAGUE_CROWDS + STAYS_VAGUE)
def test_a_crowd_with_a_capital_place_or_party_in_front_stays_unverified(text):
    assert only_label(text) == Label.UNVERIFIED_ASSERTION
    assert best_kind(text) == SourceKind.VAGUE


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Some 1,200 residents said they had not been consulted.",
            "Some 1,200 residents",
        ),
        ("About 12,500 fans said the final was worth the wait.", "About 12,500 fans"),
        ("The 4,000-strong union said it would strike.", "The 4,000-strong union"),
    ],
)
def test_a_thousands_comma_does_not_cut_the_subject(text, source):
    (attribution,) = find_attributions(text)

    assert attribution.source == source


@pytest.mark.parametrize(
    ("source", "owner", "head", "qualifier"),
    [
        ("The director of parks", "", "director", "parks"),
        ("the trust's annual accounts", "the trust's", "accounts", ""),
        ("A spokeswoman for the ferry company", "", "spokeswoman", "the ferry company"),
        ("Naval analysts", "", "analysts", ""),
        (
            "Figures compiled by the Office for Rail",
            "",
            "figures",
            "the Office for Rail",
        ),
    ],
)
def test_a_source_splits_into_owner_head_and_qualifier(source, owner, head, qualifier):
    parts = split_source(source)

    assert (parts.owner, parts.head, parts.qualifier) == (owner, head, qualifier)


# People speaking for a body whose proper name has an organisation noun are
# that body speaking (LABELING.md: "the coastguard said" is identifiable).
SPEAK_FOR_A_NAMED_BODY = [
    "Officials at the Arlund Food Safety Agency said the recall would widen.",
    "Harwick Police officers said the road would reopen by noon.",
    "State Water Board officials said the reservoir was at a record low.",
    "Officers from Harwick Police said the road would reopen by noon.",
    "Officials at the Ministry of Health said cases had risen in the north.",
    "NHS officials said the ward would close at the end of May.",
    "Senior Kestrel Council officials said the budget was tight.",
    "Representatives of the Ostrow Dairy Federation said milk prices would rise.",
    "Brenwick University officials said the campus would reopen in autumn.",
    "Executives at the Tarn Valley Bank said profits had doubled.",
]
# A place, a nation, a party or an unnamed body in front stays a crowd.
STAY_A_CROWD = [
    "Ardanian officials said the border would stay shut for a week.",
    "Republican aides said the vote would slip to next month.",
    "US officials said the talks had stalled again.",
    "Pentagon officials said the contract was under review.",
    "Regional officials said the roads were passable again.",
    "Two officials at the Tarn Rail Authority said the line was unsafe.",
    "Officials in Brenwick said the festival would go ahead.",
    "Aides at the Harwick Department of Transport said the plan was late.",
    "Naval officers said the frigate had been recalled.",
    "Staff at the Ostrow Dairy Federation said they had not been paid.",
]


@pytest.mark.parametrize("text", SPEAK_FOR_A_NAMED_BODY)
def test_officials_of_a_named_body_are_that_body_speaking(text):
    assert only_label(text) == Label.SOURCED_CLAIM
    assert best_kind(text).is_identifiable


@pytest.mark.parametrize("text", STAY_A_CROWD)
def test_officials_with_only_a_place_or_party_in_front_stay_vague(text):
    assert only_label(text) == Label.UNVERIFIED_ASSERTION
    assert best_kind(text) == SourceKind.VAGUE


# A titled role with its article, or a headline's bare title, names one
# particular holder the reader can look up.
TITLED_ROLES = [
    "The bridge will stay closed until Friday, the rescue coordinator says.",
    "The turbine failed twice last winter, chief engineer says.",
    "The hall will be repainted, a speaker for the residents association said.",
    "The school will open an hour late, the headteacher said.",
    "Flooding will worsen along the coast, chief economist warns.",
    "The Brenwick Allotment Association said the plots were full.",
    "The exhibition will travel to Orvik, the museum's curator said.",
    "The festival's organiser said ticket sales had doubled.",
    "The harbour master's office will move, the port's treasurer said.",
    "Detective Sergeant Imre Lask said the van had been found.",
]
# A role with "a" and no body after it is anyone: still unverified.
ANYONE_WITH_A_ROLE = [
    "An engineer said the bridge was safe to cross.",
    "The hall will stay shut over winter, a coordinator said.",
    "Engineers said the dam was sound.",
    "A speaker at the rally said the mill would close.",
    "One organiser said the march had drawn thousands.",
    "An editor said the paper would not survive the year.",
    "A detective said the case had gone cold.",
    "Economists say the slowdown will last into spring.",
    "A trustee at the meeting said the fund was empty.",
    "A supervisor on the night shift said the alarms failed.",
]


@pytest.mark.parametrize("text", TITLED_ROLES)
def test_a_titled_role_is_a_sourced_claim(text):
    assert only_label(text) == Label.SOURCED_CLAIM
    assert best_kind(text).is_identifiable


@pytest.mark.parametrize("text", ANYONE_WITH_A_ROLE)
def test_a_role_nobody_can_look_up_stays_unverified(text):
    assert only_label(text) == Label.UNVERIFIED_ASSERTION
    assert not best_kind(text).is_identifiable
