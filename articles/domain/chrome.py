"""Recognise page clutter (bylines, timestamps, buttons, captions) line by line.

Patterns describe kinds of clutter that any news site has, not one site's
strings, so that a page nobody here has seen is still cleaned up.
"""

import re
from dataclasses import dataclass

from .lexicon import verb_forms, word_set


@dataclass(frozen=True)
class ChromeMatch:
    kind: str  # what the line is, in words a student understands
    start: int  # the decisive words, as offsets into the line
    end: int


MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
    r"Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
WEEKDAY = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|urday|sday)?"
CLOCK = (
    r"\d{1,2}[:.]\d{2}(?:\s*[apAP]\.?[mM]\.?)?"
    r"(?:\s*(?:GMT|BST|UTC|CET|CEST|[ECMP][SD]?T)(?:[+-]\d{1,2})?)?"
)
DATE = (
    rf"(?:{WEEKDAY},?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}|{MONTH}\s+\d{{1,2}}"
    rf"(?:st|nd|rd|th)?)(?:,?\s+\d{{4}})?"
)
NAME = r"[A-Z][a-zA-Z'’.-]+(?:\s+(?:[A-Z][a-zA-Z'’.-]+|de|van|von|da|al|bin|le))*"
# Between names: a comma or ampersand, or "and" as a whole word. ("and"
# glued to letters would let the regex split "England" into "Engl" + "and",
# and backtrack exponentially on a long line of place names.)
NAME_SEPARATOR = r"(?:\s*[,&]\s*|\s+and\s+)"

TIMESTAMP = re.compile(
    rf"^(?:(?:Updated|Published|Posted|Last updated|First published|Modified)"
    rf"(?:\s+on)?:?\s*)?(?:{DATE}|{CLOCK}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})"
    rf"(?:,?\s*(?:at\s+)?{CLOCK})?(?:\s*{DATE})?\.?"
    rf"(?:\s*(?:Updated|Published)\s+.{{0,30}})?$",
    re.IGNORECASE,
)
RELATIVE_TIME = re.compile(
    # "1h ago 10.41 GMT": live blogs print both.
    r"^(?:(?:Updated|Posted|Published)\s+)?(?:\d+\s*(?:s|sec|secs|m|min|mins|minutes?|h|hrs?|"
    r"hours?|d|days?)\s+ago|just now|yesterday|today)"
    rf"(?:\s+{CLOCK})?$",
    re.IGNORECASE,
)
UPDATED_MARKER = re.compile(
    r"^(?:Updated|Published|Posted|Last updated|First published)\b"
    r"(?=.{0,60}$)(?=.*(?:\d|\bago\b|\byesterday\b|\btoday\b|\bjust now\b))",
    re.IGNORECASE,
)
BYLINE = re.compile(
    rf"^(?:By|From|Written by|Reporting by|Words by|Analysis by)\s+{NAME}"
    rf"(?:{NAME_SEPARATOR}{NAME})*(?:\s*[,|–—-]\s*.{{0,60}})?$"
)
# "Ana Ortiz27 December 2024 10:01" and "Ana Ortiz • 2h ago": a name glued to
# a time, as scraped live blogs print them.
NAME_WITH_TIME = re.compile(
    rf"^{NAME}(?:{NAME_SEPARATOR}{NAME})*\s*[•·|,-]?\s*(?:{DATE}|\d{{1,2}}\s+{MONTH}|"
    rf"\d+\s*(?:m|min|mins|h|hrs?|hours?)\s+ago|{CLOCK})(?:\s+\d{{4}})?(?:\s+{CLOCK})?$"
)
# "Arpan Rai,Jabed Ahmed,Tom Watling": names only, no verb, no full stop.
NAME_LIST = re.compile(rf"^{NAME}(?:{NAME_SEPARATOR}{NAME})+$")
SINGLE_NAME = re.compile(r"^[A-Z][a-z'’]+(?:[\s-]+[A-Z][a-z'’]+){1,3}$")
# A pronoun is no author's name: "She was asked by a producer why…" is text.
AUTHOR_BIO = re.compile(
    r"^(?!(?:He|She|They|It|This|That|There)\b)"
    rf"{NAME}\s+(?:(?:is|was)\s+.{{0,60}}\b(?:columnist|correspondent|reporter|"
    r"editor|writer|journalist|contributor|commentator|author|presenter|producer)\b|"
    r"(?:writes|reports|blogs)\s+(?:about|on)\b.{0,60}\bfor\b).{0,120}$"
)
DATELINE_ONLY = re.compile(r"^[A-Z][A-Z .'-]{2,30}(?:,\s*[A-Z][a-z]+)?\s*[-–—(]+\s*$")

# Buttons, prompts and labels that every news site prints around articles.
INTERFACE_PHRASES = re.compile(
    r"^(?:"
    r"live|live ?updated|live updates?|updated|breaking(?: news)?|exclusive|"
    r"advertisement|advert|"
    r"sponsored(?: content)?|promoted|paid content|comments?|\d+\s+comments?|"
    r"view comments|show comments|leave a comment|join the (?:conversation|discussion)|"
    r"join our commenting forum|sign in to comment|log in to comment|"
    r"share(?: this(?: article| story| page)?)?(?: on \w+)?|copy link|link copied|"
    r"print|email|save|saved|bookmark|listen(?: to this article)?|"
    r"\d+\s+min(?:ute)?s? read|read more|see more|show more|load more|"
    r"more on this story|"
    r"most (?:read|popular|viewed)|top stories|related(?: articles| stories| content)?|"
    r"you may also like|recommended|trending|watch|watch live|video|gallery|"
    r"skip to (?:main )?content|menu|home|search|close|back to top|"
    r"sign in|sign up|log in|log out|register|subscribe|follow|follow us|"
    r"key points|summary|in pictures|opinion|analysis|explainer|"
    r"comments?\s*\([\d,]+\)|listen to this article.{0,20}|\d+\s+min(?:ute)?s?|"
    r"show key events only|please turn on javascript.*|accept cookies|cookie settings"
    r")[.!:]?$",
    re.IGNORECASE,
)
INTERFACE_PROMPT = re.compile(
    r"^(?:(?:get|turn on|enable|allow|stay up to date with|receive|sign up for|"
    r"sign up to|subscribe to)\b.{0,60}\b(?:alerts?|notifications?|newsletters?|"
    r"briefing|updates|emails?)\b.{0,60}|"
    r"thank you for (?:registering|subscribing|signing up)\b.{0,60}|"
    r"please (?:refresh|log in|sign in|register|enable)\b.{0,160}|"
    r"notifications? (?:can|will)\b.{0,80}|"
    r"(?:sign|log) in\b.{0,60}|"
    r"already (?:a subscriber|have an account)\b.{0,60}|"
    r"(?:follow|like) us on\b.{0,60}|"
    r"download (?:our|the) app\b.{0,60}|"
    r"(?:read|see) (?:more|also)\s*:.{0,160}|related\s*:.{0,160}|"
    r"(?:more|latest) (?:on|from)\b.{0,60}|"
    r"this (?:article|story) (?:was|is) (?:amended|updated|corrected)\b.{0,160}|"
    r"(?:click|tap) (?:here )?to (?:expand|load|view|watch|play|enlarge)\b.{0,60}|"
    r"\(?(?:reporting|writing|editing|additional reporting|compiled|graphics)\s+by\b"
    r".{0,160}|"
    r"you can (?:change|manage|turn off)\b.{0,40}\b(?:notifications?|alerts|cookies|"
    r"settings)\b.{0,80}"
    r")$",
    re.IGNORECASE,
)
# Carved out of the prompts so the rationale can say what the line is.
PHOTO_LABEL = re.compile(
    r"^(?:caption|photo|photograph|picture|image|video)\s*:.{0,200}$", re.IGNORECASE
)
COOKIE_PROMPT = re.compile(r"^we use cookies\b.{0,160}$", re.IGNORECASE)
CREDIT = re.compile(
    r"(?:\((?:photo(?:graph)?|image|picture|video|credit|illustration)s?\s*:[^)]{1,80}\)|"
    r"\b(?:photo(?:graph)?|image|picture|credit|illustration)s?\s*:\s*[A-Z][^.]{0,60}|"
    r"\b(?:Getty Images|Shutterstock|Alamy|PA Media|PA Wire|AFP|AP Photo|Reuters|EPA)"
    r"(?:\s*/\s*[A-Z][\w ]{0,40})?\s*\)?|"
    r"\((?:[A-Z][\w.&-]*\s?){1,4}/(?:[A-Z][\w.&-]*\s?){1,4}\))\s*$",
    re.IGNORECASE,
)
# Separators with spaces around them: "Home | News | Politics", not "24/7".
NAVIGATION = re.compile(r"^(?:[^|›»>/]{1,30}\s[|›»>/]\s){2,}[^|›»>/]{1,30}$")


def classify_line(line: str) -> ChromeMatch | None:
    """Return what kind of page clutter `line` is, or None for article text."""
    text = line.strip()
    if not text:
        return None
    offset = line.index(text[0])
    whole = (offset, offset + len(text))
    checks = (
        (INTERFACE_PHRASES, "a button or label of the web page"),
        (PHOTO_LABEL, "a photo caption or credit"),
        (COOKIE_PROMPT, "the site's cookie notice"),
        (INTERFACE_PROMPT, "a prompt of the web page"),
        (TIMESTAMP, "a date or time"),
        (RELATIVE_TIME, "a time stamp"),
        (BYLINE, "a byline"),
        (NAME_WITH_TIME, "a byline with a time stamp"),
        (NAME_LIST, "a list of authors"),
        (AUTHOR_BIO, "a note about the author"),
        (DATELINE_ONLY, "a dateline"),
        (NAVIGATION, "the site's navigation"),
    )
    for pattern, kind in checks:
        if pattern.match(text) and not _reads_as_text(pattern, text):
            return ChromeMatch(kind, *whole)
    if len(text) <= 80 and UPDATED_MARKER.match(text):
        return ChromeMatch("an update marker", *whole)
    credit = CREDIT.search(text)
    if credit:
        return ChromeMatch(
            "a photo caption with its credit",
            offset + credit.start(),
            offset + credit.end(),
        )
    if (
        SINGLE_NAME.match(text)
        and not text.endswith((".", "?", "!"))
        and could_be_names(text)
    ):
        return ChromeMatch("an author's name", *whole)
    return None


# A sentence with a reporting verb is article text, however it starts
# ("Log in numbers rose 40%, the firm said").
REPORTED = re.compile(r"\b(?:said|says|told|according\s+to|reported|announced)\b")
NAME_PATTERNS = (NAME_LIST,)
PROMPTS = (INTERFACE_PROMPT, INTERFACE_PHRASES, PHOTO_LABEL, COOKIE_PROMPT)
# Words that do not occur inside people's names but do in title-case
# headlines ("Ferry Strike Ends", "Leaders Meet In Alaska").
NOT_IN_NAMES = word_set(
    "in on at to for of with over after before from into against as by up out "
    "the a an is are was were be"
)


def _reads_as_text(pattern: re.Pattern, text: str) -> bool:
    if pattern in PROMPTS and REPORTED.search(text):
        return True
    # "Like us on Facebook to stay in the loop!": an exclamation makes the
    # prompt a pitch to the reader, not a button.
    if pattern is INTERFACE_PROMPT and text.endswith("!"):
        return True
    return pattern in NAME_PATTERNS and not could_be_names(text)


def could_be_names(text: str) -> bool:
    """False when a word is a verb or small word no name contains."""
    words = [word.lower().strip(",&") for word in text.split()]
    return not any(
        word in NOT_IN_NAMES or (word in verb_forms() and word not in NAME_WORDS)
        for word in words
    )


# Verb forms that are also common surnames or given names.
NAME_WORDS = word_set("will may bill mark rose grant hope june april")
