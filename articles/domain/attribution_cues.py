"""The words and layouts that mark an attribution: reporting and finding
verbs, what before a verb cancels it, and speakers named without a verb."""

import re

from .lexicon import FINDING_VERBS, PARTICIPLES, REPORTING_VERBS, word_set, words

# The lexicon's reporting verbs are mostly in the past tense; news also
# reports in the present ("Pell rejects the deal", headlines: "Minister slams
# operator"), and political copy by verbs of attack ("blasted her rival as").
PRESENT_AND_ATTACK_VERBS = words("""
rejects defends dismisses criticises criticizes blames praises condemns hails
blasts blasted mocks mocked ridicules ridiculed scoffs scoffed sniped snipes
lashed_out_at lashes_out_at took_aim_at takes_aim_at apologises apologizes echoes
echoed voiced voices elaborated clarified clarifies swore swears reassured
informed informs threatened_to threatens_to demands demanded
""")
# "slams the door on" shuts something; "slams the plan" criticises it.
SLAMS = r"slam(?:s|med)(?!\s+(?:the\s+)?doors?\b)"
# Base forms after a plural subject ("Prosecutors allege", "Critics warn"),
# but not after "to" or a modal: "plans to announce" and "will argue" report
# nothing said yet.
BASE_VERB_WORDS = """
warn argue insist claim note suggest predict acknowledge concede contend maintain
allege deny accuse fear worry expect complain agree reject dismiss defend
criticise criticize blame praise welcome confirm announce testify explain reply
respond urge stress emphasise emphasize caution observe declare disclose describe
assert reiterate
"""
BASE_VERBS = words(BASE_VERB_WORDS)
BASE_VERB_SET = word_set(BASE_VERB_WORDS)

# Checked after a base form is found: a lookbehind per modal at every
# position of every sentence would cost more than the match.
TO_OR_MODAL_BEFORE = re.compile(
    r"\b(?:to|will|would|could|can|may|might|must|shall|should|did|do|does)\s+$"
)
# Manner verbs carry a quotation's speaker ('"Not again," Brennan laughs.')
# but on their own only describe someone: "The crowd laughed."
MANNER_OF_SPEAKING = re.compile(
    r"(?<![\w-])(?:laughs|laughed|shrugs|shrugged|sighs|sighed|smiles|smiled|"
    r"grins|grinned|chuckles|chuckled|continues|continued|remembers|remembered|"
    r"jokes|quips|beams|beamed|snaps|snapped|shouts|cries|cried|nods|nodded)\b"
)
# What a manner verb needs beside it: a blanked quotation before its
# speaker, or a colon opening one after it.
QUOTATION_BESIDE = re.compile(r"\s{3,}(?:\S[^,;]{0,60})?$")
COLON_AFTER = re.compile(r"\s*:")

# Verbs are matched in lower case only: "States" in "the United States" is
# not the verb "states". Never after a hyphen: "Trump-branded" is a brand.
REPORTING = re.compile(
    rf"(?<![\w-])(?:{REPORTING_VERBS}|{PRESENT_AND_ATTACK_VERBS}|{SLAMS}|"
    rf"{BASE_VERBS}|According\s+to)\b"
)
# Reporting verbs added here that are also nouns: "the blasts", "a claim".
MORE_NOUN_HOMOGRAPHS = word_set(
    "claim note fear echoes blasts voices demands mentions mocks slams"
)
FINDING = re.compile(rf"(?<![\w-])(?:{FINDING_VERBS})\b")
PARTICIPLE = re.compile(rf"(?<![\w-])(?:{PARTICIPLES})\b")
# "was asked", "is accused", "were told": the subject is spoken about, not
# speaking.
PASSIVE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|get|gets|got|has\s+been|have\s+been)"
    r"(?:\s+\w+ly)?\s*$",
    re.IGNORECASE,
)
# "The council has not said how many...": no source is given.
# "is reported to have said": hedged, the writer does not vouch for it.
NEGATED_BEFORE = re.compile(
    r"\b(?:(?:not|n[’']t|never)(?:\s+(?:\w+ly|just|only|even|yet|ever))?|no\s+longer|"
    r"(?:declined|refused)(?:\s+\w+){0,3}\s+to|"
    r"(?:is|are|was|were)\s+(?:reported|said|understood|believed|thought|alleged|"
    r"rumou?red)\s+to\s+have)\s+$",
    re.IGNORECASE,
)
# "would have us believe", "want you to think": the writer's straw man, not
# a source speaking.
STRAW_MAN = re.compile(
    r"\b(?:would|will|wants?|wanted)\s+(?:have\s+)?(?:us|you|me|readers|people|"
    r"everyone)\s+(?:to\s+)?$",
    re.IGNORECASE,
)
# "larger than the ministry admits": the comparison is the writer's.
THAN_BEFORE = re.compile(r"\bthan\s*$", re.IGNORECASE)
# A determiner or adjective before a verb-noun homograph makes it a noun.
NOUN_CONTEXT = re.compile(
    r"\b(?:a|an|the|his|her|their|its|our|my|your|these|those|such|no|many|some|"
    r"grand|new|empty|broken|false|big|bold|election|campaign|media|press|news|"
    r"earlier|latest|recent|similar|several|other|both|all|most|few|member|"
    r"neighbouring|neighboring|southern|northern|western|eastern|coastal|"
    r"swing|border|\d+|two|three|four|five|six|seven|eight|nine|ten|dozen|"
    # The object of another verb: "are expected to face claims".
    r"(?:to|will|would|could|may|might|must|can|should)\s+\w+)\s+$",
    re.IGNORECASE,
)
# A verb-noun homograph followed by a finite verb is the subject, a noun:
# "states passed laws", "reports suggest".
NOUN_BEFORE_VERB = re.compile(
    r"\s+(?:have|has|had|are|were|was|is|will|would|could|can|may|must|should|"
    r"passed|voted|agreed|signed|joined|adopted|banned|require|allow|approved)\b"
)
# "As they say, ...": a saying, not a source speaking.
IDIOM = re.compile(
    r"\b(?:as\s+(?:they|you|people)\s+say|as\s+the\s+saying\s+goes|"
    r"needless\s+to\s+say|so\s+to\s+speak|that\s+is\s+to\s+say|"
    r"suffice\s+(?:it\s+)?to\s+say)\b",
    re.IGNORECASE,
)
# "recalls 20,000 vans", "adds four tracks": goods counted, not words.
RECALLED_GOODS = re.compile(
    r"\s+(?:(?:more\s+than|nearly|about|almost|over|some|up\s+to|another|"
    r"a\s+further)\s+)?(?:\d[\d,.]*|thousands|hundreds|millions|dozens|two|three|"
    r"four|five|six|seven|eight|nine|ten|twelve|twenty)\b",
    re.IGNORECASE,
)
# Clauses that lead from a subject to the cue: "The mayor went on to warn",
# "The club issued a statement confirming ...". The subject stands before
# the lead-in, never inside it.
LEAD_IN_CUE = re.compile(
    r"\b(?:(?:went|goes|go|going|has\s+gone)\s+on\s+to\s+(?:say|add|warn|argue|"
    r"claim|insist|tell|describe|accuse|call|praise|criticise|criticize|note|"
    r"suggest|predict|deny|explain|stress|urge|question|dismiss|reject|blame|"
    r"admit|concede|acknowledge|promise|pledge|vow|declare|announce)|"
    r"(?:issued|released|put\s+out|sent\s+out|posted|published)\s+(?:a|an|its|"
    r"their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:statement|letter|notice|memo|note|"
    r"release|update|message)\s*,?\s*(?:saying|confirming|denying|calling|"
    r"announcing|explaining|insisting|warning|urging|stating|describing|"
    r"expressing|condemning|welcoming|rejecting|blaming|that|which\s+said|"
    r"in\s+which))\b"
)
# "Most voters polled by Brightline Research", "figures compiled by the
# Office for Rail Statistics": the body after "by" made the numbers.
COMPILED_BY = re.compile(
    r"(?<![\w-])(?:polled|surveyed|compiled|collected|gathered|commissioned|"
    r"tallied|analysed|analyzed|interviewed\s+for\s+a\s+(?:poll|survey)|"
    r"questioned\s+for\s+a\s+(?:poll|survey))\s+by\b"
)
# "was announced by the ministry", "were confirmed by police": a passive
# whose agent is the source.
PASSIVE_AGENT = re.compile(r"\s+by\b")
# "X was charged, but has denied the claims": X is the one denying.
CLAUSE_JOIN = re.compile(
    r"(?:,\s*|\s)(?:and|but)(?:\s+(?:has|have|had|also|since|always|"
    r"repeatedly|strongly|later|then|now|still|has\s+since|has\s+always))*\s*$"
)
# "As the coach put it, ...": the subject between "as" and "put it".
PUT_IT = re.compile(r"(?<=\b[Aa]s\s)(?:[^,;:“”\"]{1,60}?)\s+(?P<cue>puts?\s+it)\b")
# "In Okafor's words", "in the view of the auditor": who holds the words.
WORDS_OF = re.compile(
    r"\b[Ii]n\s+(?:(?P<owner>(?:the\s+)?(?:[\w.-]+\s+){0,3}?[\w.-]+)[’']s?\s+"
    r"(?P<cue>words|view|opinion|account|telling|estimation|judgment|judgement)|"
    r"(?P<cue_of>the\s+(?:words|view|opinion|estimation)\s+of)\s+"
    r"(?P<agent>(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,4}[\w.’'-]+))"
)
# "Okafor's claim that rents will fall", "Pell's argument is that ...": the
# content belongs to its owner.
CLAIM_OF = re.compile(
    r"(?P<owner>(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*)[’']s?\s+(?P<cue>(?:repeated\s+"
    r"|latest\s+|earlier\s+)?(?:claim|assertion|argument|contention|insistence|"
    r"belief|promise|pledge|warning|prediction|suggestion|allegation|admission|"
    r"assurance|view|position)s?\s+(?:(?:is|was|has\s+been|remains)\s+)?that)\b"
)
# "The court heard that ...", "the inquiry was told": the hearing reports
# what was said before it.
HEARING_TOLD = re.compile(
    r"\b(?:[Cc]ourt|[Ii]nquiry|[Ii]nquest|[Tt]ribunal|[Hh]earing|[Jj]ury|[Cc]ommittee|"
    r"[Pp]anel)(?:[’']s)?\s+(?P<cue>heard|was\s+told)\b"
)
# "Her letter quotes the planning inspector as saying ...": the one quoted
# is the source.
QUOTED_AS = re.compile(
    r"(?<![\w-])(?:quoted|quotes|quoting|cited|cites|citing)\s+"
    r"(?P<source>[^;:“”\"]{2,80}?),?\s+(?P<cue>as\s+(?:saying|stating|telling|"
    r"having\s+said|calling|describing))\b"
)
# "Mr Dell is confident that ...": a stance the subject holds.
STANCE = re.compile(
    r"(?<![\w-])(?:is|are|was|were|remains|remained)\s+(?:confident|convinced|"
    r"adamant|certain|sure|sceptical|skeptical|optimistic|hopeful|doubtful)\s+"
    r"(?=that\b)"
)
# Opinion verbs attribute only when a third party holds the opinion.
OPINION_VERBS = {
    "believe",
    "believes",
    "thinks",
    "fears",
    "feared",
    "fear",
    "worry",
    "expect",
}

# Verbs whose speaker may follow them ("...,” said Dan Keller). Not "told"
# or "urged": what follows those is the listener.
INVERTIBLE = {
    "said",
    "says",
    "added",
    "adds",
    "noted",
    "explained",
    "continued",
    "wrote",
    "writes",
    "recalled",
    "replied",
    "responded",
    "insisted",
    "argued",
    "admitted",
    "conceded",
    "remarked",
    "asked",
    "asks",
    "warned",
    "cautioned",
    "declared",
    "quipped",
    "joked",
    "countered",
    "retorted",
    "stated",
    "observed",
    "commented",
    # The present tense of features and profiles: "admits comedian Terry Moyo".
    "admits",
    "insists",
    "argues",
    "notes",
    "explains",
    "recalls",
    "replies",
    "warns",
    "concedes",
    "demanded",
    "demands",
    "shouted",
    "exclaimed",
    "whispered",
    "muttered",
}
# Manner verbs, only beside a quotation: '"Not again," laughs Ola Brink.'
MANNER_INVERTIBLE = {
    "laughs",
    "laughed",
    "shrugs",
    "shrugged",
    "sighs",
    "sighed",
    "smiles",
    "smiled",
    "grins",
    "grinned",
    "chuckles",
    "chuckled",
    "continues",
    "continued",
    "remembers",
    "remembered",
    "jokes",
    "quips",
    "beams",
    "beamed",
    "snaps",
    "snapped",
    "shouts",
    "cries",
    "cried",
    "nods",
    "nodded",
}

# "Dean Carver: I was treated like dirt", "The verdict from Ruth Abiodun: “...”".
# Not page rubrics: "Breaking: Ferry sinks" has no speaker.
COLON_SPEAKER = re.compile(
    r"^\W*(?!(?:Update|Updated|Breaking|Analysis|Opinion|Exclusive|Live|Latest|"
    r"Watch|Explainer|Comment|Editorial|Review|Revealed|Pictured|Read|Related|"
    r"Video|Photos?|Update\s+\d+|Correction|Clarification|Note|Editor's\s+note|"
    r"Earlier|Later|Previously|Meanwhile|Elsewhere|Also|Background|Context|Recap|"
    r"Timeline|Summary|Key\s+points?|Reminder|Today|Yesterday|Tonight|Now|"
    r"This\s+morning|Coming\s+up|Up\s+next|Developing|What\s+we\s+know|"
    r"Catch\s+up|Recap|In\s+brief|Briefly|Overnight|(?i:columnist|archive|rating|"
    r"price|runtime|gallery|address|platform|pictured|listen|graphic|weather|"
    r"present|apologies|ht|ft|score|venue|tickets|cast|starring|genre|length|"
    r"source|credit|photograph|illustration|image|map|chart|audio|podcast|topics|"
    r"tags|location|date|time|cost|admission|statement|contact|email|phone|website|"
    r"publisher|author|format|pages|label|developer|director|running\s+time))\s*:)"
    r"(?:The\s+\w+\s+from\s+)?(?P<source>(?:[A-Z][\w’'.-]*\s+){0,5}[A-Z][\w’'.-]*)"
    r"(?P<cue>(?:[’']s\s+(?:response|reply|verdict|message|answer|take|view|"
    r"statement|warning|promise|advice))?:)\s"
)
# Headlines name a titled speaker before a colon: "Health minister Verhees:
# rollout to begin", "Central bank governor: no rise before spring". The
# speaker must end in a name or a role, so "Travel advice:" is no speaker.
COLON_TITLED_SPEAKER = re.compile(
    r"^\W*(?P<source>[A-Z][\w’'.-]*(?:\s+[\w’'.-]+){0,4}\s+[a-z][\w’'.-]*"
    r"(?:\s+[\w’'.-]+){0,3}?)(?P<cue>:)\s"
)
# The titles a headline puts before a colon: "Rovers boss Larsen:" is read by
# its name, "Central bank governor:" by this; an "office:" line is contact
# details.
COLON_TITLES = word_set(
    """
minister governor chief boss leader spokesman spokeswoman spokesperson mayor
president chair chairman chairwoman director head manager coach secretary
commissioner premier chancellor judge coroner officer captain
"""
)
# Named research teams and documents with a named maker: "Halvorsen et al.
# analysed", "researchers at the University of Tarnby took 312 cores",
# "polling by Civica Research put", "published in the Journal of X".
RESEARCH_TEAM = re.compile(
    r"(?P<source>\b[A-Z][\w’'-]+(?P<cue>\s+et\s+al\.)|"
    r"\b(?:[Rr]esearchers|[Ss]cientists|[Ee]cologists|[Ee]conomists|[Ee]ngineers|"
    r"[Dd]octors|[Aa]\s+team|[Tt]he\s+team|[Pp]olling|[Aa]\s+poll|[Aa]\s+survey|"
    r"[Ff]igures|[Dd]ata|[Rr]esearch|[Aa]\s+study|[Aa]\s+report|[Aa]nalysis|"
    r"[Ff]indings|[Tt]he\s+findings|[Tt]he\s+study|[Tt]he\s+paper|"
    r"[Aa]\s+(?:clinical\s+)?trial|[Tt]he\s+trial)"
    r"(?:,)?\s+(?P<cue_by>at|from|of|led\s+by|by|for|published\s+(?:\w+\s+){0,3}in)\s+"
    r"(?:the\s+)?[A-Z][\w’'.-]+(?:\s+(?:of\s+|the\s+|and\s+)?[A-Z][\w’'.-]+){0,5})"
)
# A determiner or possessive right before a verb form makes it an
# adjective: "the proposed bypass", "Dell's repeated promise".
DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:a|an|the|this|these|those|its|their|his|her|our|my|your)|\w[’']s)\s+$",
    re.IGNORECASE,
)
