"""Opinion carried by the shape of a sentence rather than by loaded words.

"The fare rise must be reversed." has no loaded word, yet it is the writer
demanding something; "Passengers must show a ticket" has the same modal and
only states a rule. Each pattern here is read in the writer's voice (quotes
already blanked), so a demand or verdict inside a quotation stays the
speaker's, as the guideline asks.
"""

import re
from collections.abc import Sequence

from .demands import (
    MODAL,
    MODAL_WORDS,
    OWED,
    WORD,
    find_demand,
    states_a_procedure,
    words_in,
)
from .evidence import Evidence
from .lexicon import plural_nouns, word_set
from .loaded_words import MODERATE, lexicon_strength, loaded_weight
from .source_kinds import Attribution

# The writer's comparison wins over the other side's: "stronger than its
# critics admit", "nowhere near enough", "too little, too late".
COMPARATIVE_VERDICT = re.compile(
    r"\b(?:\w+er|worse|better|more\s+\w+|less\s+\w+)(?:\s+\w+){0,2}?\s+than\s+"
    r"(?:its|their|his|her|the)?\s*"
    r"(?:critics|opponents|detractors|sceptics|skeptics|doubters|supporters|"
    r"defenders|fans|ministers|government|council|anyone|most\s+people|people)\s+"
    r"(?:\w+\s+)?(?:admit|admits|allow|allows|claim|claims|think|thinks|realise|"
    r"realize|realises|realizes|suggest|suggests|let\s+on|care\s+to\s+admit|"
    r"would\s+have\s+(?:us|you)\s+believe|pretend|pretends)\b"
    r"|\b(?:nowhere\s+near|not\s+nearly|not\s+remotely|far\s+from)\s+"
    r"(?:enough|good\s+enough|adequate|sufficient)\b"
    r"|\btoo\s+little,?\s+too\s+late\b|\bcan[’']t\s+come\s+soon\s+enough\b"
    r"|\bcannot\s+come\s+soon\s+enough\b"
    r"|\b(?:far|much)\s+(?:more|better|less)\s+\w+\s+than\s+(?:this|that)\b",
    re.IGNORECASE,
)

COPULA = (
    r"(?:is|are|was|were|seems?|seemed|looks?|looked|remains?|remained|sounds?|"
    r"sounded|feels?|felt|has\s+been|have\s+been|has\s+become|have\s+become|"
    # "would be a mistake" judges a plan before it happens.
    r"would\s+be|would\s+have\s+been|will\s+be|"
    # "’s" only after a pronoun: "the hospital’s excellent staff" and "the
    # trust’s right to appeal" are possessives, not verdicts.
    r"becomes?|became|(?:(?<=\bit)|(?<=\bhe)|(?<=\bshe)|(?<=\bthat)|"
    r"(?<=\bthis)|(?<=\bwhat))[’']s|[’']re)"
)
DEGREE = (
    r"(?:(?:so|too|very|deeply|utterly|simply|frankly|plainly|quite|rather|"
    r"hopelessly|wholly|both|thoroughly|badly|woefully|fundamentally|uniformly|"
    r"truly|genuinely|downright|just|merely|nothing\s+short\s+of|little\s+short\s+of|"
    r"frankly|painfully|achingly|wonderfully|gloriously|criminally)\s+)*"
)
# Adjectives that judge a plan, a decision, a performance or a person. Words
# that describe a state a reader could check stay out on purpose: "cold",
# "closed", "full", "late", "expensive", and "dangerous"/"unsafe", which in
# news warn of a fact ("The ice on the pavement is dangerous") rather than
# try to move the reader, so the guideline makes them unverified assertions.
# "welcome" stays out too: "Visitors are welcome" grants leave.
EVALUATIVE_ADJECTIVES = (
    r"(?:problematic|confused|muddled|misguided|ill-conceived|ill-judged|"
    r"wrong-headed|half-baked|flawed|pointless|senseless|futile|unfair|unjust|"
    r"unacceptable|indefensible|inexcusable|unforgivable|irresponsible|"
    r"short-sighted|naive|naïve|foolish|silly|daft|lazy|sloppy|shoddy|shabby|"
    r"careless|clumsy|incoherent|baffling|bewildering|bizarre|wasteful|misleading|"
    r"dishonest|hollow|toothless|timid|tone-deaf|out\s+of\s+touch|dreadful|"
    r"terrible|awful|dire|mediocre|lacklustre|lackluster|uninspired|dull|boring|"
    r"tedious|bland|soulless|charmless|ugly|hideous|pretentious|smug|patronising|"
    r"patronizing|condescending|mistaken|unworkable|unwise|admirable|commendable|"
    r"sensible|overdue|long\s+overdue|excellent|superb|wonderful|splendid|"
    r"delightful|impressive|inspiring|refreshing|courageous|wrong|right|"
    # Verdicts on a performance, a place or a plan that no one could check
    # (words the loaded lists already weigh are left to them).
    r"heavenly|sublime|divine|exquisite|dazzling|gorgeous|marvellous|marvelous|"
    r"masterful|flawless|faultless|gripping|riveting|enthralling|captivating|"
    r"mesmerising|mesmerizing|heartwarming|uplifting|joyous|joyful|irresistible|"
    r"unmissable|unforgettable|outstanding|exceptional|first-rate|second-rate|"
    r"third-rate|top-notch|world-class|irreplaceable|priceless|invaluable|"
    r"indispensable|essential\s+viewing|wooden|leaden|stilted|clunky|limp|tepid|"
    r"forgettable|derivative|predictable|clichéd|cliched|overrated|overhyped|"
    r"overpriced|overblown|overwrought|overlong|turgid|plodding|laboured|labored|"
    r"insipid|unbearable|intolerable|insufferable|unwatchable|unreadable|unlistenable|"
    r"snobbish|unwelcoming|stuffy|dreary|drab|grim|depressing|soul-destroying|"
    r"outdated|antiquated|archaic|vague|woolly|feeble|weak-kneed|hopeless|useless|"
    r"worthless|meaningless|tasteless|offensive|petty|mean-spirited|complacent|"
    r"negligent|unjustifiable|unforgiveable|unconscionable|immoral|sad|lamentable|"
    r"regrettable|brave|bold|visionary|masterly)"
)
# "is right to" / "is wrong to" judge a decision; plain "right" and "wrong"
# elsewhere ("the answer was wrong") can be facts, so they need the "to".
NEEDS_TO = {"right", "wrong"}
PREDICATE_JUDGEMENT = re.compile(
    rf"\b{COPULA}\s+(?:not\s+only\s+)?{DEGREE}(?P<adjective>{EVALUATIVE_ADJECTIVES})"
    rf"(?P<to>\s+to\b)?(?:\s*(?:,|and|but|yet)\s+(?:also\s+)?{DEGREE}"
    rf"{EVALUATIVE_ADJECTIVES}\b)?(?![\w-])",
    re.IGNORECASE,
)
# Before its noun the same adjective judges too, more quietly: "this
# misguided levy", "a dreary, hollow speech". It needs company to decide.
ATTRIBUTIVE_JUDGEMENT = re.compile(
    rf"\b(?:a|an|the|this|that|these|those|its|their|his|her|our|such)\s+{DEGREE}"
    rf"(?P<adjective>{EVALUATIVE_ADJECTIVES})(?:\s*,\s*[a-z-]+)?\s+(?=[a-z])",
    re.IGNORECASE,
)
QUIET_JUDGEMENT_REASON = "is a judgement in the writer's own voice"
NOT_ATTRIBUTIVE = {"right", "wrong", "confused", "sad", "bold", "brave", "grim"}
# "The bypass is a mistake": a verdict in a noun.
VERDICT_NOUNS = (
    r"(?:mistake|failure|folly|embarrassment|waste\s+of\s+(?:money|time|space)|"
    r"step\s+backwards?|non-starter|white\s+elephant|vanity\s+project|"
    r"missed\s+opportunity|triumph\s+of\s+\w+|masterpiece|breath\s+of\s+fresh\s+air|"
    # Nouns that condemn or crown whatever they are said of: "The levy is a
    # fantasy", "It is a calamity in slow motion", "The ending is a cop-out".
    r"calamity|catastrophe|disaster|disgrace|scandal|farce|fiasco|travesty|"
    r"shambles|debacle|sham|con|con-trick|swindle|stitch-up|fraud|fantasy|"
    r"fairy\s+tale|fairytale|pipe\s+dream|fad|gimmick|circus|pantomime|charade|"
    r"joke|insult|affront|outrage|betrayal|boondoggle|cop-out|copout|letdown|"
    r"let-down|disappointment|flop|dud|damp\s+squib|own\s+goal|mess|muddle|"
    r"smokescreen|red\s+herring|bribe|giveaway|hellhole|eyesore|blight|blot|stain|"
    r"scar|carbuncle|monstrosity|nonsense|rip-off|racket|casino|"
    r"lottery|gamble|con\s+job|whitewash|cover-up|power\s+grab|cash\s+grab|"
    r"delight|joy|treat|gem|jewel|marvel|triumph|revelation|masterclass|"
    r"tour\s+de\s+force|must-see|must-read|must-have|knockout|"
    r"dream\s+come\s+true|godsend|lifeline|beacon|miracle|"
    # "a monument to failure", "a hymn to the seasons", "a crime against".
    r"monument\s+to|hymn\s+to|temple\s+to|love\s+letter\s+to|testament\s+to|"
    r"tribute\s+to|crime\s+against|act\s+of\s+(?:\w+\s+)?(?:vandalism|folly|"
    r"madness|cruelty|sabotage|betrayal|self-harm|cowardice|courage|genius))"
)
# Up to three describing words may come between: "a $14 million boondoggle",
# "a creamy, rapturous joy"; the noun must end the phrase ("a joke shop",
# "a crime scene" and "a delight to the eye of a buyer" are no verdicts).
PREDICATE_VERDICT = re.compile(
    rf"\b{COPULA}\s+(?:not\s+)?(?:just\s+|simply\s+|nothing\s+but\s+)?(?:a|an)\s+"
    rf"(?:[\w$£€.,’'-]+\s+){{0,3}}?{VERDICT_NOUNS}(?![\w-])(?!\s+(?:scene|shop|"
    r"rate|figures?|statistics|victims?|squad|unit|lab|writer|number|ticket))",
    re.IGNORECASE,
)
# "It is a sad day for the arts": a day's worth, weighed by the writer.
JUDGED_DAY = re.compile(
    r"\b(?:a|an|this)\s+(?:sad|dark|black|proud|great|good|bad|landmark|shameful|"
    r"grim|red-letter|terrible|glorious|historic)\s+day\s+(?:for|in)\b",
    re.IGNORECASE,
)

# Claims about what everyone thinks: the writer speaks for a whole crowd.
SWEEPING_SUBJECT = (
    r"(?:everyone|everybody|nobody|no\s+one|no-one|all\s+of\s+us|any\s+fool|"
    r"anyone\s+with\s+(?:half\s+a\s+brain|eyes|a\s+pair\s+of\s+eyes|any\s+sense|"
    r"common\s+sense|a\s+heart)|"
    # "Nobody in power cares", "The whole country stands with them".
    r"(?:nobody|no\s+one|no-one)\s+in\s+(?:power|charge|authority|office|government|"
    r"the\s+\w+)|the\s+whole\s+(?:country|nation|town|city|county|world|village)|"
    r"(?:every|each)\s+(?:single\s+)?[a-z]+"
    r"(?:\s+(?:in|of|on|across|from|who\s+\w+|with)\s+[^,.;:!?]{1,30}?)?|"
    r"not\s+a\s+single\s+[a-z]+)"
)
# Present-tense states of mind: "Everyone on board was rescued" and "Every
# household receives a leaflet" report facts, not a consensus.
SWEEPING_STATE = (
    r"(?:knows|believes|agrees(?!\s+to\b)|understands|wants|trusts|remembers|cares|"
    r"doubts|deserves|realises|realizes|accepts|sees|thinks|expects|likes|"
    r"can\s+(?:see|tell)|is\s+(?:sick|tired|fed\s+up)|has\s+had\s+enough|"
    r"is\s+fooled|falls\s+for|takes\s+\w+\s+seriously|buys\s+(?:it|this|that)|"
    r"seems?\s+to\s+care|gives?\s+a\s+(?:damn|hoot|toss)|lifts?\s+a\s+finger|"
    r"bats?\s+an\s+eyelid|stands?\s+(?:with|behind)|(?:is|was)\s+glued\s+to|"
    # "Nobody voted for this": the writer's "this" makes it a protest.
    r"(?:voted|asked|wished|signed\s+up)\s+for\s+(?:this|that)(?=\s*[.!?]|$)|"
    r"wanted\s+(?:this|that)(?=\s*[.!?]|$))"
)
SWEEPING = re.compile(
    rf"\b(?P<subject>{SWEEPING_SUBJECT})\s+(?:(?:really|truly|still|now|already|"
    rf"honestly|seriously|actually|secretly)\s+)?{SWEEPING_STATE}\b"
    r"|\b(?:nobody|no\s+one|no-one|anyone)\s+(?:in\s+(?:their|his|her)\s+right\s+"
    r"mind|with\s+(?:any|an\s+ounce\s+of|a\s+grain\s+of)\s+(?:common\s+)?sense)\b",
    re.IGNORECASE,
)
# "Nobody knows how many people were aboard" states what is not known.
NOT_KNOWN = re.compile(
    r"^(?:nobody|no\s+one|no-one)\b.*\bknows\s+(?:exactly\s+|yet\s+|for\s+sure\s+)?"
    r"(?:how|why|where|when|what|who|whether|if)\b",
    re.IGNORECASE,
)

# Predictions of ruin stated as certain, in the writer's voice.
DOOM = re.compile(
    r"\bwill\s+(?:soon\s+|surely\s+|certainly\s+|simply\s+)?(?:be|become|end\s+up|"
    r"look\s+like)\s+(?:a\s+|as\s+)?(?:dead|ruined|doomed|history|"
    # "finished by June" is a building plan; "finished." is a verdict.
    r"finished(?:\s+for\s+good)?(?=\s*[.!,;]|$)|"
    r"ghost\s+town|wasteland|desert|unrecogni[sz]able|beyond\s+saving|"
    r"gone\s+for\s+good|graveyard)\b"
    r"|\b(?:is|are)\s+doomed\b|\bdoomed\s+to\s+fail(?:ure)?\b"
    r"|\bwill\s+never\s+(?:recover|be\s+the\s+same)\b"
    r"|\bwill\s+(?:kill|ruin|destroy|wreck|finish\s+off|be\s+the\s+death\s+of)\s+"
    r"(?:the|our|this|what|every|any)\b"
    r"|\bspells?\s+(?:the\s+)?(?:end|death|doom|disaster)\s+(?:of|for)\b"
    r"|\bdeath\s+knell\b|\bonly\s+a\s+matter\s+of\s+time\s+before\b"
    # Harm certain in a verb: "The levy will strangle small traders".
    r"|\b(?:will|would)\s+(?:surely\s+|simply\s+)?(?:strangle|cripple|devastate|"
    r"decimate|bankrupt|kill\s+off|crash\s+and\s+burn|suffocate|choke\s+off)\b"
    r"|\b(?:the\s+)?poorer\s+for\s+it\b|\bfreez(?:e|ing)\s+in\s+the\s+dark\b"
    r"|\bsure-?fire\s+way\s+to\s+(?:kill|ruin|destroy|wreck|lose|empty)\b"
    r"|\b(?:is|are)\s+(?:heading|headed)\s+for\s+(?:certain\s+|total\s+)?(?:ruin|"
    r"disaster|collapse|oblivion|the\s+scrapheap)\b",
    re.IGNORECASE,
)

# A rubric in front marks the piece as the outlet's view, not its report.
# "Analysis" marks interpretation rather than argument ("Analysis: What the
# tax change means for renters" explains): it is recognised, so it is never
# read as a speaker, but it is no sign of opinion.
# The colon (or bar, or dash) and words after it are required: "Analysis of
# the samples took a week" and "Comment was sought" are reports.
RUBRIC = re.compile(
    r"^\W*(?P<rubric>opinion|comment|editorial|analysis|viewpoint|our\s+view|"
    r"leader|column|op-ed|perspective|the\s+view)\s*[:|–—]\s*(?=\W*\w)",
    re.IGNORECASE,
)


# Each pattern needs one of its words in the sentence; checking a set of
# the sentence's words first keeps the long patterns off most sentences.
# Read from the patterns with their escapes taken out, so "\\s" adds no "s"
# and joining words ("of", "to") open no gate; every entry keeps a longer word.
VERDICT_WORDS = (
    frozenset(
        word
        for word in WORD.findall(
            re.sub(r"\\[a-z]", " ", EVALUATIVE_ADJECTIVES + VERDICT_NOUNS).lower()
        )
        if len(word) > 2 and word not in {"out", "the", "against"}
    )
    | word_set("day")
    | word_set(
        "mistake failure folly embarrassment waste step non-starter white vanity "
        "missed triumph masterpiece breath"
    )
)
SWEEPING_WORDS = word_set(
    "everyone everybody nobody no no-one all any anyone every each not whole"
)
OWED_WORDS = word_set("owe owes owed deserve deserves deserved")
COMPARISON_WORDS = word_set("than enough late adequate sufficient")
DOOM_WORDS = word_set(
    "will would doomed spells spell knell matter heading headed poorer freezing "
    "freeze sure-fire surefire"
)


# A rule's subject is anyone of a kind, not a named actor: "Passengers must
# show a ticket", "All entries must be in by noon", "Anyone travelling
# should check the timetable". Up to eight words may follow it before the modal.
RULE_SUBJECT = re.compile(
    r"^\W*(?:(?P<quantifier>all|every|each|any|anyone|everyone|those)\b\s*)?"
    r"(?P<head>[A-Za-z-]*)\b(?:\s+[\w'’-]+){0,8}?\s+"
    rf"{MODAL}\b",
    re.IGNORECASE,
)


def is_generic_rule(voice: str) -> bool:
    """A rule for anyone of a kind rather than a demand on someone: its
    "must" or "should" is no sign of opinion."""
    if states_a_procedure(voice):
        return True
    if MODAL_WORDS.isdisjoint(words_in(voice)):
        return False
    rule = RULE_SUBJECT.match(voice)
    if rule is None or find_demand(voice):
        return False
    return bool(rule.group("quantifier")) or rule.group("head").lower() in (
        plural_nouns()
    )


def structural_evidence(voice: str) -> list[Evidence]:
    """Opinion that the sentence's shape carries, whatever its words."""
    found = []
    words = words_in(voice)
    demand = find_demand(voice)
    if demand:
        found.append(
            Evidence(1.0, *demand.span(), "demands action in the writer's voice")
        )
    judgement = None if VERDICT_WORDS.isdisjoint(words) else _predicate_judgement(voice)
    if judgement:
        start = judgement.start()
        if voice[start] in "’'":
            # "It’s pointless": the cue takes in the word the "’s" hangs on.
            start = voice.rfind(" ", 0, start) + 1
        found.append(
            Evidence(1.0, start, judgement.end(), "is the writer passing a verdict")
        )
    if not judgement and not VERDICT_WORDS.isdisjoint(words):
        for quiet in ATTRIBUTIVE_JUDGEMENT.finditer(voice):
            adjective = quiet.group("adjective").lower()
            # A word the loaded lists or the lexicons weigh already counts.
            if adjective not in NOT_ATTRIBUTIVE and not (
                loaded_weight(adjective) or lexicon_strength(adjective)
            ):
                found.append(
                    Evidence(0.5, *quiet.span("adjective"), QUIET_JUDGEMENT_REASON)
                )
                break
    owed = None if OWED_WORDS.isdisjoint(words) else OWED.search(voice)
    if owed:
        found.append(Evidence(1.0, *owed.span(), "is the writer passing a verdict"))
    comparison = (
        None
        if COMPARISON_WORDS.isdisjoint(words)
        else COMPARATIVE_VERDICT.search(voice)
    )
    if comparison:
        found.append(
            Evidence(1.0, *comparison.span(), "is the writer passing a verdict")
        )
    sweeping = None if SWEEPING_WORDS.isdisjoint(words) else sweeping_claim(voice)
    if sweeping:
        found.append(Evidence(1.0, *sweeping.span(), "claims to speak for everyone"))
    doom = None if DOOM_WORDS.isdisjoint(words) else DOOM.search(voice)
    if doom:
        found.append(Evidence(1.0, *doom.span(), "predicts ruin as if it were certain"))
    rubric = RUBRIC.match(voice)
    if rubric and rubric.group("rubric").lower() != "analysis":
        found.append(
            Evidence(
                1.0, *rubric.span("rubric"), "marks the piece as opinion, not report"
            )
        )
    return found


def _predicate_judgement(voice: str) -> re.Match | None:
    for match in PREDICATE_JUDGEMENT.finditer(voice):
        if match.group("adjective").lower() in NEEDS_TO and not match.group("to"):
            continue
        return match
    for match in PREDICATE_VERDICT.finditer(voice):
        # "is a sham": the loaded word already counts, and the rationale
        # names it as such; the verdict adds only where the noun is plainer.
        if loaded_weight(match.group(0).rsplit(None, 1)[-1]) >= MODERATE:
            continue
        return match
    return JUDGED_DAY.search(voice)


def states_what_is_not_known(voice: str) -> bool:
    """ "No one knows exactly where the boat sank": a plain statement."""
    return NOT_KNOWN.search(voice) is not None


def sweeping_claim(voice: str) -> re.Match | None:
    """ "Every parent knows…", "Nobody believes…": a claim about a whole crowd."""
    if SWEEPING_WORDS.isdisjoint(words_in(voice)):
        return None
    match = SWEEPING.search(voice)
    if match is None or NOT_KNOWN.match(voice, match.start()):
        return None
    return match


def without_false_sources(
    voice: str, attributions: Sequence[Attribution]
) -> list[Attribution]:
    """Drop "sources" that are a sweeping crowd, a rubric or the side a
    comparison argues against: in "Nobody believes the council" nobody is
    cited, the writer speaks for everyone; "Viewpoint: …" names the kind of
    piece, not a speaker; in "stronger than the council admits" the council
    is contradicted, not quoted."""
    comparison = (
        None
        if COMPARISON_WORDS.isdisjoint(words_in(voice))
        else COMPARATIVE_VERDICT.search(voice)
    )
    covers = [match.span() for match in (sweeping_claim(voice), comparison) if match]
    rubric = RUBRIC.match(voice)
    if rubric:
        covers.append(rubric.span())
    if not covers:
        return list(attributions)
    return [
        attribution
        for attribution in attributions
        if not any(
            start <= attribution.source_start and attribution.source_end <= end
            for start, end in covers
        )
    ]
