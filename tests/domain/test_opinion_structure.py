"""Opinion carried by a sentence's shape (issue 18, pattern 3): demands,
verdicts, claims about everyone, certain ruin and opinion rubrics are
editorial appeals; rules, descriptions, plain forecasts and look-alike
words stay what they were."""

import pytest

from articles.domain.labels import Label
from articles.domain.pipeline import analyse

S, U, E = Label.SOURCED_CLAIM, Label.UNVERIFIED_ASSERTION, Label.EDITORIAL_APPEAL


def label_of(sentence: str) -> Label:
    (item,) = analyse(sentence)
    return item.suggestion.label


def decisive_words(sentence: str) -> list[str]:
    (item,) = analyse(sentence)
    return [sentence[start:end] for start, end in item.suggestion.cues]


DEMANDS = [
    "The fare rise must be reversed.",
    "This closure of the night bus must be stopped before it spreads.",
    "The parking levy should be scrapped at once.",
    "The new rota ought to be abandoned.",
    "The decision to sell the playing field has to be overturned.",
    "The library cuts should be rethought from the start.",
    "The chief executive must resign.",
    "The board should apologise to every family it misled.",
    "The minister must go.",
    "The mast should never have been approved.",
    "This council cannot be allowed to ignore the flood warnings again.",
    "The planners ought to be ashamed of the riverside scheme.",
    "Shoppers must boycott the new retail park.",
    "Parents should stop driving their children two streets to school.",
]
VERDICTS = [
    "The harbour plan is problematic and confused.",
    "The new timetable is misguided.",
    "The council's answer was lazy and careless.",
    "The redesign of the square looks bland and soulless.",
    "The mayor is right to halt the sell-off.",
    "The committee was wrong to close the pool.",
    "The budget remains deeply unfair.",
    "The bypass is a costly mistake.",
    "The museum's new wing is a white elephant.",
    "The reform of the tram network is long overdue.",
    "It's pointless and confused.",
    "They're lazy, and the town knows it.",
]
SWEEPING_CLAIMS = [
    "Every parent in this town knows the crossing is unsafe.",
    "Everyone can see the high street is struggling.",
    "No one trusts the water company any more.",
    "Nobody believes the council any more.",
    "Every driver on the ring road is sick of the roadworks.",
    "Not a single shopkeeper believes the new car park will help.",
    "Anyone with half a brain knows the scheme will fail.",
    "Nobody in their right mind would build houses on that flood plain.",
    "Every voter deserves a straight answer.",
    "Everybody remembers how the last scheme ended.",
    "Nobody with an ounce of sense would sign this lease.",
]
DOOM = [
    "The town centre will be dead within five years.",
    "The market will soon be a ghost town.",
    "This levy spells the end for small bakeries.",
    "The high street is doomed.",
    "The pier will never recover from this season.",
    "The new tax will kill the village pub.",
    "The rent rises sound the death knell for the arts centre.",
    "The scheme is doomed to fail.",
    "It is only a matter of time before the ferry service collapses.",
    "The closure will ruin what is left of the seafront.",
    "The harbour is heading for total collapse.",
]
RUBRICS = [
    "Opinion: The new bypass is a gamble.",
    "Comment: A town that forgets its river.",
    "Editorial: The ferry deserves a future.",
    "Leader: The council has lost its way.",
    "Viewpoint: Cycle lanes make the town better.",
    "Our view: The hospital needs its maternity ward.",
    "Column: Lessons from a winter of potholes.",
    "Op-ed: The case for a four-day school week.",
    "Perspective: Small towns need their banks.",
    "Opinion | The airport expansion is a gamble.",
]


@pytest.mark.parametrize(
    "sentence", DEMANDS + VERDICTS + SWEEPING_CLAIMS + DOOM + RUBRICS
)
def test_opinion_in_the_shape_of_the_sentence_is_an_editorial_appeal(sentence):
    assert label_of(sentence) == E


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The fare rise must be reversed.", "must be reversed"),
        ("It's pointless and confused.", "It's pointless and confused"),
        (
            "The harbour plan is problematic and confused.",
            "is problematic and confused",
        ),
        ("Nobody believes the council any more.", "Nobody believes"),
        ("The town centre will be dead within five years.", "will be dead"),
        ("Viewpoint: Cycle lanes make the town better.", "Viewpoint"),
    ],
)
def test_the_structure_that_decided_is_among_the_cues(sentence, words):
    assert words in decisive_words(sentence)


# Near-misses: the same modals, copulas, quantifiers, futures and rubric
# words, used to state a rule, a fact, a plan or a heading.
RULES = [
    "Passengers must show a ticket.",
    "Applicants should apply by May.",
    "Tickets must be shown at the gate.",
    "Forms should be returned to the school office by Friday.",
    "Dogs must be kept on a lead in the park.",
    "Drivers must give way to buses leaving the stop.",
    "Visitors should sign in at reception.",
    "All entries must be submitted before noon on Monday.",
    "Pupils should bring a packed lunch on the trip.",
    "Cyclists must stop at the red light.",
    "Students have to register for the exam online.",
    "Lorries must stop at the weighbridge.",
    "Residents should put their bins out by seven.",
]
# "dangerous" and "unsafe" warn of a fact a reader could check: by the
# guideline that is a claim to trace, not wording that works on the reader.
DESCRIPTIONS = [
    "The water was cold.",
    "The road is closed.",
    "The ice on the pavement is dangerous.",
    "The hall was full by seven o'clock.",
    "The results were mixed.",
    "The museum is free on Sundays.",
    "The decision is final.",
    "The train was late again on Tuesday.",
    "The new flats are expensive.",
    "The answer was wrong by two points.",
    "The council was right next to the station.",
    "Everyone is welcome at the open day.",
    "Volunteers are welcome to join the litter pick.",
    "The hospital's right to appeal was upheld.",
    "The hospital's excellent staff were thanked at the ceremony.",
]
FACTS_ABOUT_EVERYONE = [
    "Everyone on the ferry was rescued.",
    "Nobody was injured in the fire.",
    "Every household will receive a leaflet.",
    "No one answered the door at the farmhouse.",
    "Each pupil receives a reading book.",
    "No one knows exactly where the boat sank.",
    "Everyone left the hall by ten.",
    "Not a single train ran on Sunday.",
    "Every bus on the route was cancelled.",
    "Every pupil must bring a coat on Friday.",
]
PLAIN_FORECASTS = [
    "The bridge will be closed within five days.",
    "The shop will close in March.",
    "The old cinema will be demolished next year.",
    "The factory will become a housing estate.",
    "The store will be gone by Friday.",
    "The festival will be back next summer.",
    "The battery will last five years.",
    "The vote will decide the future of the pier.",
    "The pool will be finished by June.",
    "The storm will reach the coast tonight.",
]
# An analysis explains rather than argues: its rubric is no opinion.
RUBRIC_WORDS = [
    "Analysis: Why the vote split the council.",
    "Analysis of the water samples took three weeks.",
    "Opinion polls show a close race.",
    "Editorial staff were told of the move on Friday.",
    "Column inches on the election have doubled.",
    "Leader of the council Priya Shah resigned on Monday.",
    "The analysis: 40 samples failed the test.",
    "Perspective drawing is taught in year nine.",
    "Commentary on the match starts at three.",
    "The comment section was closed after the vote.",
    "An opinion from the court is due on Monday.",
]


@pytest.mark.parametrize(
    "sentence",
    RULES + DESCRIPTIONS + FACTS_ABOUT_EVERYONE + PLAIN_FORECASTS + RUBRIC_WORDS,
)
def test_rules_facts_and_plans_stay_unverified_assertions(sentence):
    assert label_of(sentence) == U


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("The mayor said the fare rise must be reversed.", S),
        ("The union argues that the levy should be scrapped.", S),
        ("“The fare rise must be reversed,” said Ana Ortiz.", S),
        ("“The harbour plan is problematic,” the harbourmaster, Joe Penn, said.", S),
        ("“The town centre will be dead within five years,” Mayor Ruth Keane said.", S),
        ("Campaigners say the library cuts should be rethought.", U),
        ("Critics said the new timetable is misguided.", U),
    ],
)
def test_a_demand_or_verdict_someone_else_makes_stays_theirs(sentence, label):
    assert label_of(sentence) == label


# Issue 19: verdicts in a noun or adjective no rule listed, a day's worth,
# the writer's comparison, wider claims about everyone and certain harm.
WIDER_VERDICTS = [
    "The new bus map is a fantasy.",
    "The Wexley bypass would be a calamity for the marshes.",
    "The parking app is a £3 million boondoggle.",
    "The new stand is a monument to vanity.",
    "The finale is a cop-out.",
    "The café's scones are heavenly.",
    "The singing was uniformly superb.",
    "The town hall extension is a concrete eyesore.",
    "The sequel is overlong and plodding.",
    "The leisure centre is dreary, cold and unwelcoming.",
    "It is a sad day for Oldbury.",
    "This is a proud day for the lifeboat crew.",
]
COMPARISONS = [
    "The case for the tram is stronger than its critics admit.",
    "The pier is in far worse shape than the council admits.",
    "The deal is better than its opponents claim.",
    "A two per cent rise is nowhere near enough.",
    "The extra funding is not nearly enough.",
    "The new crossing is too little, too late.",
    "The end of the roadworks can't come soon enough.",
    "Nurses deserve far more respect than this.",
    "The levy is far from adequate.",
    "The bypass is cheaper than the council would have you believe.",
]
WIDER_SWEEPING = [
    "Nobody voted for this.",
    "Nobody asked for that.",
    "The road floods every winter and nobody in charge seems to care.",
    "Nobody in power lifts a finger for the estate.",
    "No one in the council gives a damn about the harbour.",
    "The whole town stands behind the lifeboat crew.",
    "The whole country was glued to the final.",
    "Nobody in authority bats an eyelid at the fly-tipping.",
    "No one wanted this.",
    "The whole county stands with the striking porters.",
]
CERTAIN_HARM = [
    "The rent rise will strangle the market traders.",
    "The new toll would cripple the haulage firms.",
    "The levy will bankrupt half the farms in the valley.",
    "Closing the depot will kill off the last bus routes.",
    "The scheme will crash and burn within a year.",
    "Pensioners will be freezing in the dark by January.",
    "Doubling the fees is a sure-fire way to empty the high street.",
    "The arts grant was cut, and the town will be poorer for it.",
    "The parking charge would devastate the corner shops.",
    "The new quota will decimate the fishing fleet.",
]
# The same shapes with a plain reading.
PLAIN_LOOK_ALIKES = [
    "No tankers are moving through the strait.",
    "The new car is electric.",
    "The design was inspired by the old mill.",
    "The scene was busy after the match.",
    "Fly-tipping is a crime in the county.",
    "The old chapel is a gem shop now.",
    "The prize is a trip to Lisbon.",
    "Nobody voted for the motion.",
    "Nobody in the house was injured.",
    "The whole town was without power for a day.",
    "The whole country will vote on Sunday.",
    "Prices rose faster than forecasters expected.",
    "The storm will reach the coast tonight.",
    "The bridge will be closed for a month.",
]


@pytest.mark.parametrize(
    "sentence", WIDER_VERDICTS + COMPARISONS + WIDER_SWEEPING + CERTAIN_HARM
)
def test_wider_verdicts_claims_and_harm_are_editorial_appeals(sentence):
    assert label_of(sentence) == E


@pytest.mark.parametrize("sentence", PLAIN_LOOK_ALIKES)
def test_look_alikes_of_verdicts_claims_and_harm_stay_unverified(sentence):
    assert label_of(sentence) == U


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("The mayor called the bus map a fantasy.", S),
        ("“The new stand is a monument to vanity,” said Ana Ortiz.", S),
        ("Critics say the levy will strangle the market traders.", U),
    ],
)
def test_a_verdict_someone_else_passes_stays_theirs(sentence, label):
    assert label_of(sentence) == label


# Before its noun an evaluative adjective judges quietly (issue 19): it
# needs one more sign to decide, and alone it leaves a report a report.
QUIET_WITH_COMPANY = [
    "An unmissable night out!",
    "This misguided levy must be scrapped.",
    "What a muddled, pointless plan.",
    "The shoddy repairs are simply unacceptable.",
    "Tell the council what you think of its half-baked plan.",
    "A dreary, soulless shopping centre will not save the town!",
    "Why did nobody stop this ill-conceived scheme?",
    "We deserve better than this short-sighted budget.",
    "An unforgettable evening at the Tarnby lido!",
    "Our town needs more than another unworkable parking plan.",
]
QUIET_ALONE = [
    "The flawed survey was withdrawn in May.",
    "The unfair dismissal claim was settled on Friday.",
    "The excellent rating was renewed for a third year.",
    "The muddled timetable was reprinted in June.",
    "The jockey was banned for careless riding.",
    "The outstanding balance was paid on Monday.",
    "A bold design won the competition.",
    "The sensible shoes were sold out by noon.",
    "An exceptional tide flooded the harbour car park.",
    "A vague smell of gas was reported in Mill Street.",
]


@pytest.mark.parametrize("sentence", QUIET_WITH_COMPANY)
def test_an_attributive_judgement_with_company_is_an_appeal(sentence):
    assert label_of(sentence) == E


@pytest.mark.parametrize("sentence", QUIET_ALONE)
def test_an_attributive_judgement_alone_stays_a_report(sentence):
    assert label_of(sentence) == U
