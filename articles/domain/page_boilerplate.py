"""Recognise the boilerplate around news: contact details and addresses,
press-release furniture, notes about the publication itself, meeting
minutes, a letter's greeting and sign-off, credits and live-page notices.

Each is what an organisation prints on every page or release, whatever the
news is ("ENDS", "Notes to editors", "Media contact: …"), so none carries a
claim; the shapes stay narrow so that "The tablet is available in four
colours" or "The charity is registered in Fenwick" remain claims.
"""

import re

from .chrome import NAME, WEEKDAY
from .lexicon import verb_forms

EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
PHONE = r"(?:\+\d{1,3}\s?)?\(?0?\d{2,5}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}"
URL = (
    r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:example|com|org|net|gov|uk|io)\b"
)
CONTACT_LABEL = (
    r"(?:media|press|news|general|ticket)? ?(?:contacts?|enquiries|inquiries)|"
    r"(?:\w+ ){0,2}office(?: hours)?|registered office|tel(?:ephone)?|phone|"
    r"helpline|switchboard|fax|email|e-mail|web(?:site)?"
)
CONTACT_DETAILS = re.compile(
    r"^(?:"
    # "Media contact: Hattie Brook, press@…, 0161 …", "Registered office: …"
    rf"(?:{CONTACT_LABEL})\s*:\s*.{{1,140}}|"
    # "For further information, please contact the press office on 020 …"
    r"(?:for (?:further|more) (?:information|details)|to arrange (?:an )?interviews?)"
    r",?\s+(?:please\s+)?(?:contact|call|email|e-mail|visit)\b.{1,100}|"
    # "School office: …" lines and "Oakwood Primary, Fern Lane · Tel 01632 …"
    rf"[^.!?]{{0,100}}\b(?:tel|t|phone)\.?:?\s*{PHONE}[^.!?]{{0,40}}"
    r")\.?$",
    re.IGNORECASE,
)
# A line made only of an address or contact details: a postcode, a phone
# number, an email or a web address, with no verb around them.
HAS_CONTACT = re.compile(rf"{EMAIL}|{URL}|(?<![\w,.]){PHONE}(?![\w,])", re.IGNORECASE)
STREET = re.compile(
    r"\b\d+[a-z]?\s+(?:[A-Z][\w'’-]+\s+){1,3}(?:Street|St|Road|Rd|Lane|Row|Avenue|"
    r"Ave|Way|Square|Place|Terrace|Close|Drive|Quay|Parade|Court|Crescent|Hill|"
    r"Gardens|Walk|Yard|Mews)\b"
)
OPEN_HOURS = re.compile(rf"\bopen\s+{WEEKDAY}(?:\s*[–-]\s*{WEEKDAY})?\b", re.IGNORECASE)

PRESS_BOILERPLATE = re.compile(
    r"^(?:"
    r"-?\s*ends\s*-?|#{3}|-30-|\*{3}|"
    r"notes? (?:to|for) editors?\b.{0,200}|editor['’]s notes?\s*:.{0,200}|"
    r"embargo(?:ed)?\b.{0,60}|for immediate release\b.{0,60}|"
    r"(?:news|press) release(?:\s*[|·:–-]\s*[^.!?]{0,40})?|"
    r"(?:our )?ref(?:erence)?\s*[:.]\s*[\w/.-]{2,30}|"
    r"issued (?:by|on behalf of)\b[^.!?]{0,80}|"
    r"(?:boilerplate\s*:\s*)?about (?-i:(?:[A-Z][\w&.'’-]*\s?){1,5})|"
    r"(?-i:(?:(?:[A-Z][\w&.'’-]*|plc|ltd|inc|llc)\s){1,5}\([A-Z]{2,6}\s*:\s*"
    r"[A-Z.]{1,6}\))|"
    # "High-resolution images are available on request.", "Logo attached."
    r"(?:[\w-]+\s+){0,2}?(?:images|photos|photographs|pictures|"
    r"interviews|spokespeople|logos?|product shots|b-roll|media packs?|case studies)"
    r"\b[^.!?]{0,60}\b(?:(?:is|are) )?(?:also )?(?:available|attached)\b"
    r"(?:[^.!?]|\.(?=\w)){0,60}|"
    r"[^.!?]{0,60}\b(?:company|registered charity|charity) (?:registration )?"
    r"(?:no\.?|number)\s*\d[\d ]{3,}[^.!?]{0,40}|"
    r"(?:this|the) (?:press release|announcement|document|statement) (?:contains|"
    r"includes|may contain) forward-looking statements\b.{0,120}"
    r")\.?$",
    re.IGNORECASE,
)
# A notice about the publication itself: its formats and its print.
PUBLICATION_NOTE = re.compile(
    r"^(?:(?:this|the) (?:newsletter|bulletin|magazine|leaflet|page|report|document)"
    r"\s+is (?:also )?available (?:in|as|on|from)\b[^.!?]{1,60}|"
    r"(?:webcast|recording|transcript|minutes|agenda|slides)s?\s+(?:is |are |will be )?"
    r"available\b[^.!?]{1,60}|"
    r"printed on recycled paper|"
    r"continued (?:overleaf|inside|on (?:page \d+|the back))|"
    r"(?:please )?turn over|(?:please )?recycle (?:this|the) (?:newsletter|bulletin|"
    r"leaflet|magazine|paper)\b[^.!?]{0,30}|"
    r"prices? correct at (?:the )?time of (?:publication|going to press|writing)|"
    r"terms and conditions apply\b[^.!?]{0,40}"
    r")\.?$",
    re.IGNORECASE,
)
MINUTES = re.compile(
    r"^(?:(?:present|apologies(?: for absence)?|in attendance|also present|absent|"
    r"chair(?:ed by)?|minutes taken by)\s*:\s*[^.!?]{1,120}|"
    r"(?:agenda )?item \d+[a-z]?\s*[:.–-]\s*[^.!?]{1,60})$",
    re.IGNORECASE,
)
LETTER_FRAME = re.compile(
    r"^(?:dear [^.!?,]{1,40},|"
    r"(?:yours (?:sincerely|faithfully|truly)|best wishes|kind regards|warm(?:est)? "
    r"regards|with (?:best )?wishes|many thanks|regards|with thanks)"
    r"(?:,\s*[^.!?]{0,80})?)$",
    re.IGNORECASE,
)
# "Attachments: menu.pdf (212 KB)", "Download the pack (ZIP, 14 MB)".
ATTACHED_FILE = re.compile(
    r"\.(?:pdf|docx?|xlsx?|pptx?|zip|csv)\b|\((?:pdf|zip|docx?|xlsx?|csv)"
    r"(?:,\s*[\d.]+\s*[kmg]b)?\)|\([\d.]+\s*[kmg]b\)",
    re.IGNORECASE,
)

# Credits and media labels that chrome.py's caption patterns do not reach.
CREDIT_SHAPES = re.compile(
    r"^(?:"
    # "Carrow Courier via Westshire News Agency"
    r"(?-i:(?:[A-Z][\w&'’-]*\s?){1,4}\svia\s(?:[A-Z][\w&'’-]*\s?){1,4})|"
    # "File photo: …", "Main image: …", "Chart: … Source: exchange data"
    r"(?:file|main|top|lead)\s+(?:photo|picture|image)\s*:.{1,200}|"
    r"(?:chart|graphic|map|table|graph|figure)\s*:.{1,160}\bsource\s*:.{1,60}|"
    r"photography\s*:\s*(?-i:[A-Z])[^.!?]{1,60}"
    r")$",
    re.IGNORECASE,
)
# "Video, 00:01:42, Watch: …", "Audio, 3 min, Listen: …"
MEDIA_LABEL = re.compile(
    r"^(?:video|audio|podcast|gallery|slideshow)\s*[,:·|-]\s*(?:\d{1,2}:\d{2}"
    r"(?::\d{2})?|\d+\s*(?:min|mins|minutes|s|secs?|photos|pictures|images))\b.{0,120}$",
    re.IGNORECASE,
)
# "Live reporting by Helen Zhou and Marcus Iwu"
LIVE_BYLINE = re.compile(
    r"^(?i:(?:live\s+)?(?:text\s+)?(?:reporting|coverage|commentary|updates|blog)\s+"
    rf"(?:by|from))\s+{NAME}(?:(?:\s*[,&]\s*|\s+and\s+){NAME})*$"
)
LIVE_STATE = re.compile(
    r"^(?:sorry,?\s+)?(?:this|our|the)\s+(?:live\s+)?(?:blog|coverage|page|feed|stream)"
    r"(?:\s+of\s+[^.!?]{1,40})?\s+(?:is (?:now )?(?:closed|over|paused)|"
    r"has (?:now )?(?:ended|closed|finished|been paused|"
    r"moved(?: here| to [^.!?]{1,40})?)|is (?:no longer|not) being updated|"
    r"continues (?:here|below|on [^.!?]{1,40}))[.!]?|"
    r"(?:full |a )?(?:match )?report (?:to follow|follows|coming (?:soon|up))|"
    r"(?:more|further) (?:details |updates )?to follow|updates to follow"
    r"$",
    re.IGNORECASE,
)


def boilerplate_kind(text: str) -> str | None:
    """The kind of boilerplate `text` (one stripped line) is, if it is."""
    for pattern, kind in (
        (CONTACT_DETAILS, "the contact details"),
        (PRESS_BOILERPLATE, "a press release's boilerplate"),
        (PUBLICATION_NOTE, "a note about the publication itself"),
        (MINUTES, "a line of the meeting's minutes"),
        (LETTER_FRAME, "a letter's greeting or sign-off"),
        (CREDIT_SHAPES, "a photo or chart credit"),
        (MEDIA_LABEL, "a video or audio label"),
        (LIVE_BYLINE, "a live page's byline"),
        (LIVE_STATE, "a live page's notice"),
    ):
        if pattern.match(text):
            return kind
    if ATTACHED_FILE.search(text) and not has_finite_verb(text):
        return "an attached file"
    if _is_address(text):
        return "an address or contact details"
    return None


def has_finite_verb(text: str) -> bool:
    return any(word.lower().strip(",'’") in verb_forms() for word in text.split())


def _is_address(text: str) -> bool:
    if has_finite_verb(text) or len(text.split()) > 25:
        return False
    return bool(STREET.search(text) or HAS_CONTACT.search(text)) and (
        "," in text or "·" in text or "|" in text or OPEN_HOURS.search(text) is not None
    )
