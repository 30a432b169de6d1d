"""Loaded wording (issue 18, fault patterns 1 and 2): words the lists used to
miss, graded by strength, and listed words that report rather than appeal."""

import pytest

from articles.domain.labels import Label
from articles.domain.loaded_words import (
    BOOSTER,
    MILD,
    MODERATE,
    STRONG,
    find_loaded_words,
    inflections,
    loaded_weight,
)
from articles.domain.pipeline import analyse
from articles.domain.word_context import (
    is_news_about_giving,
    is_reported_emotion,
    opens_with_a_noun,
)

U, E = Label.UNVERIFIED_ASSERTION, Label.EDITORIAL_APPEAL


def suggestion(sentence: str):
    (item,) = analyse(sentence)
    return item.suggestion


# Pattern 1: loaded wording the lists missed, and the neutral sentences
# beside it that must stay reports.
MISSED_LOADED = [
    # name-calling nouns
    ("The board's penny-pinching zealots have gutted the library service.", E),
    ("Town hall cronies handed the contract to a friend of the mayor.", E),
    ("A gang of grifters now runs the parking office.", E),
    ("The committee's lackeys waved the plan through without a question.", E),
    ("Only a halfwit would route lorries past the primary school.", E),
    ("The tree-huggers on the parish council have blocked another bypass.", E),
    # sneering adjectives and adverbs
    ("The minister's smug, sanctimonious letter answered none of it.", E),
    ("A bumbling cabinet has botched the rail timetable once more.", E),
    ("The ham-fisted rollout left pensioners queueing in the rain.", E),
    ("Managers smugly ignored every warning from the depot.", E),
    ("It is a half-baked scheme dreamed up over a long lunch.", E),
    # idioms and metaphors
    ("The trust has kicked the flood defences into the long grass.", E),
    ("For nurses, the new pay offer is a kick in the teeth.", E),
    ("The new stadium is a white elephant the town will pay for until 2050.", E),
    ("The regional board has thrown its own drivers under the bus.", E),
    ("Consultants have boarded the gravy train at the health authority.", E),
    ("Councillors turned a blind eye while the pier rotted.", E),
    # inflected forms of listed words
    ("These travesties keep piling up at the town hall.", E),
    ("The inquiry whitewashed the harbour master's failures.", E),
    ("The new fares are terribly unfair to shift workers.", E),
    ("The hospital trust keeps torpedoing every plan for a new wing.", E),
    ("I am furious that the ward closed without a word to patients.", E),
    ("The chief executive keeps lying to the shareholders.", E),
    ("The new leisure centre is, quite simply, a money pit.", E),
    ("Opposition members threw a childish tantrum over the seating plan.", E),
    ("The bypass is a colossal waste of £40 million.", E),
    # near-misses: neutral nouns and plain reports stay unverified
    ("The bonuses paid to directors rose by 8% last year.", U),
    ("The library service will close on Mondays from June.", U),
    ("A gang of volunteers painted the scout hut on Saturday.", U),
    ("The new stadium holds 12,000 people and opens in 2026.", U),
    ("The bus was thrown off course by a burst water main.", U),
    ("Snowflakes settled on the high street for the first time since 2019.", U),
    ("The village lies on the coast, six miles from the port.", U),
    ("The old pier lies derelict after the winter storms.", U),
    ("Kelby lies between the two reservoirs.", U),
    ("The truth is that the mayor's lies about the depot cost us all.", E),
    ("She woke at dawn and drove the ambulance to Harlow.", U),
    ("Rubbish collections resume on Monday after the strike.", U),
    ("Sick patients waited four hours for a bed on Friday.", U),
    ("The patient was lying in a corridor for six hours.", U),
    ("Fire gutted a warehouse on the industrial estate overnight.", U),
    ("Volunteers whitewashed the walls of the old barn.", U),
    ("The Outrage Comedy Club on Mill Lane reopened on Friday.", U),
    ("The Disaster Recovery Trust opened a second office in June.", U),
]


@pytest.mark.parametrize(("sentence", "label"), MISSED_LOADED)
def test_loaded_wording_in_every_form_is_an_appeal_and_neutral_words_are_not(
    sentence, label
):
    assert suggestion(sentence).label == label


# Pattern 2: listed words that report, beside the sentences where the same
# words do appeal.
OUT_OF_CONTEXT = [
    # reported emotion: the object of a reporting verb, or someone else's
    ("Dockworkers expressed outrage at the new rota.", U),
    ("Parents voiced anger at the school's late notice.", U),
    ("The union's fury at the pay offer grew through the week.", U),
    ("Residents were furious about the closure of the post office.", U),
    ("The verdict sparked outrage among the victims' families.", U),
    ("Angry commuters crowded the platform after the cancellation.", U),
    ("Fans said they felt betrayed by the move to a new ground.", U),
    ("Much to the dismay of shopkeepers, the market moved to Tuesdays.", U),
    ("Several ministers are said to be furious with the whips.", U),
    # donations and subscriptions as news
    ("Donations to the food bank rose by a third over the winter.", U),
    ("Subscriptions to the county's bus pass fell after the price rise.", U),
    ("The charity's donations from local firms doubled in 2024.", U),
    # a sentence-initial noun, not an order
    ("Demand for heat pumps doubled last winter.", U),
    ("Support for the plan fell to a new low in June.", U),
    ("Help for renters arrives in May, when the new fund opens.", U),
    ("Demand has soared since the factory reopened.", U),
    ("Back in 2019, the depot employed 300 people.", U),
    # neutral adverbs and sentiment words on their own
    ("The answer from the council was simply no.", U),
    ("The map clearly shows the new cycle lane.", U),
    ("The team absolutely dominated the second half.", U),
    ("Entry to the museum is free on Sundays.", U),
    ("Leeds wins the cup after a late goal.", U),
    ("Interest rates rose again in March.", U),
    ("It was a kind of festival for the whole street.", U),
    ("Trains are supposed to run every hour on Sundays.", U),
    pytest.param(
        "The harbour master resigns over the berthing scandal.",
        U,
        marks=pytest.mark.xfail(
            strict=True,
            reason="known miss: the opinion model (p 0.94) gives the mild 'scandal' "
            "the company it needs; a headline's earnest 'scandal' is not yet told "
            "from a sneer",
        ),
    ),
    ("Bus fares in the poorest districts are a fifth higher.", U),
    # near-misses: the same words, doing what they say
    ("I am appalled that the ward closed without warning.", E),
    ("It is an outrage that the council ignored the petition.", E),
    ("Please donate today to keep the food bank open.", E),
    ("Your subscription keeps our reporters in the courts.", E),
    ("Vote for Jones on Thursday.", E),
    ("Support local shops this Christmas.", E),
    ("Demand answers from the people who cut the bus routes.", E),
    ("The result was absolutely disgraceful.", E),
]


@pytest.mark.parametrize(("sentence", "label"), OUT_OF_CONTEXT)
def test_listed_words_that_report_are_no_appeal_and_those_that_appeal_still_are(
    sentence, label
):
    assert suggestion(sentence).label == label


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("These travesties keep piling up at the town hall.", "travesties"),
        ("The board's penny-pinching zealots have gutted it.", "penny-pinching"),
        ("The fat cats in the boardroom pocketed bonuses again.", "fat cats"),
        ("The bypass is a colossal waste of £40 million.", "waste of £40 million"),
        ("The trust has kicked the plan into the long grass.", "long grass"),
    ],
)
def test_the_rationale_names_the_loaded_words_and_cues_mark_them(sentence, word):
    result = suggestion(sentence)

    assert word in result.rationale
    start = sentence.index(word)
    assert any(a <= start < b for a, b in result.cues)


@pytest.mark.parametrize(
    ("word", "weight"),
    [
        ("zealots", STRONG),
        ("crooks", STRONG),
        ("penny-pinching", STRONG),
        ("sham", MODERATE),
        ("scandalous", MODERATE),
        ("scandal", MILD),
        ("travesties", MODERATE),
        ("gutted", MODERATE),
        ("terribly", MODERATE),
        ("smugly", MODERATE),
        ("crisis", MILD),
        ("historic", MILD),
        ("simply", BOOSTER),
        ("bonuses", 0.0),
        ("free", 0.0),
        ("interest", 0.0),
        ("historically", 0.0),
        ("cons", 0.0),
    ],
)
def test_words_weigh_by_how_strongly_they_work_on_the_reader(word, weight):
    assert loaded_weight(word) == weight


def test_a_slur_weighs_more_than_a_judgement_which_weighs_more_than_a_neutral_noun():
    assert loaded_weight("zealots") > loaded_weight("sham") > loaded_weight("bonuses")


@pytest.mark.parametrize(
    ("base", "form"),
    [
        ("travesty", "travesties"),
        ("bully", "bullied"),
        ("gutted", "gutted"),
        ("botch", "botched"),
        ("terrible", "terribly"),
        ("idiotic", "idiotically"),
        ("betray", "betrayed"),
        ("con", "conned"),
        ("henchman", "henchmen"),
        ("tree-hugger", "tree-huggers"),
    ],
)
def test_inflections_cover_plurals_verb_forms_and_adverbs(base, form):
    assert form in inflections(base)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The result was absolutely disgraceful.", ["disgraceful", "absolutely"]),
        ("The team absolutely dominated the match.", []),
        ("It is simply a shambles.", ["shambles"]),
        ("Simply put, the timetable changes in May.", []),
    ],
)
def test_a_booster_counts_only_in_front_of_a_loaded_word(sentence, expected):
    found = [sentence[item.start : item.end] for item in find_loaded_words(sentence)]

    assert sorted(found) == sorted(expected)


@pytest.mark.parametrize(
    ("sentence", "word", "is_reported"),
    [
        ("Dockworkers expressed outrage at the rota.", "outrage", True),
        ("The move drew fury from fans.", "fury", True),
        ("Their anger is understandable.", "anger", True),
        ("There was dismay in the village.", "dismay", True),
        ("Anger among drivers is growing.", "Anger", True),
        ("Parents were left furious.", "furious", True),
        ("Furious parents filled the hall.", "Furious", True),
        ("It's an outrage.", "outrage", False),
        ("The report is an outrage.", "outrage", False),
        ("I was furious.", "furious", False),
        ("We are appalled by the cuts.", "appalled", False),
    ],
)
def test_an_emotion_is_reported_when_it_belongs_to_someone_else(
    sentence, word, is_reported
):
    start = sentence.index(word)

    assert is_reported_emotion(sentence, start, start + len(word)) is is_reported


@pytest.mark.parametrize(
    ("sentence", "pitch", "is_news"),
    [
        ("Donations to the food bank rose by a third.", "Donations", True),
        ("The club's subscribers fell to 400.", "subscribers", True),
        ("Your donation keeps the lights on.", "donation", False),
        ("Donate now to the flood appeal.", "Donate", False),
        ("Every donation helps a family this winter.", "donation", False),
        ("Support independent journalism.", "independent journalism", False),
    ],
)
def test_giving_is_news_unless_the_sentence_asks_the_reader(sentence, pitch, is_news):
    assert is_news_about_giving(sentence, pitch) is is_news


@pytest.mark.parametrize(
    ("sentence", "is_noun"),
    [
        ("Demand for heat pumps doubled.", True),
        ("Support has grown since May.", True),
        ("Help for renters arrives in May.", True),
        ("Vote for Jones on Thursday.", False),
        ("Support local shops.", False),
        ("Think of what the cuts did to them.", False),
        ("Call for an ambulance, then wait.", False),
    ],
)
def test_a_first_word_with_its_own_verb_is_a_noun_not_an_order(sentence, is_noun):
    first_word_end = sentence.index(" ")

    assert opens_with_a_noun(sentence, first_word_end) is is_noun


# Past tenses the part-of-speech lexicon lacks are known by their ending
# (issue 19); a participle with its agent ("backed by the union") describes
# a noun and is no verb of the sentence.
@pytest.mark.parametrize(
    ("sentence", "is_noun"),
    [
        ("Demand for flats outpaced building for a decade.", True),
        ("Demand for ferry seats spiked after the bridge closed.", True),
        ("Support for the levy nosedived in the spring.", True),
        ("Help for flooded farms trickled in after June.", True),
        ("Demand ballooned in the cold snap.", True),
        ("Demand for flats increased by a third.", True),
        ("Support among tenants plummeted by half.", True),
        ("Vote for the plan backed by the union.", False),
        ("Support the bid endorsed by the mayor.", False),
        ("Sign up for the walk organised by the trust.", False),
        ("Demand a refund for the cancelled trip.", False),
        ("Help us clear the beach on Sunday.", False),
    ],
)
def test_a_verb_known_by_its_ending_makes_the_first_word_a_noun(sentence, is_noun):
    first_word_end = sentence.index(" ")

    assert opens_with_a_noun(sentence, first_word_end) is is_noun
