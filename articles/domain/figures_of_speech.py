"""Idioms and metaphors that judge as a whole, though no single word does:
"asleep at the wheel", "has taken a hatchet to the grant", "robbed blind".

Each is written with its inflections and the slots it takes ("left 200
families high and dry"), so one regex pass finds them all. They describe
kinds of wording common in English comment; they are not taken from any
article.
"""

import re
from collections.abc import Iterable

from .lexicon import word_set

# Idioms and metaphors: loaded as a whole, though no single word is.
FIGURES_OF_SPEECH = re.compile(
    r"\b(?:gravy\s+train|jobs\s+for\s+the\s+boys|old\s+boys[’']?\s+(?:club|network)|"
    r"nanny\s+state|ivory\s+towers?|snake\s+oil|smoke\s+and\s+mirrors|pie\s+in\s+the\s+sky|"
    r"daylight\s+robbery|slap\s+in\s+the\s+face|kick\s+in\s+the\s+teeth|"
    r"stab(?:bed)?\s+in\s+the\s+back|white\s+elephants?|vanity\s+projects?|"
    r"pet\s+projects?|(?:cash|land|power)\s+grabs?|race\s+to\s+the\s+bottom|"
    r"train\s+wreck|car\s+crash|dumpster\s+fire|clown\s+show|circus\s+act|"
    r"house\s+of\s+cards|window\s+dressing|fig\s+leaf|sticking[-\s]plaster|"
    r"lip\s+service|drop\s+in\s+the\s+ocean|banana\s+republic|"
    r"kick(?:s|ed|ing)?\s+(?:\w+\s+){0,3}into\s+the\s+long\s+grass|"
    r"kick(?:s|ed|ing)?\s+the\s+can\s+down\s+the\s+road|"
    r"(?:head|heads)\s+in\s+the\s+sand|fiddl(?:e|es|ed|ing)\s+while\s+\w+\s+burns|"
    r"rearrang(?:e|es|ed|ing)\s+the\s+deck\s*chairs|"
    r"(?:thrown?|throws|throwing)\s+(?:\w+\s+){0,3}under\s+the\s+bus|"
    r"sold\s+(?:\w+\s+)?down\s+the\s+river|hung\s+(?:\w+\s+){0,2}out\s+to\s+dry|"
    r"left\s+to\s+rot|turn(?:s|ed|ing)?\s+a\s+blind\s+eye|bled\s+dry|bleed(?:s|ing)?\s+"
    r"(?:\w+\s+)?dry|cash\s+cow|money\s+pit|took\s+an\s+axe\s+to|tak(?:e|es|ing)\s+an\s+axe\s+to|"
    r"rammed\s+through|rubber[-\s]stamp(?:s|ed|ing)?|war\s+on|attack\s+on|lashed\s+out|"
    # Taking a blade to something: "has taken a hatchet to the grant".
    r"(?:take|takes|taken|taking|took)\s+(?:a|an|the)\s+(?:axe|ax|hatchet|chainsaw|"
    r"meat\s+cleaver|sledgehammer|wrecking\s+ball|scalpel|knife|blowtorch)\s+to|"
    # Judgements said in a picture: asleep, blind, robbed, taken for a ride.
    r"asleep\s+at\s+the\s+(?:wheel|switch)|robbed\s+blind|taken\s+for\s+a\s+ride|"
    r"(?:hold|holds|held|holding)\s+(?:\w+\s+){1,4}?to\s+ransom|"
    r"blood\s+on\s+(?:its|their|his|her|our|your)\s+hands|dead\s+man\s+walking|"
    r"going\s+to\s+the\s+dogs|gone\s+to\s+the\s+dogs|writing\s+is\s+on\s+the\s+wall|"
    r"(?:left|leave|leaves|leaving)\s+(?:\w+\s+){0,3}?high\s+and\s+dry|"
    r"bought\s+and\s+paid\s+for|dog[’']s\s+(?:breakfast|dinner)|word\s+salad|"
    r"off\s+a\s+cliff|no\s+clothes|(?:some|a\s+lot\s+of)\s+nerve|the\s+cheek\s+to|"
    r"to\s+the\s+bone|pipe\s+dream|closed\s+shop|crash\s+and\s+burn|"
    r"lift(?:s|ed|ing)?\s+a\s+finger|beggars\s+belief|with\s+a\s+straight\s+face|"
    r"mark\s+my\s+words|pocket\s+change|chicken\s+feed|peanuts\s+for|"
    r"drunken\s+sailor|yes-men|killjoys?|cowboy\s+(?:firm|builders?|operators?|"
    r"landlords?|outfit)|cowboys\b(?=[^.]*\b(?:fine|fined|charge|rip|"
    r"bosses|firms?)\b)|into\s+the\s+ground|blot\s+on\s+the\s+landscape|"
    r"accident\s+waiting\s+to\s+happen|(?:rip|rips|ripped|ripping|tear|tears|tore|"
    r"tearing)\s+the\s+heart\s+out\s+of|heart\s+and\s+soul|lost\s+its\s+soul|"
    r"losing\s+(?:their|his|her|our|your)\s+shirts?|milk(?:s|ed|ing)?\s+the\s+system|"
    r"jumped\s+before\s+(?:he|she|they)\s+(?:was|were)\s+pushed|"
    r"(?:swan|swans|swanned|swanning)\s+(?:off|around|about)|"
    r"(?:fritter|fritters|frittered|frittering)\s+away|(?:slink|slinks|slunk|slinking)\s+"
    r"(?:off|away)|(?:cave|caves|caved|caving)\s+(?:in\s+)?to|(?:drone|drones|droned|"
    r"droning)\s+on|(?:jack|jacks|jacked|jacking)\s+up|"
    r"(?:blew|blown|blows|blowing)\s+(?:[£$€][\d.,]+|millions|billions|a\s+fortune)|"
    r"head(?:s|ing)?\s+for\s+the\s+(?:rocks|scrapheap|exit)|the\s+lowest\s+of\s+the\s+low|"
    r"on\s+(?:its|their)\s+last\s+legs|(?:tin|cloth)\s+ear|in\s+search\s+of\s+a\s+problem|"
    r"(?:stick|sticks|stuck|sticking)\s+(?:\w+\s+)?head\s+in\s+the\s+sand|"
    r"(?:bury|buries|buried|burying)\s+(?:bad\s+news|the\s+(?:report|review|findings))|"
    r"(?:crown|crowns|crowned|crowning)\s+(?:himself|herself|themselves|itself)|"
    r"(?:working|work|works|worked)\s+(?:\w+\s+){0,2}into\s+the\s+ground|"
    r"(?:waved|wave|waves|waving)\s+(?:\w+\s+){0,3}through|"
    r"(?:sneer|sneers|sneered|sneering)\s+at|nanny\s+knows\s+best|"
    r"(?:cooking|cooked)\s+the\s+books|(?:heads|head)\s+(?:must|should|will)\s+roll|"
    r"(?:spend|spends|spending|spent)\s+like\s+(?:a\s+)?\w+|"
    r"(?:scuttle|scuttled|scuttling|scuttles)\s+(?:off|away)|"
    r"moral\s+(?:stain|bankruptcy|vacuum)|class\s+war|"
    r"(?:bleed|bleeds|bleeding|bled)\s+(?:\w+\s+){0,3}?dry|"
    r"grasp(?:s|ed|ing)?\s+at\s+straws|paper(?:s|ed|ing)?\s+over\s+the\s+cracks|"
    r"mov(?:e|es|ed|ing)\s+the\s+goalposts|shoot(?:s|ing)?\s+(?:itself|themselves|"
    r"himself|herself)\s+in\s+the\s+foot|shot\s+(?:itself|themselves|himself|herself)"
    r"\s+in\s+the\s+foot|slap\s+on\s+the\s+wrist|good\s+money\s+after\s+bad|"
    r"lin(?:e|es|ed|ing)\s+(?:their|his|her|its)\s+(?:own\s+)?pockets|"
    r"feather(?:s|ed|ing)?\s+(?:their|his|her|its)\s+(?:own\s+)?nests?|"
    r"pull(?:s|ed|ing)?\s+the\s+wool\s+over|swept\s+under\s+the\s+(?:carpet|rug)|"
    r"sweep(?:s|ing)?\s+(?:\w+\s+){0,3}under\s+the\s+(?:carpet|rug)|"
    r"pass(?:es|ed|ing)?\s+the\s+buck|drag(?:s|ged|ging)?\s+(?:its|their|his|her)\s+"
    r"feet|lame\s+duck|poisoned\s+chalice|licen[cs]e\s+to\s+print\s+money|"
    r"wring(?:s|ing)?\s+(?:its|their|his|her)\s+hands|fiddl(?:e|es|ed|ing)\s+the\s+"
    r"(?:figures|books|numbers)|mickey\s+mouse|omnishambles|recipe\s+for\s+disaster|"
    r"adding\s+insult\s+to\s+injury|the\s+last\s+straw|ticking\s+time[-\s]bomb|"
    r"hit\s+out|feeding\s+frenzy|quite\s+simply|"
    r"(?:(?:a|an|the|this|that|his|her|their)\s+lying\s+|(?:is|are|was|were|stop|stops|keep|keeps|keeping|"
    r"kept|been)\s+lying\b)(?!\s*(?:in|on|down|low|about|around|at|under|next|near|"
    r"there|here|face|flat|awake|still|injured|dead)\b)\w*|sick\s+and\s+tired|"
    r"hand\s+on\s+heart|bad\s+apples?|rabbit\s+hutch(?:es)?|sinking\s+ship|"
    r"laid\s+bare|lays?\s+bare|monument\s+to\s+(?:official\s+)?(?:neglect|folly|vanity|"
    r"incompetence|greed|failure)|drowning\s+in\s+(?:chaos|debt|red\s+tape|paperwork)|"
    r"tired\s+excuses|waste\s+of\s+(?:money|time|space|[£$€][\d.,]+(?:\s*(?:m|bn|million|billion)\b)?)|"
    r"(?:the|a|too|so|this|their|anti-)\s*woke\b|"
    r"woke\s+(?:agenda|mob|brigade|nonsense|ideology|warriors?|left|elites?|activists?|"
    r"culture|crowd))\b",
    re.IGNORECASE,
)
# Similes in the writer's voice that belittle the people or thing compared:
# "queued like cattle", "treated like dirt", "running around like headless
# chickens". The picture is the judgement, so it counts as a figure.
SNEERING_SIMILES = re.compile(
    r"\blike\s+(?:so\s+many\s+)?(?:cattle|sheep|vermin|dirt|rubbish|criminals|lemmings|"
    r"naughty\s+(?:children|schoolchildren|schoolboys)|second-class\s+citizens|"
    r"(?:a\s+)?headless\s+chickens?|a\s+bull\s+in\s+a\s+china\s+shop|an\s+afterthought|"
    r"a\s+doormat|a\s+cash\s+(?:cow|machine)|a\s+piggy\s+bank|a\s+banana\s+republic|"
    r"a\s+third[-\s]world\s+country|animals)\b",
    re.IGNORECASE,
)
# Pictures that heighten rather than belittle ("like a starving animal",
# "like a war zone", "hot enough to fry an egg"): quiet evidence that
# needs another sign, since a reporter may use them to describe a scene.
QUIET_SIMILES = re.compile(
    r"\blike\s+(?:a|an|some)\s+(?:\w+\s+)?(?:animal|beast|wolf|vulture|hyena|zombie|"
    r"war\s*zone|ghost\s+town|circus|zoo|madhouse|asylum|prison\s+camp|slaughterhouse|"
    r"sauna|furnace|oven|fridge|morgue|graveyard|funeral|lottery|rabbit\s+warren)\b|"
    r"\blike\s+(?:wolves|vultures|hyenas|zombies|sardines|rats)\b|"
    r"\b\w+\s+enough\s+to\s+(?:fry\s+an\s+egg|wake\s+the\s+dead|strip\s+paint|"
    r"curdle\s+(?:the\s+)?milk|make\s+(?:a|an|the|you|your)\s+(?:\w+\s+)?"
    r"(?:weep|cry|blush|wince|sick|ears\s+bleed))\b",
    re.IGNORECASE,
)


def may_hold_a_simile(lowered: str) -> bool:
    """Every simile holds "like" or "enough to": most sentences hold neither."""
    return "like " in lowered or "enough to" in lowered


# "war on" and "attack on" name real wars and attacks too: company needed.
MILD_FIGURES = re.compile(r"^(?:war|attack)\s+on$", re.IGNORECASE)


# Figures whose literal sense is news: "Firefighters took an axe to the
# door", "The driver fell asleep at the wheel", "Pirates held the crew to
# ransom", "The tide left the boat high and dry". A word of the literal
# scene anywhere in the sentence means the literal sense.
LITERAL_SCENES = (
    (
        re.compile(r"\b(?:axe|ax|hatchet|chainsaw|cleaver|sledgehammer|knife)\b", re.I),
        re.compile(
            r"\b(?:doors?|trees?|walls?|windows?|locks?|branch\w*|hedges?|roots?|logs?|"
            r"firefighters?|rescuers?|wood|timber|fence|ice)\b",
            re.I,
        ),
    ),
    (
        re.compile(r"\basleep\s+at\b", re.I),
        re.compile(
            r"\b(?:fell|falls|falling|drivers?|crash\w*|lorry|car|swerv\w*)\b", re.I
        ),
    ),
    (
        re.compile(r"\bransom\b", re.I),
        re.compile(
            r"\b(?:kidnap\w*|hostages?|captors?|pirates?|hackers?|ransomware|abduct\w*|"
            r"gang|crew)\b",
            re.I,
        ),
    ),
    (
        re.compile(r"\bhigh\s+and\s+dry\b", re.I),
        re.compile(
            r"\b(?:tide|boats?|ships?|yachts?|vessels?|sandbank|beach\w*|whales?|ferry)\b",
            re.I,
        ),
    ),
    (
        re.compile(r"\bwav\w+\b.*\bthrough\b", re.I),
        re.compile(
            r"\b(?:gates?|checkpoints?|border|barriers?|marshals?|police|runners|traffic|"
            r"cars|lorries|guards?)\b",
            re.I,
        ),
    ),
    (
        re.compile(r"\bgoalposts\b", re.I),
        re.compile(r"\b(?:pitch|groundsm[ae]n|crew|lorry|van)\b", re.I),
    ),
)


def is_literal_scene(figure: str, voice: str) -> bool:
    """Whether the figure's words describe the scene they picture."""
    return any(
        pattern.search(figure) and scene.search(voice)
        for pattern, scene in LITERAL_SCENES
    )


# Every figure holds at least one content word, so a sentence none of whose
# words begins like one of those can hold no figure and the long pattern is
# not run on it (most sentences). Words are compared by their first four
# letters ("kick" finds "kicked", "fiddl" finds "fiddling"), three-letter
# words whole; the function words below are too common to sift anything.
GATE_SKIPS = word_set(
    "the and for with into over from like some this that these those their his her "
    "its our your they been were are was is has have had keep kept stop stops "
    "keeping keeps own off out down about around under next near there here face "
    "flat still dead low "
    # Common words that every figure holding them holds with a rarer one:
    # "heads must roll", "the last straw", "a ticking time bomb".
    "will must should report review findings last time official million millions "
    "billion billions after high head heads take takes taken took taking mark back "
    "state bank club show bill road can before work working shop charge fine fined "
    "rip bosses firms good money"
)


def _gate_prefixes() -> tuple[frozenset[str], frozenset[str]]:
    literal = re.sub(r"\\[a-zA-Z]", " ", FIGURES_OF_SPEECH.pattern.lower())
    tokens = {
        token for token in re.findall(r"[a-z]{3,}", literal) if token not in GATE_SKIPS
    }
    return (
        frozenset(token for token in tokens if len(token) == 3),
        frozenset(token[:4] for token in tokens if len(token) > 3),
    )


THREE_LETTER_KEYS, FOUR_LETTER_KEYS = _gate_prefixes()


def may_hold_a_figure(words: Iterable[str]) -> bool:
    """Whether any of the sentence's lower-case words could begin a figure."""
    return any(
        word[:4] in FOUR_LETTER_KEYS or word[:3] in THREE_LETTER_KEYS for word in words
    )
