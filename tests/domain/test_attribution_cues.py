"""Attribution cues the labeler must recognise, and look-alikes it must not
read as a source (issue 18, fault pattern 6, plus ordinary newswire forms)."""

import pytest

from articles.domain.attribution import find_attributions
from articles.domain.labels import Label
from articles.domain.pipeline import analyse


def only_label(text: str) -> Label:
    (item,) = analyse(text)
    return item.suggestion.label


def identifiable_sources(text: str) -> list[str]:
    return [
        attribution.source
        for attribution in find_attributions(text)
        if attribution.kind.is_identifiable
    ]


# (sentence, the source the cue must find)
RECOGNISED = [
    # went on to say / warn
    (
        "Mayor Ilse Varga went on to say that the depot would close in May.",
        "Mayor Ilse Varga",
    ),
    ("The chancellor went on to warn that borrowing would rise.", "The chancellor"),
    ("Coach Brenner then went on to praise the youth players.", "Coach Brenner"),
    # polled / compiled / surveyed by X
    (
        "Most voters polled by Brightline Research backed the ban.",
        "Brightline Research",
    ),
    (
        "Figures compiled by the Office for Rail Statistics show delays rose.",
        "the Office for Rail Statistics",
    ),
    (
        "Two in five tenants surveyed by Hearth Housing said rents had doubled.",
        "Hearth Housing",
    ),
    # cited / railed
    (
        "The minister cited a drop in waiting lists as proof the plan worked.",
        "The minister",
    ),
    (
        "Senator Okafor railed against the tariff in a speech on Tuesday.",
        "Senator Okafor",
    ),
    (
        "Inspector Dahl cites the new cameras for the fall in burglaries.",
        "Inspector Dahl",
    ),
    # issued a statement + participle
    (
        "The ferry operator issued a statement saying all sailings were suspended.",
        "The ferry operator",
    ),
    ("The club issued a statement confirming the manager had left.", "The club"),
    (
        "Halvern Council released a brief statement denying any wrongdoing.",
        "Halvern Council",
    ),
    # trial as a document
    (
        "A trial published in the Journal of Cardiac Medicine found the drug worked.",
        "A trial published in the Journal of Cardiac Medicine",
    ),
    (
        "A clinical trial by the Orrin Institute showed the jab worked.",
        "A clinical trial by the Orrin Institute",
    ),
    # ..., but has denied
    (
        "The councillor was charged with fraud, but has denied the claims.",
        "The councillor",
    ),
    (
        "Dimitri Haskell was arrested in March, but has denied any wrongdoing.",
        "Dimitri Haskell",
    ),
    (
        "The contractor was fined twice and has since denied cutting corners.",
        "The contractor",
    ),
    # ordinary newswire forms
    ("Colonel Brandt told reporters the convoy would move at dawn.", "Colonel Brandt"),
    ("In a statement, the hospital said the ward would reopen.", "the hospital"),
    ("The ministry, in a statement, said the levy would be scrapped.", "The ministry"),
    (
        "The mayor's spokesman said the road would be resurfaced.",
        "The mayor's spokesman",
    ),
    (
        "Ruth Adeyemi, who chairs the committee, said the vote was delayed.",
        "Ruth Adeyemi",
    ),
    (
        "It was announced by the ministry that the tax would be scrapped.",
        "the ministry",
    ),
    ("It was confirmed by police that two men had been held.", "police"),
    ("The governor argued that the cuts were needed.", "The governor"),
    ("Judge Pellow insisted the hearing would go ahead.", "Judge Pellow"),
    ("The airline acknowledged that the flight had been overbooked.", "The airline"),
    ("Coach Marsh said in an interview that the team was tired.", "Coach Marsh"),
    (
        "Data from the Marlow Weather Centre show July was the wettest on record.",
        "Data from the Marlow Weather Centre",
    ),
    ("Mrs Ellery has long argued that the toll is unfair.", "Mrs Ellery"),
    ("Pryce touted the new jobs figures at a factory in Akron.", "Pryce"),
    ("Mr Delacroix expressed doubt that the bill would pass.", "Mr Delacroix"),
    ("Dell hinted that he might back the measure.", "Dell"),
    ("Pryce disputed that account of the meeting.", "Pryce"),
    ("Okafor pointed to rising rents as the main cause.", "Okafor"),
    ("Mr Dell is confident that the deal will hold.", "Mr Dell"),
    ("The central bank expects inflation to ease by spring.", "The central bank"),
    ("Halloway hopes the bill will pass by June.", "Halloway"),
    ("Halloway has since said the vote will go ahead.", "Halloway"),
    ("As the coach put it, the pitch was a swamp.", "the coach"),
    ("In Okafor's words, the tariff is a tax on families.", "Okafor"),
    ("In the words of Judge Pellow, the evidence was thin.", "Judge Pellow"),
    ("Halloway's claim that rents will fall has been questioned.", "Halloway"),
    ("Okafor's verdict: the deal is dead.", "Okafor"),
    ("The letter reads: the school will close in June.", "The letter"),
    ("The mayor demanded that the depot stay open.", "The mayor"),
    ("The coach doubts the striker will be fit.", "The coach"),
    (
        "Professor Ines Halloran of Brede University found that tutoring helped.",
        "Professor Ines Halloran of Brede University",
    ),
    (
        "The Court of Appeal ruled that the eviction was unlawful.",
        "The Court of Appeal",
    ),
    ("The loan cost nothing, said the curator.", "the curator"),
    ("Dunmore Crown Court heard that the van had no brakes.", "Dunmore Crown Court"),
    ("The inquiry was told the ward had been short of nurses.", "The inquiry"),
    (
        "Sergeant Ama Lowe appealed for dashcam footage of the crash.",
        "Sergeant Ama Lowe",
    ),
    (
        "Her letter quotes the planning inspector as saying the scheme fails.",
        "the planning inspector",
    ),
    (
        "The harbour board's incident log shows 42 call-outs this year.",
        "The harbour board's incident log",
    ),
    (
        "The audit committee's report recommends a second review.",
        "The audit committee's report",
    ),
    (
        "Kelby have won five in a row, the league's official results confirm.",
        "the league's official results",
    ),
    ("Pryce — who has led the party since 2019 — said the vote was fair.", "Pryce"),
    ("Pryce – the party leader – said the deal was off.", "Pryce"),
    ("Dell, for his part, said the deal was dead.", "Dell"),
    ("The ministry, too, said the levy would stay.", "The ministry"),
]

# Look-alikes: no identifiable source, so nothing may make them sourced.
NOT_SOURCES = [
    "Carmaker recalls 20,000 vans over brake fault",
    "Brakewell Motors recalled nearly 4,000 scooters last spring.",
    "According to people familiar with the talks, a deal is close.",
    "Trump-branded towers are rising in three cities.",
    "Vance-backed candidates lost in every county.",
    "Several states passed laws banning the devices.",
    "Two states have dropped the test altogether.",
    "As they say, the proof of the pudding is in the eating.",
    "Needless to say, the queue stretched round the block.",
    "Earlier: Ferry services were cancelled across the strait.",
    "Meanwhile: The bridge reopened to cyclists at noon.",
    "The proposed bypass would cut journeys by ten minutes.",
    "Her hopes of a medal ended in the heats.",
    "The winger was asked about his future.",
    "The disputed border crossing reopened on Friday.",
    "Dell's repeated promise of lower fares was broken.",
    "Doubts about the plan grew over the summer.",
    "He put it on the table and left.",
    "The minister read the letter aloud.",
    "The reissue adds four tracks recorded in 1979.",
    "Rating: 4 out of 5",
    "Columnist: Petra Hale",
    "Runtime: 112 minutes",
    "Let nobody say they were not warned.",
    "Professor Halloran found the archive closed.",
    "He heard a noise outside the shop.",
    "The minister refused three times to say whether she had read it.",
    "The manager is reported to have said the team showed character.",
    "Figures circulating at Westminster suggest the party got £2 million.",
    "Statement: the museum will be closed on Monday.",
    "Insurers are expected to face claims running into millions.",
    "The landlord could face claims from dozens of tenants.",
]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "The Lighthouse Trust said an anonymous donor had given £2 million.",
            Label.SOURCED_CLAIM,
        ),
        ("Ortiz said an unnamed buyer had paid the deposit.", Label.SOURCED_CLAIM),
        (
            "One official, who was not authorised to speak, said the deal was off.",
            Label.UNVERIFIED_ASSERTION,
        ),
        (
            "An anonymous source said the club would be sold.",
            Label.UNVERIFIED_ASSERTION,
        ),
        ("The deal was off, an unnamed official said.", Label.UNVERIFIED_ASSERTION),
    ],
)
def test_anonymity_counts_only_when_it_is_about_the_source(text, label):
    assert only_label(text) == label


@pytest.mark.parametrize(("text", "source"), RECOGNISED)
def test_the_cue_finds_its_source(text, source):
    assert source in identifiable_sources(text)


@pytest.mark.parametrize(("text", "source"), RECOGNISED)
def test_a_recognised_cue_makes_a_sourced_claim(text, source):
    assert only_label(text) == Label.SOURCED_CLAIM


@pytest.mark.parametrize("text", NOT_SOURCES)
def test_a_look_alike_names_no_source(text):
    assert identifiable_sources(text) == []
    assert only_label(text) != Label.SOURCED_CLAIM


def test_a_live_blog_rubric_is_no_speaker_but_a_name_is():
    assert identifiable_sources("Earlier: the ferry sank.") == []
    assert identifiable_sources("Dean Carver: the ferry sank.") == ["Dean Carver"]


@pytest.mark.parametrize(
    "text",
    [
        "She recalled that the mill had closed in 1984.",
        "The report states that the roof was unsafe.",
    ],
)
def test_a_verb_homograph_in_verb_position_still_attributes(text):
    assert find_attributions(text)


def test_a_product_recall_after_a_named_maker_is_not_its_memory():
    assert find_attributions("Brakewell Motors recalls 20,000 vans.") == []
    assert find_attributions("Brakewell recalls that the vans were safe.")


# Words that look like a cue but report no claim of anyone's: a question
# the writer asks, a negated or adverbed verb, the outlet's own voice, a straw man, a
# comparison with what someone admits.
NOT_A_SOURCE = [
    "Why was the report never shown to the council?",
    "Does anybody still believe the ferry will run on time?",
    "Did the Kestrel Water Board say the pipes were safe?",
    "The ban must be enforced, not merely posted on a notice board.",
    "This column has argued that the tram line should be scrapped.",
    "This newspaper has long argued that the bypass should be built.",
    "Its detractors would have us believe the scheme has failed.",
    "The deficit is larger than the ministry admits.",
    "The queues are longer than the operator claims.",
    "The rules were never shown to the tenants.",
]
# Near-misses: the same verbs with a real source stay sourced. A question a
# named person asks is that person's content, premise and all: sourced.
STILL_A_SOURCE = [
    ("Mara Lind asked the mayor whether the budget had been cut.", "Mara Lind"),
    (
        "Councillor Abel Ostrow asked why the depot had been sold.",
        "Councillor Abel Ostrow",
    ),
    ("Mara Lind asked the mayor to resign, saying the budget was a sham.", "Mara Lind"),
    ("The mayor, asked about the budget, said it had not been cut.", "The mayor"),
    ("Figures from the Orvik Port Authority show the queues doubled.", "Figures"),
    ("Ortiz posted on Monday that the line would close.", "Ortiz"),
    (
        "The Halvern Gazette argued in 2019 that the tram line was needed.",
        "The Halvern Gazette",
    ),
    ("The ministry admits the deficit is larger than forecast.", "The ministry"),
    ("Police believe the fire was started deliberately.", "Police"),
    ("The woman who found the dog, Ada Fenn, said it was unhurt.", "Ada Fenn"),
    ("The man who Ortiz says stole the van has left the town.", "Ortiz"),
    (
        "The trust has not merely posted losses, its chair Ilse Marr said.",
        "its chair Ilse Marr",
    ),
]


@pytest.mark.parametrize("text", NOT_A_SOURCE)
def test_look_alike_cues_name_no_source(text):
    assert identifiable_sources(text) == []
    assert only_label(text) != Label.SOURCED_CLAIM


@pytest.mark.parametrize(("text", "source"), STILL_A_SOURCE)
def test_the_same_verbs_with_a_real_source_stay_sourced(text, source):
    sources = identifiable_sources(text)
    assert any(source in found or found in source for found in sources), sources


# "A neighbour who did not want to be named says": the subject is the noun
# before the relative clause, and it is anonymous.
RELATIVE_CLAUSE_SUBJECTS = [
    (
        "A neighbour who did not want to be named says the fire started at midnight.",
        "A neighbour",
    ),
    ("A driver who did not wish to be identified said the brakes failed.", "A driver"),
    ("A teacher who asked not to be named said the roof leaked.", "A teacher"),
    ("Residents who live near the plant say the smell is worse.", "Residents"),
    ("One nurse who did not want to be named said the ward was full.", "One nurse"),
]


@pytest.mark.parametrize(("text", "source"), RELATIVE_CLAUSE_SUBJECTS)
def test_a_relative_clause_does_not_hide_the_subject(text, source):
    sources = [attribution.source for attribution in find_attributions(text)]
    assert source in sources
    assert only_label(text) == Label.UNVERIFIED_ASSERTION
