"""Loaded wording, graded by strength, matched in every inflected form.

A slur and a mildly warm adjective are not the same evidence: name-calling
("zealots", "crooks") weighs more than a plain judgement ("a sham"), which
weighs more than a word news also uses in earnest ("crisis", "historic").
Each list holds base forms; their plurals, verb forms and adverbs are
generated once ("travesty" also finds "travesties", "gut" finds "gutted"),
so a sentence is read with one regex pass and a dictionary look-up per word.

The lists describe kinds of wording, written from the labeling guideline and
the issue's fault patterns; they are not taken from any article.
"""

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from .figures_of_speech import (
    FIGURES_OF_SPEECH,
    MILD_FIGURES,
    QUIET_SIMILES,
    SNEERING_SIMILES,
    is_literal_scene,
    may_hold_a_figure,
    may_hold_a_simile,
)
from .lexicon import emotive_words, subjective_adjectives, word_set
from .word_context import is_reported_emotion

STRONG = 1.5  # name-calling and contempt: enough on its own, even beside a vague source
MODERATE = 1.0  # a plain judgement in the writer's voice
MILD = 0.5  # news also uses it in earnest; it needs company
# Booster adverbs ("simply", "absolutely") judge nothing themselves; they count
# only in front of a word that does ("absolutely shameful").
BOOSTER = 0.5

LOADED_REASON = "is loaded wording in the writer's own voice"
NAME_CALLING_REASON = "calls people names in the writer's own voice"
FIGURE_REASON = "is a loaded figure of speech in the writer's own voice"
BOOSTER_REASON = "turns up the feeling"

# Nouns that insult the people they name.
NAME_CALLING = word_set("""
fool monster zealot crony stooge lackey flunkey toady bootlicker leech scrounger
freeloader grifter charlatan huckster shyster chancer bigot crank loon loony nutter
nutjob moron idiot imbecile halfwit dimwit numpty nincompoop buffoon goon henchman
henchmen apparatchik quisling scum lowlife yob thug crook tree-hugger do-gooder
luvvie pen-pusher bean-counter jobsworth busybody fat-cat penny-pincher hypocrite
liar sellout sell-out windbag blowhard demagogue rabble-rouser fearmonger
scaremonger warmonger profiteer fat_cat
""")
# Contempt in an adjective or adverb: strong enough to carry a sentence.
STRONG_JUDGEMENTS = word_set("""
moronic idiotic brainless cretinous imbecilic witless gormless despicable vile
disgusting repugnant loathsome odious contemptible reprehensible disgraceful
shameful shameless sleazy venal obscene sickening spineless gutless craven spiteful
vindictive sneering mendacious duplicitous two-faced deceitful treacherous
penny-pinching money-grabbing power-hungry power-mad jackbooted tinpot
""")
MODERATE_JUDGEMENTS = word_set("""
triumph joke honestly obviously disaster doom-monger doom-mongering doom-laden gaudy
pointless ugly electrifying genius finest scandalous disgrace outrage outrageous
appalling shocking absurd absurdity ridiculous ludicrous laughable pathetic farce
farcical fiasco sham shambles debacle catastrophe catastrophic disastrous atrocious
abysmal dismal woeful pitiful pitiable grotesque despicable deplorable cowardly
cynical callous heartless cruel reckless incompetent incompetence inept ineptitude
corrupt greedy greed arrogant arrogance hypocrisy hypocritical clueless stupid
lunatic lunacy insane insanity madness crazy bonkers nonsense drivel claptrap
betrayal betray treachery swindle rip-off cronyism brilliant magnificent glorious
heroic heroes stunning astonishing breathtaking incredible unbelievable miraculous
miracle groundbreaking game-changing game-changer heartbreaking horrific horrifying
horrendous terrifying chilling nightmare nightmarish hellish butchery barbaric
savage savagery evil wicked sinister menacing draconian tyranny tyrannical
dictatorial oppressive propaganda brainwash brainwashing witch-hunt blatant brazen
flagrant egregious so-called self-styled notorious infamous dodgy shady murky mess
insult insulting travesty tiresome hype rudderless steamroller steamroll paltry
vitriol vitriolic strident xenophobic perverse unhinged nutty madcap mayhem facade
obsession obsessed shilling crappy disingenuous puppet crooked rigged bogus phoney
phony hoax scam scaremongering fearmongering smug sanctimonious self-righteous
preening pompous bumbling hapless feckless supine servile mealy-mouthed half-baked
hare-brained harebrained cack-handed ham-fisted wrong-headed pig-headed tone-deaf
grubby shabby tawdry sordid squalid seedy risible asinine inane vacuous puerile
bloated thuggish thuggery bungling botch delusional deluded hysterical shrill
jumped-up scheming conniving heavy-handed high-handed humiliate agitator childish
tantrum peddle cower rogue colossal maddening rotten infuriating galling sneer
grandstanding posturing virtue-signalling virtue-signaling spin-doctor bloodsucking
jobsworthy embarrassing humiliating cringeworthy shambolic frankly undeniably
unquestionably surely outraged furious livid incensed enraged appalled horrified
disgusted sickened aghast shame corruption heartbreak bloodbath cabal specious
spurious toothless wishy-washy lacklustre lackluster dreadful awful terrible
horrible hideous monstrous shoddy slapdash gutted gutting eviscerate torpedoed
torpedoing bulldoze railroaded whitewash cover-up fleeced fleecing squander bungle
grovel kowtow pander smear_campaign
""")
MILD_JUDGEMENTS = word_set("""
scandal hero crisis chaos chaotic historic unprecedented remarkable extraordinary
devastating tragic regime elite establishment massacre slaughter carnage onslaught
meltdown iconic legendary visionary triumphant revolutionary doom gloom fake vanity
glossy bitter breathless supposed sick con racket mob bureaucrat lies smear rubbish
garbage petty dire snowflake authoritarian assault slammed blasted savaged mauled
ripped torched trashed lying waffle flimsy lame limp half-hearted woolly
""")
BOOSTERS = word_set("""
simply clearly absolutely totally completely entirely truly really deeply total rank
naked quite so very
""")
# Intensifiers that are never neutral: they count on their own, a little.
STRONG_BOOSTERS = word_set("""
utterly wildly painfully desperately downright sheer utter
""")
STRONG_BOOSTER = 0.6
# Adverbs that sneer on their own, beyond those the lists above generate.
SNEERING_ADVERBS = word_set("""
grossly woefully hopelessly staggeringly breathtakingly insanely ridiculously
outrageously smugly sneeringly cynically brazenly callously ineptly pathetically
pitifully absurdly ludicrously grotesquely obscenely shamelessly recklessly
slyly sneakily lazily clumsily grudgingly abjectly meekly lamely feebly belatedly
cravenly spinelessly sheepishly arrogantly needlessly pointlessly senselessly
mindlessly thoughtlessly carelessly cruelly greedily cowardly deviously shiftily
""")
# Generated forms that are other, neutral words: "the pros and cons",
# "oil rigs", "historically", "a new establishment", "joked" (a reporting verb).
NOT_INFLECTED = word_set("""
cons coned coning mobs mobbed historically establishments revolutionaries joked
joking jokes sickly sicks lied supposedly triumphs triumphed remarkably
extraordinarily legendarily crooked cranked cranking savaged regimes
""")
WORD = re.compile(r"[A-Za-z]+(?:[’'-][A-Za-z]+)*")
# Metaphors whose literal sense is news: "Fire gutted a warehouse", "A dog
# mauled a postman", "Volunteers whitewashed the barn". Any of these words
# in the sentence means the literal sense.
LITERAL_SENSES = {
    **dict.fromkeys(
        ["gutted", "gutting", "guts"],
        re.compile(r"\b(?:fire|fires|blaze|flames?|arson\w*|explosion|fish)\b", re.I),
    ),
    **dict.fromkeys(
        ["savaged", "mauled", "savage", "savagely"],
        re.compile(
            r"\b(?:dogs?|bears?|sharks?|lions?|tigers?|animals?|wolf|wolves)\b", re.I
        ),
    ),
    **dict.fromkeys(
        ["whitewash", "whitewashed", "whitewashing"],
        re.compile(
            r"\b(?:barns?|walls?|cottages?|fences?|paint\w*|cellars?|brick\w*)\b", re.I
        ),
    ),
    **dict.fromkeys(
        ["torpedoed", "torpedoing"],
        re.compile(
            r"\b(?:submarines?|warships?|ships?|vessels?|navy|naval|tanker)\b", re.I
        ),
    ),
    **dict.fromkeys(
        ["bulldoze", "bulldozed", "bulldozing", "bulldozes"],
        re.compile(
            r"\b(?:homes?|houses?|trees?|buildings?|camps?|huts?|sheds?)\b", re.I
        ),
    ),
    # "lies" is where a thing is, not a falsehood, before a place or a
    # state: "The village lies on the coast", "The pitch lies idle". "lies
    # in" and "lies about" are left out: "his lies in court", "lies about".
    "lies": re.compile(
        r"\blies\s+(?:on|at|off|near|between|beneath|below|under|along|across|"
        r"beside|behind|within|just|some|roughly|ahead|north|south|east|west|"
        r"empty|idle|dormant|derelict|unused|open|in\s+(?:ruins|wait|state))\b",
        re.I,
    ),
}
# Words the sentiment lexicons score high that news uses to state facts:
# "entry is free", "Leeds wins", "a kind of", "interest rates", "bonuses
# rose". On their own they are no sign of the writer's opinion.
FACTUAL_SENTIMENT = word_set("""
free freedom freedoms kind kinds interest interests interested win wins won winning
winner winners winnings award awards awarded medal medals prize prizes prized reward
rewards rewarded rescue rescued save saved saves safe care cares caring charity
charities festival festivals friend friends gain gains heart hearts hand justice
liberty liberties peace peaceful peacekeeping peacetime penalty popular popularity
positive negative prominent prosecution punishment punished rich richer richest
riches poor poorer poorest wealth wealthy strength strong success successful succeed
succeeds survived suspended trust trusts trusted sure respect respected welcome
welcomed rose bonus bonuses support supportive help benefit benefits beneficiary
agreement approval acceptance confidence improved improvement effective rejected
rejects rejection illegal jailed imprisoned fired ban banned elect experienced
latest fly own static tops uncut uncommon striking threatened troubled trapped
widowed violated violation violations riot riots smuggling stab stabbing strangled
poisoned poisoning suicide killer killers fatal fatalities fatality felony felonies
criminals attacker attackers assassination abducted abduction casualty corpse
drowned harassment slavery torture tortured eviction foreclosures infected illnesses
heroin champion champions championships dedicated encourage engagement fail failed
failing failure failures fair forced loyal luck cold collapse defeat defeated raged
relief rescue thief thieves steal stealing rob robs affluent ambitious challenging
difficult complicated
""")


@dataclass(frozen=True)
class LoadedWord:
    weight: float
    start: int
    end: int
    reason: str


def inflections(base: str) -> set[str]:
    """The base and its plural, verb and adverb forms (a hyphenated compound
    inflects its last part). Over-generation is harmless: a non-word never
    occurs; the real words it would wrongly catch are in NOT_INFLECTED."""
    forms = {base}
    consonant_y = base.endswith("y") and len(base) > 2 and base[-2] not in "aeiou"
    if consonant_y:
        stem = base[:-1]
        forms |= {stem + "ies", stem + "ied", stem + "ily", base + "ing"}
    elif base.endswith(("s", "x", "z", "ch", "sh")):
        forms |= {base + "es", base + "ed", base + "ing", base + "ly"}
    elif base.endswith("e"):
        forms |= {base + "s", base + "d", base[:-1] + "ing", base + "ly"}
        if base.endswith("le"):
            forms.add(base[:-1] + "y")  # terrible -> terribly
    else:
        forms |= {base + "s", base + "ed", base + "ing", base + "ly"}
        if re.search(r"[^aeiou][aeiou][bdglmnprt]$", base):
            forms |= {base + base[-1] + "ed", base + base[-1] + "ing"}  # gutted
    if base.endswith("ic"):
        forms.add(base + "ally")  # cynical is listed; idiotic -> idiotically
    if base.endswith("man"):
        forms.add(base[:-3] + "men")
    return forms


@cache
def loaded_forms() -> dict[str, tuple[float, str]]:
    """Every form of every listed word -> (weight, reason): built once."""
    graded = [
        (BOOSTERS, BOOSTER, BOOSTER_REASON, False),
        (STRONG_BOOSTERS, STRONG_BOOSTER, BOOSTER_REASON, False),
        (MILD_JUDGEMENTS, MILD, LOADED_REASON, True),
        (MODERATE_JUDGEMENTS, MODERATE, LOADED_REASON, True),
        (SNEERING_ADVERBS, MODERATE, LOADED_REASON, False),
        (STRONG_JUDGEMENTS, STRONG, LOADED_REASON, True),
        (NAME_CALLING, STRONG, NAME_CALLING_REASON, True),
    ]
    forms: dict[str, tuple[float, str]] = {}
    for bases, weight, reason, inflected in graded:  # later, stronger lists win
        for base in bases:
            base = base.replace("_", " ")
            for form in inflections(base) if inflected else {base}:
                if form == base or form not in NOT_INFLECTED:
                    forms[form] = (weight, reason)
    return forms


def loaded_weight(word: str) -> float:
    """How strongly a single word (any form) works on the reader; 0 if not at all."""
    return loaded_forms().get(word.lower().replace("’", "'"), (0.0, ""))[0]


LEXICON_REASON = "is a judgement in the writer's own voice"
# A lexicon word is weaker evidence than a listed one: the lexicons were made
# for reviews and posts, not news.
LEXICON_SHARE = 0.6


def lexicon_strength(word: str) -> float:
    """Strength of opinion from the sentiment lexicons (TextBlob's subjective
    adjectives, VADER's strong words), 0..1; factual words count 0."""
    if word in FACTUAL_SENTIMENT:
        return 0.0
    return max(subjective_adjectives().get(word, 0), emotive_words().get(word, 0))


def _weight(word: str) -> float:
    listed = loaded_forms().get(word)
    return listed[0] if listed else LEXICON_SHARE * lexicon_strength(word)


def _in_a_name(voice: str, words: list[tuple[str, int, int]], index: int) -> bool:
    """Whether a capitalised word inside the sentence belongs to a name with
    its capitalised neighbour: "The Outrage Comedy Club", "Disaster Relief Fund"."""
    if not voice[words[index][1]].isupper():
        return False
    neighbours = [words[index - 1]] if index > 1 else []
    if index + 1 < len(words):
        neighbours.append(words[index + 1])
    return any(voice[start].isupper() for _, start, _ in neighbours)


@lru_cache(maxsize=256)
def find_loaded_words(voice: str) -> tuple[LoadedWord, ...]:
    """Loaded words and figures of speech in the writer's voice, each weighed.
    A booster counts only when the next word is loaded too; an emotion
    reported as someone else's ("residents voiced anger") not at all."""
    forms = loaded_forms()
    words = [
        (match.group(0).lower().replace("’", "'"), match.start(), match.end())
        for match in WORD.finditer(voice)
    ]
    found = []
    taken: set[int] = set()
    figures = (
        FIGURES_OF_SPEECH.finditer(voice)
        if may_hold_a_figure(word for word, _, _ in words)
        else ()
    )
    for match in figures:
        if is_literal_scene(match.group(0), voice):
            continue
        weight = MILD if MILD_FIGURES.match(match.group(0)) else MODERATE
        # "is lying" accuses; it is no figure of speech.
        reason = LOADED_REASON if "lying" in match.group(0).lower() else FIGURE_REASON
        found.append(LoadedWord(weight, *match.span(), reason))
        taken.update(range(*match.span()))
    if may_hold_a_simile(voice.lower()):
        for pattern, weight in ((SNEERING_SIMILES, MODERATE), (QUIET_SIMILES, MILD)):
            for match in pattern.finditer(voice):
                if match.start() not in taken:
                    found.append(LoadedWord(weight, *match.span(), FIGURE_REASON))
                    taken.update(range(*match.span()))
    for index, (word, start, end) in enumerate(words):
        if index and _in_a_name(voice, words, index):
            continue
        graded = forms.get(word)
        if graded is None and index + 1 < len(words):
            # Two-word entries ("fat cats") are looked up as a pair.
            pair = f"{word} {words[index + 1][0]}"
            if pair in forms:
                graded, end = forms[pair], words[index + 1][2]
        if start in taken or is_reported_emotion(voice, start, end):
            continue
        if graded is None:
            # Lexicon words are read in lower case only: "Rose", "Justice
            # Smith" and "Liberty Street" are names.
            strength = lexicon_strength(word) if voice[start].islower() else 0.0
            if len(word) >= 4 and strength:
                found.append(
                    LoadedWord(LEXICON_SHARE * strength, start, end, LEXICON_REASON)
                )
            continue
        weight, reason = graded
        literal = LITERAL_SENSES.get(word)
        if literal is not None and literal.search(voice):
            continue
        if word in BOOSTERS:
            following = words[index + 1][0] if index + 1 < len(words) else ""
            if _weight(following) < MILD / 2:
                continue
        found.append(LoadedWord(weight, start, end, reason))
    return tuple(found)
