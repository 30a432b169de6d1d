"""Recognise page clutter that chrome.py's line patterns miss: desk bylines,
live-blog markers, legal text, the site's labels, and clutter that only its
neighbours give away (a caption above its photo credit, the headlines listed
under "More on this story").

`classify_page` judges every line of a text once; the labeler looks the
result up for each sentence.
"""

import re

from .chrome import CLOCK, DATE, MONTH, NAME, TIMESTAMP, ChromeMatch, classify_line
from .chrome import could_be_names as _could_be_names
from .legal_text import is_legal_text
from .lexicon import verb_forms
from .page_labels import classify_page_label, made_of_pieces

# Who a desk byline names instead of a person.
DESK = (
    r"(?:desk|staff|team|reporters?|correspondents?|editors?|writers?|newsroom|"
    r"agenc(?:y|ies)|wires?|press|bureau|staff (?:reporter|writer)s?)"
)
# "press" and "staff" are verbs too; in a desk byline they are the desk.
DESK_WORD = re.compile(DESK)
BYLINE_LEAD = (
    r"(?:by|from|written by|edited by|reviewed by|review by|translated by|"
    r"compiled by|reporting by|with reporting (?:by|from)|additional reporting by)"
)
BYLINE_LEAD_START = re.compile(rf"^[—–-]?\s*{BYLINE_LEAD}\s", re.IGNORECASE)
# "By the Metro Desk", "By Our Political Staff", "From our correspondent in
# Lisbon", "Staff reporter", "— With reporting by agencies".
# Without "By", only "the/our ... desk" or a bare "Staff reporter".
DESK_BYLINE = re.compile(
    rf"^[—–-]?\s*(?:(?:{BYLINE_LEAD}\s+(?:(?:the|our|an?)\s+)?|(?:the|our)\s+)"
    rf"(?:[\w'’.&-]+\s+){{0,3}}?{DESK}|(?:[\w-]+\s+)?(?:staff|special|chief|senior)\s+"
    r"(?:reporter|writer|correspondent|editor)s?)"
    r"(?:\s+(?:in|at)\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?\.?$",
    re.IGNORECASE,
)
# "Edited by Grace Holm", "Words by A. Name. Photography by B. Name".
CREDITED_BY = (
    r"(?i:edited|reviewed|review|translated|compiled|produced|photography|"
    r"photographs?|photos?|pictures?|illustrations?|graphics?|interviews?|words)"
)
# Case matters after "by": the name must be capitalised ("Photos by the
# dozen were posted" is a sentence).
NAME_CREDIT = re.compile(
    rf"^{CREDITED_BY}\s+by\s+(?:{NAME}|the author)"
    rf"(?:[.,;]?\s+{CREDITED_BY}\s+by\s+(?:{NAME}|the author))*\.?$"
)
# "Columnist: Harriet Vale", "Reviews editor: Colm Devlin".
ROLE_BYLINE = re.compile(
    r"^(?:[A-Za-z]+\s+){0,2}(?i:editor|correspondent|reporter|columnist|writer|"
    rf"photographer|critic|presenter|producer|author)s?\s*:\s*{NAME}$"
)
# "00:14 Priya Lund": a live post's time, then its author.
TIME_WITH_NAME = re.compile(rf"^(?:{CLOCK})\s*[•·|,-]?\s*(?P<names>{NAME})$")
LIVE_MARKER = re.compile(
    r"^(?:key events?|pinned(?: post)?|new post|\d+ new posts?|as it happened|"
    r"auto-?refresh(?: on| off)?|latest|recap|live coverage|live blog|"
    r"(?:updated|posted) (?:just now|\d+ (?:seconds?|minutes?|mins?|hours?|hrs?) ago))"
    r"[.:]?$",
    re.IGNORECASE,
)
# "LONDON, Jan 9 (Reuters) -", "OSWICK (Westshire News Agency) –".
AGENCY_DATELINE = re.compile(
    rf"^[A-Z][A-Z .'-]{{2,30}},?\s*(?:{DATE}|\d{{1,2}}\s+{MONTH}|{MONTH}\s+\d{{1,2}})?"
    r"\s*(?:\([^)]{2,40}\))?\s*[-–—]+\s*$"
)
# The labels and buttons that sit around an article on any site.
SITE_LABEL = re.compile(
    r"^(?:"
    r"(?:previous|next)(?: (?:article|post|story|page|image|slide|update|entry))?"
    r"\s*[→›»>]?|"
    r"[←‹«<]\s*(?:previous|older|newer)(?: posts?| articles?| stories)?|"
    r"(?:older|newer) (?:posts|articles|stories)|reply|like|tweet this|"
    r"read more (?:opinion|reviews|stories|news|sport|features|from [\w ]{1,30})|"
    r"share (?:via|on|by) \w+|print this (?:page|article|story)|"
    r"continue reading\s*[→›»]?|jump to (?:comments|content)|loading comments…?|"
    r"loading(?:\.\.\.|…)?|comments are (?:closed|open)|"
    r"this (?:post|article|story) has \d+ comments?|"
    r"story continues (?:below|after)(?: (?:the )?advert(?:isement)?)?|"
    r"advertisement feature|(?:advertisement\s*[·•-]\s*)?scroll to continue|"
    r"recommended for you|you (?:might|may) also like|forgot your password\??|"
    r"email address|password|submit|report an error|corrections and clarifications|"
    r"newsletters?|newsletter (?:settings|preferences)|unsubscribe|view in browser|"
    r"save for later|contact us|about us|about this (?:blog|site)|accessibility|"
    r"supported by|image \d+ of \d+|video duration \d{1,2}:\d{2}|"
    r"reading time:?\s*\d+\s*min(?:ute)?s?|"
    r"this (?:article|story|page) is more than \d+ (?:years?|months?) old|"
    r"(?:in|paid|sponsored) partnership(?: with .{1,40})?|"
    r"produced in (?:association|partnership) with .{1,60}|"
    r"file (?:photo|picture|image)|image courtesy of .{1,60}|"
    r"(?:pictured|gallery|listen|watch)\s*:\s*.{1,100}|"
    r"(?:continued on )?page \d+|"
    r"(?:like|reply|share)(?:\s*[·•|]\s*(?:like|reply|share|report|\d+\s*[hmd]))+"
    r")[.!]?$",
    re.IGNORECASE,
)
# "Tags: budget, schools", "Filed under: Politics", "Source: County Council".
LABELLED_LIST = re.compile(
    r"^(?:tags|tagged|topics|filed under|categories|category|related topics|"
    r"archive|keywords|more about|source|graphic|chart|map|data)\s*:\s*"
    r"(?:[^.!?]{1,60}|[^.!?]{1,120}(?:,[^.!?]{1,40}){2,})$",
    re.IGNORECASE,
)

# A review's or a fixture's fact box: "Runtime: 104 minutes", "Price: £349".
FACT_BOX = re.compile(
    r"^(?:(?:star |our )?rating|price|prices|runtime|running time|address|"
    r"opening hours|platforms?|certificate|genre|publisher|developer|director|cast|"
    r"venue|tickets|available (?:from|on)|length|pages|weather|kick-off|"
    r"last (?:modified|updated|reviewed))\s*:\s*[^.!?]{1,80}$",
    re.IGNORECASE,
)
EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
# "Contact the newsroom: news@…", "Follow Ana on X": how to reach the site.
CONTACT = re.compile(
    r"^(?:"
    rf"[^.!?]{{0,40}}:\s*{EMAIL}|"
    r"contact (?:the|our) (?:editor|newsroom|desk|team)s?|"
    r"follow (?:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?|us) on (?:x|twitter|facebook|"
    r"instagram|bluesky|threads|tiktok|linkedin|youtube|mastodon)|"
    r"[^.!]{0,60}\b(?:send|email|e-mail|write|contact|tips?)\b[^.!?]{0,40}"
    rf"{EMAIL}"
    r")\.?$",
    re.IGNORECASE,
)

# "Sport | Football", "Register | Log in": a short trail of section names
# (chrome.py's NAVIGATION needs three).
SECTION = r"[A-Z][\w&'’-]*(?: [\w&'’-]+){0,2}"
SHORT_TRAIL = re.compile(rf"^{SECTION}(?:\s[|›»]\s{SECTION})+$")

AUTHOR_NOTE = re.compile(
    # An author's note gives a job, not a judgement ("The author is a gifted
    # storyteller" is a review's claim).
    r"^the (?:author|writer) (?:is|was) (?:a |an |the )?(?:former |retired |senior |"
    r"visiting )?(?:[\w-]+ ){0,2}(?:professor|lecturer|researcher|fellow|director|"
    r"diplomat|teacher|economist|lawyer|doctor|nurse|consultant|chair|member|editor|"
    r"councillor|minister|campaigner|historian|scientist|engineer|journalist|"
    r"novelist|student)\b[^.!?]{0,80}\.?$",
    re.IGNORECASE,
)

LINE_CHECKS = (
    (DESK_BYLINE, "a byline naming a desk rather than a writer"),
    (NAME_CREDIT, "a credit line"),
    (ROLE_BYLINE, "a byline"),
    (LIVE_MARKER, "a live blog's marker"),
    (AGENCY_DATELINE, "a dateline"),
    (SITE_LABEL, "a button or label of the web page"),
    (LABELLED_LIST, "a list of the page's topics or a credit"),
    (FACT_BOX, "a line of the page's fact box"),
    (CONTACT, "the site's contact or follow line"),
    (AUTHOR_NOTE, "a note about the author"),
    (SHORT_TRAIL, "the site's navigation"),
)

# Said words make a line a report, however it starts ("Staff said the…").
REPORTED = re.compile(r"\b(?:said|says|told|according\s+to|reported|announced)\b")


def classify_furniture_line(line: str) -> ChromeMatch | None:
    """What kind of clutter `line` is on its own, or None for article text."""
    text = line.strip()
    if not text:
        return None
    whole = (line.index(text[0]), line.index(text[0]) + len(text))
    timed = TIME_WITH_NAME.match(text)
    # "10:41 GMT" is a time alone: the zone is no author, nor a sentence.
    time_alone = TIMESTAMP.match(text) is not None
    if timed and _could_be_names(timed.group("names")) and not time_alone:
        return ChromeMatch("a live post's time and author", *whole)
    if not time_alone and glued_marker_end(text):
        return None  # a post's first sentence, labeled on its own words
    found = classify_line(line)
    if found is not None or REPORTED.search(text):
        return found
    if is_legal_text(text):
        return ChromeMatch("the site's legal or cookie notice", *whole)
    for pattern, kind in LINE_CHECKS:
        if pattern.match(text) and not (pattern is DESK_BYLINE and _has_verb(text)):
            return ChromeMatch(kind, *whole)
    kind = classify_page_label(text) or made_of_pieces(text, _is_furniture_piece)
    return ChromeMatch(kind, *whole) if kind else None


def _is_furniture_piece(piece: str) -> bool:
    """One piece of "3 hours ago | 4 min read" is furniture on its own."""
    return classify_furniture_line(piece) is not None


# A photo credit on a line of its own, for the caption on the line above.
CREDIT_WORD = r"(?i:photo(?:graph)?|picture|image|illustration|credit|photography)s?"
CREDIT_LINE = re.compile(
    rf"^(?:{CREDIT_WORD}\s*:\s*\S.{{0,80}}|{CREDIT_WORD}\s+by\s+(?:{NAME}|the author)|"
    r"\(?(?:[A-Z][\w.&-]*\s?){1,4}/\s?(?:[A-Z][\w.&-]*\s?){1,4}\)?|"
    r"\(?(?i:getty images|shutterstock|alamy|pa media|pa wire|afp|ap photo|reuters|"
    r"epa)\b.{0,40})$"
)
# A caption is a sentence or two. It must sit right above its credit: a
# credit after a blank line closes the article (the lead photo's), and the
# paragraph above it is article text.
CAPTION_MAX_WORDS = 30

# A heading over a list of links to other stories.
LINK_LIST_HEADING = re.compile(
    r"^(?:more on (?:this|the) (?:story|topic|subject)|related(?: articles| stories|"
    r" content| coverage| reading| links)?|read more|see also|also read|"
    r"further reading|you (?:may|might) also like|recommended(?: for you)?|"
    r"most (?:read|popular|viewed|shared)|top stories|"
    r"more (?:stories|from [\w ]{1,30})|"
    r"latest (?:news|stories)|in other news|elsewhere on the site)\s*[:.]?$",
    re.IGNORECASE,
)
LINK_MAX_WORDS = 18
LINK_LIST_MAX_ITEMS = 10


def _has_verb(text: str) -> bool:
    """A sentence ("The Courier employs nine reporters") is not a desk byline;
    after "By" the words name the desk ("By the Associated Press")."""
    if BYLINE_LEAD_START.match(text):
        return False
    words = [word.lower().strip(".,") for word in text.split()[1:]]
    return any(word in verb_forms() and not DESK_WORD.fullmatch(word) for word in words)


def classify_page(text: str) -> dict[int, ChromeMatch | None]:
    """For each line's start offset, the kind of clutter the line is, if any."""
    starts, lines = [], []
    start = 0
    for line in text.split("\n"):
        starts.append(start)
        lines.append(line)
        start += len(line) + 1
    found = [classify_furniture_line(line) for line in lines]
    _mark_captions(lines, found)
    _mark_link_lists(lines, found)
    return dict(zip(starts, found, strict=True))


def _mark_captions(lines: list[str], found: list[ChromeMatch | None]) -> None:
    for index, line in enumerate(lines[:-1]):
        text = line.strip()
        if found[index] is not None or not text or REPORTED.search(text):
            continue
        credit = lines[index + 1].strip()
        if len(text.split()) <= CAPTION_MAX_WORDS and CREDIT_LINE.match(credit):
            begin = line.index(text[0])
            found[index] = ChromeMatch(
                "a photo caption (its credit is on the next line)",
                begin,
                begin + len(text),
            )
            if found[index + 1] is None:  # "Ana Ruiz/Coastline Press"
                below = lines[index + 1]
                begin = below.index(credit[0])
                found[index + 1] = ChromeMatch(
                    "a photo credit", begin, begin + len(credit)
                )


def _mark_link_lists(lines: list[str], found: list[ChromeMatch | None]) -> None:
    """The short headline lines after "More on this story" are links.

    The list ends at the first line that reads as text (a full stop, or too
    long for a headline) and at a blank line once an item has been seen, so
    that a live post's headline after the list stays a claim.
    """
    index = 0
    while index < len(lines):
        heading = lines[index].strip()
        if not LINK_LIST_HEADING.match(heading):
            index += 1
            continue
        if found[index] is None:
            begin = lines[index].index(heading[0])
            found[index] = ChromeMatch(
                "a heading over links to other stories", begin, begin + len(heading)
            )
        items = 0
        index += 1
        while index < len(lines) and items < LINK_LIST_MAX_ITEMS:
            text = lines[index].strip()
            if not text:
                if items:
                    break
                index += 1
                continue
            if found[index] is None and not _reads_as_headline(text):
                break
            if found[index] is None:
                begin = lines[index].index(text[0])
                found[index] = ChromeMatch(
                    "a link to another story, listed under the article",
                    begin,
                    begin + len(text),
                )
            items += 1
            index += 1


def _reads_as_headline(text: str) -> bool:
    return (
        len(text.split()) <= LINK_MAX_WORDS
        and not text.endswith((".", ":", ";", ","))
        and not REPORTED.search(text)
    )


# A live blog's time or marker glued to the first sentence of a post
# ("14:02 GMTThe council has…", "Key eventThe ferry…"): only the marker is
# clutter; the sentence after it is labeled on its own words.
GLUED_MARKER = re.compile(
    rf"^(?:{CLOCK}\s*(?=[A-Z“\"‘'])|(?:Key event|Pinned post|Pinned|Breaking|"
    r"Updated \d+ \w+ ago|\d+ (?:mins?|minutes?|hours?|hrs?) ago)(?=[A-Z“\"‘']))"
)


def glued_marker_end(sentence: str) -> int:
    """Where a live marker glued to the start of `sentence` ends (0 if none)."""
    match = GLUED_MARKER.match(sentence)
    if match is None or not sentence[match.end() :].strip():
        return 0
    return match.end()
