"""Recognise the page's own labels by their shape: buttons, section rubrics,
explainer subheads, live-page rubrics, mastheads and listings of dates
(contact and press-release boilerplate, minutes and a letter's greeting and
sign-off are page_boilerplate.py's).

chrome.py and page_furniture.py know the exact phrases every site prints
("Share this article", "Most read"); these are the shapes the phrases come
in, so that "Copy link to this post" or "Council in brief" on a page nobody
here has seen is still clutter. Each shape is narrow on purpose: the
guideline labels headlines like sentences, so "Share prices tumble", "Copper
at five-year high" and "What a shambles" must stay claims.
"""

import re
from collections.abc import Callable

from .chrome import CLOCK, DATE, MONTH, WEEKDAY
from .lexicon import base_verbs
from .page_boilerplate import LIVE_STATE, boilerplate_kind, has_finite_verb

WORD = r"[\w'’&.-]+"

# Buttons. Verbs that are only ever a button on a news page...
PLAIN_BUTTON_VERB = (
    r"(?:subscribe|unsubscribe|download|click|tap|refresh|reload|translate|compare|"
    r"skip|bookmark|manage|expand|collapse|enlarge|scroll|swipe|sort|filter)"
)
# ...and verbs that are also nouns ("Share prices tumble", "Report finds"),
# which are a button only before the page's own objects.
HOMOGRAPH_BUTTON_VERB = (
    r"(?:share|show|hide|view|read|watch|listen|follow|like|copy|report|print|save|"
    r"email|load|open|close|see|buy|become|jump|return|go|back|continue|sign (?:up|in)|"
    r"log (?:in|out))"
)
# What a button acts on: the page, its parts and what the site sells.
PAGE_OBJECT = (
    r"(?:article|story|stories|piece|column|post|posts|page|pages|link|links|"
    r"comment|comments|caption|captions|updates?|thread|repl(?:y|ies)|topics?|"
    r"gallery|photos?|pictures?|images?|videos?|clip|transcript|guide|list|results|"
    r"coverage|feed|newsletters?|app|podcast|episode|member|subscriber|supporter|"
    r"account|profile|settings|preferences|notifications|alerts|deals|offers?|"
    r"prices|pack|file|pdf|version|edition|issue|top|bottom|latest|key events|"
    r"blog|site|website|map|table|timeline|menu|button|more|sources?)"
)
PLATFORM = (
    r"(?:x|twitter|facebook|instagram|bluesky|threads|tiktok|linkedin|youtube|"
    r"whatsapp|mastodon|reddit|email|social media|the app|our app)"
)
BUTTON = re.compile(
    rf"^(?:{PLAIN_BUTTON_VERB}\b.{{0,60}}|"
    rf"{HOMOGRAPH_BUTTON_VERB}(?:"
    # "Buy now", "Read next", "Watch live"
    r"(?:\s+(?:now|next|later|here|more|less|live|all|again))?|"
    # "Share to Facebook", "Follow us @handle", "Follow Harriet on X"
    rf"\s+(?:to|on|via|by|with)\s+{PLATFORM}|\s+us\b.{{0,40}}|"
    rf"\s+(?:[A-Z][\w'’-]+\s*){{1,3}}(?:on\s+{PLATFORM})?|"
    # "Report this comment", "Copy link to this post", "Read our full buying guide"
    rf"(?:\s+(?:up|in|out|to|on|via|for|from|back|at))?"
    rf"(?:\s+(?:this|the|our|all|a|an|my|your|its|\d+))?(?:\s+{WORD}){{0,3}}?"
    rf"\s+{PAGE_OBJECT}(?:\s+(?:on|to|via|in|for|from|of|at)\s+.{{1,40}})?"
    r"))$",
    re.IGNORECASE,
)
# "(opens in a new window)", "(ZIP, 14 MB)", "›": what a button carries.
BUTTON_TAIL = re.compile(r"\s*(?:\([^)]{0,40}\)|[›»→>]+)\s*$")
# "Become a member and keep journalism alive" is a pitch, not a button.
AND_VERB = re.compile(r"\b(?:and|to)\s+([a-z]+)")

# Section rubrics: "Our view", "Letters to the editor", "Council in brief".
SECTION_NOUN = (
    r"(?:leader|comment|view|views|verdict|interviews?|features?|agenda|podcasts?|"
    r"headlines|picks|letters|statement|dates|message|notes|summary|menu|timetable|"
    r"contents|news|sport|business|opinion|analysis|reviews|obituaries|weather|"
    r"puzzles|crosswords?|listings|fixtures|highlights|newsletter|bulletin|round-?up|"
    r"digest|briefing|recap|explainer|faqs?|timeline|profile|corrections|"
    r"clarifications|archive|events|diary|noticeboard|notices|welcome|minutes|"
    r"frequently asked questions|your questions answered|q&a)"
)
SECTION_WORDS = re.compile(
    rf"\b(?:{SECTION_NOUN}|most (?:read|popular|viewed|shared))\b", re.IGNORECASE
)
SECTION_TRAILER = (
    r"(?:to (?:the )?(?:editor|editors|readers)|from the \w+|for (?:your|the) diary|"
    r"in brief|at a glance|so far|of the (?:day|week|month|year)(?: so far)?|"
    rf"this week|now|first|today|live|{WORD}\s+\d{{4}}(?:[–-]\d{{2,4}})?|"
    r"\d{4}(?:[–-]\d{2,4})?|\((?:beta|new|pdf)\))"
)
SECTION_RUBRIC = re.compile(
    rf"^(?:(?:{WORD}\s+){{0,2}}?{SECTION_NOUN}(?:\s+{SECTION_TRAILER})?|"
    # "Lunch menu: week 2", "Key dates: spring term"
    rf"(?:{WORD}\s+){{0,2}}?{SECTION_NOUN}\s*:\s*[^.!?:]{{1,40}}|"
    # "Trending now", "Newest first", "Live now", "Most read this week"
    r"(?:trending|live|on air|newest|oldest|latest|most (?:read|popular|viewed|shared))"
    r"(?:\s+(?:now|first|today|this (?:week|month)))|"
    # "Council in brief", "The week in 10 photographs"
    rf"(?:{WORD}\s+){{1,3}}(?:in brief|at a glance|in (?:\d+ )?(?:numbers|pictures|"
    r"photos|photographs|charts|maps|quotes))|"
    # "Filters", "Sort by: newest": the controls above a list.
    r"(?:filters?|sort by)(?:\s*:?\s*\w+)?|"
    # "Business live", "Storm Elva live: latest updates"
    rf"(?:{WORD}\s+){{0,3}}live(?:\s*:\s*[^.!?]{{1,60}})?)$",
    re.IGNORECASE,
)
# The rubrics of a live page or a feature, before what they introduce.
RUBRIC = (
    r"(?:live|key events?|pinned(?: post)?|latest|summary|recap|explainer|explained|"
    r"analysis|background|in pictures|in numbers|in depth|watch live|listen live|"
    r"follow (?:the )?latest|as it happened|timeline|q&a|fact ?check|what we know)"
)
RUBRIC_LINE = re.compile(rf"^{RUBRIC}\s*:\s*(?P<rest>[^.!?]{{1,70}})$", re.IGNORECASE)

# "How the vote works", "Analysis: What the tax change means for renters":
# a clause that announces the section below, with no question mark.
WH_SUBHEAD = re.compile(
    r"^(?:(?P<rubric>[A-Z][\w'’ -]{1,30}):\s*)?"
    r"(?:how|why|what|where|when|who|which)\s+(?!a\b|an\b|dare\b|on earth\b)"
    r"[^.!?:;]{2,70}$",
    re.IGNORECASE,
)
# A subhead that takes a side, or speaks for the writer, is a headline with
# a view: "Why we should all be worried", "Comment: Why the plan deserves…".
SUBHEAD_WITH_VIEW = re.compile(
    r"\b(?:we|our|us|you|your|should|must|ought|deserves?|need to)\b",
    re.IGNORECASE,
)
OPINION_RUBRIC = re.compile(
    r"^(?:comment|opinion|our view|leader|editorial|view|viewpoint)$", re.IGNORECASE
)

# Pieces that a masthead or a listing strings together with "·", "|" or ",".
PIECE_SEPARATOR = re.compile(r"\s+[·|•]\s+|,\s+|\s+[–-]\s+")
SEASON = r"(?:spring|summer|autumn|fall|winter|christmas|easter)(?: term| half-term)?"
DATE_PIECE = re.compile(
    rf"^(?:{DATE}|{WEEKDAY}|{MONTH}(?:\s+\d{{4}})?|{SEASON}(?:\s+\d{{4}})?|"
    rf"\d{{4}}(?:[–-]\d{{2,4}})?|(?:{CLOCK}|\d{{1,2}}(?:[:.]\d{{2}})?\s*[ap]m)"
    rf"(?:\s*(?:to|[–-])\s*(?:{CLOCK}|\d{{1,2}}(?:[:.]\d{{2}})?\s*[ap]m))?"
    rf"(?:\s+[\w-]+)?|{WEEKDAY}\s+(?:to|[–-])\s+{WEEKDAY}|"
    r"(?:issue|no\.?|vol(?:ume)?\.?|week|episode|part)\s*\d+|"
    rf"(?:{MONTH}|{SEASON}|\w+)\s+(?:edition|issue)|"
    r"\d+\s*(?:min(?:ute)?s?|hrs?|hours?)(?:\s+(?:read|ago|listen|watch))?|"
    r"\d+\s*[smhd]\s+ago(?:\s+" + CLOCK + r")?)$",
    re.IGNORECASE,
)
PUBLICATION = re.compile(
    r"^(?:[\w'’&-]+\s+){0,4}(?:news|newsletter|bulletin|gazette|digest|magazine|"
    r"update|edition|courier|post|times|herald|echo)$",
    re.IGNORECASE,
)
LABELLED_DATE = re.compile(r"^(?P<label>[^:.!?]{1,40}):\s*(?P<value>.{1,60})$")


def classify_page_label(text: str) -> str | None:
    """The kind of page label `text` (one stripped line) is, if it is one."""
    if text.endswith((".", "!", "?")) and not text.endswith(("etc.", "…")):
        return _sentence_shaped(text)
    words = text.split()
    if len(words) <= 10 and _is_button(text):
        return "a button of the web page"
    if (
        len(words) <= 7
        and SECTION_RUBRIC.match(text)
        and not has_finite_verb(SECTION_WORDS.sub(" ", text))
    ):
        return "a section heading of the page"
    rubric = RUBRIC_LINE.match(text)
    if rubric and (
        not has_finite_verb(rubric.group("rest"))
        or WH_SUBHEAD.match(rubric.group("rest"))
    ):
        return "a live page's or feature's rubric"
    subhead = WH_SUBHEAD.match(text)
    if (
        subhead
        and len(words) <= 10
        and not SUBHEAD_WITH_VIEW.search(text)
        and not OPINION_RUBRIC.match(subhead.group("rubric") or "")
    ):
        return "a subhead that introduces the section below"
    return _common_shapes(text)


def _common_shapes(text: str) -> str | None:
    kind = boilerplate_kind(text)
    if kind:
        return kind
    labelled = LABELLED_DATE.match(text)
    if labelled and _all_dates(labelled.group("value")):
        return "a date or time"
    return None


def _sentence_shaped(text: str) -> str | None:
    """Furniture that a site prints as a sentence, full stop and all."""
    if LIVE_STATE.match(text):
        return "a live page's notice"
    if dated_caption(text):
        return "a photo caption with its date"
    return _common_shapes(text)


def _is_button(text: str) -> bool:
    core = BUTTON_TAIL.sub("", text)
    if not core or not BUTTON.match(core):
        return False
    # "Join and help", "Sign up to keep…": a second verb makes it a pitch.
    return not any(
        match.group(1) in base_verbs() and match.group(1) not in PAGE_VERB_OBJECTS
        for match in AND_VERB.finditer(core)
    )


# Words after "to" in a button that are not a second verb ("Skip to top").
PAGE_VERB_OBJECTS = frozenset(
    {"top", "content", "comments", "print", "see", "view", "read", "load", "watch"}
)


def _all_dates(value: str) -> bool:
    parts = [part.strip() for part in PIECE_SEPARATOR.split(value) if part.strip()]
    return bool(parts) and all(DATE_PIECE.match(part) for part in parts)


def made_of_pieces(text: str, is_furniture: Callable[[str], bool]) -> str | None:
    """A masthead or listing: "Issue 22 · Summer 2026", "3 hours ago | 4 min
    read", "Full council, Thursday 12 March, 7pm, Council Chamber"; each
    piece is a date, a publication's name or furniture on its own."""
    parts = [part.strip() for part in PIECE_SEPARATOR.split(text) if part.strip()]
    if len(parts) < 2 or text.endswith((".", "!", "?")):
        return None
    dated = sum(1 for part in parts if DATE_PIECE.match(part))
    unknown = [part for part in parts if not _is_known(part, is_furniture)]
    if any(has_finite_verb(part) for part in unknown):
        return None
    # One piece may be who publishes it ("Holt Town Council · Summer 2026").
    if not unknown or (len(unknown) == 1 and dated and NAME_PIECE.match(unknown[0])):
        return "a masthead or a line of dates"
    # A listing: dates and times, plus short names of what and where.
    if dated >= 2 and all(len(part.split()) <= 4 for part in parts):
        return "a listing of a date and place"
    return None


def _is_known(part: str, is_furniture: Callable[[str], bool]) -> bool:
    return bool(DATE_PIECE.match(part) or PUBLICATION.match(part) or is_furniture(part))


NAME_PIECE = re.compile(r"^(?:(?:[A-Z][\w'’&-]*|\d+)\s?){1,4}$")


def dated_caption(text: str) -> bool:
    """ "Volunteers at the beach clean, September 2024.": a photo's subject
    and its date, with no verb (a claim would say what happened)."""
    head, _, tail = text.rstrip(".").rpartition(", ")
    return bool(
        head
        and len(text.split()) <= 15
        and DATE_PIECE.match(tail.strip())
        and not re.search(r"[\d%£$€]", head)
        and not has_finite_verb(head)
        and not any(word.endswith("ed") for word in head.lower().split())
    )
