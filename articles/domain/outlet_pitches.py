"""Recognise the outlet talking to its reader about itself: a full-sentence
sign-up or support pitch, or the outlet praising its own journalism.

The guideline makes both an editorial appeal ("donation or subscription
pitches, the outlet praising itself"; "what the outlet says about itself to
the reader is an editorial appeal"), while a bare button ("Sign up",
"Subscribe") is page chrome. So the test is a whole sentence that sells,
not the pitch words alone: the words alone are on every button.
"""

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class OutletPitch:
    rationale: str
    cues: tuple[tuple[int, int], ...]  # offsets into the sentence
    confidence: float


# What an outlet offers its readers.
OUTLET_PRODUCT = (
    r"(?:newsletters?|briefings?|bulletins?|digests?|emails?|alerts?|app|podcasts?|"
    r"membership|subscription|free trial|community|edition|inbox|updates|"
    r"journalism|reporting|newsroom|(?:free )?account|club|members)"
)
# The imperative that opens a pitch, and what it asks for.
PITCH_OPENING = re.compile(
    r"^(?:(?:please|why not|so|now|today)\s+)?"
    r"(?P<ask>(?:sign|signing) up|subscribe|join|register|get|download|become|"
    r"support|donate|give|try|start|unlock|log in|stay (?:informed|ahead|up to date)|"
    r"never miss|don[’']t miss(?: out)?|want)"
    r"\b(?=[^.!?]{0,60}\b(?:our|the|this|thousands|a (?:member|supporter)|"
    + OUTLET_PRODUCT
    + r")\b)[^.!?]{0,60}?\b(?P<product>"
    + OUTLET_PRODUCT
    + r"|member|supporter|story|stories)\b",
    re.IGNORECASE,
)
# "If you value our journalism, please…": the conditional opening of a pitch.
IF_YOU_VALUE = re.compile(
    r"^if you (?:value|enjoy(?:ed)?|like[d]?|appreciate[d]?|rely on|found)\s+"
    r"(?:our|this|the)\s+(?:journalism|reporting|work|coverage|article|story|"
    r"newsletter|site)\b",
    re.IGNORECASE,
)
# A pitch is a sentence: at least this many words, ending like one.
PITCH_MIN_WORDS = 5

# The outlet as the subject: its journalists, its newsroom, "we".
OUTLET_SELF = re.compile(
    r"\b(?:our\s+(?:[\w-]+\s+){0,2}?(?:journalists?|journalism|reporters?|reporting|"
    r"newsroom|correspondents?|coverage|writers|editors|team of \w+|newspaper|paper)|"
    r"we\s+(?:are|have been|remain)|we[’']re)\b",
    re.IGNORECASE,
)
# Praise the outlet gives itself; each phrase says the outlet is good, not
# what happened.
SELF_PRAISE = re.compile(
    r"\b(?:award-winning|prize-winning|(?:most[- ])?trusted(?! sources?\b)|"
    r"most[- ]read|"
    r"fearless(?:ly)?|unrivalled|unmatched|unbeatable|world-class|best-in-class|"
    r"(?:the\s+)?stories that matter|journalism that matters|you can (?:trust|rely on)|"
    r"hold(?:s|ing)? (?:the )?(?:powerful|power) to account|"
    r"(?:the|your) (?:best|leading|number one|no\.? 1|first) (?:source|place|"
    r"destination|name|voice)|first with the news|go where others (?:won[’']t|"
    r"don[’']t|can[’']t)|never (?:afraid|shy))\b",
    re.IGNORECASE,
)
# A reporting verb or a quotation makes the pitch someone else's words.
SOMEONE_ELSE = re.compile(
    r"\b(?:said|says|told|according\s+to|announced|wrote|claimed)\b|[\"“”]"
)


def find_outlet_pitch(sentence: str) -> OutletPitch | None:
    """The outlet's own pitch or self-praise in `sentence`, if it is one."""
    text = sentence.strip()
    if not text or SOMEONE_ELSE.search(text):
        return None
    offset = sentence.index(text[0])
    return _sign_up_pitch(text, offset) or _self_praise(text, offset)


def _sign_up_pitch(text: str, offset: int) -> OutletPitch | None:
    is_sentence = len(text.split()) >= PITCH_MIN_WORDS and text.endswith(
        (".", "!", "…")
    )
    if not is_sentence:
        return None
    opening = IF_YOU_VALUE.match(text) or PITCH_OPENING.match(text)
    if opening is None:
        return None
    words = text[: opening.end()]
    return OutletPitch(
        f"'{words}' is the outlet asking the reader to sign up or support it: "
        "a pitch, which works on the reader rather than reporting news.",
        ((offset, offset + opening.end()),),
        0.85,
    )


def _self_praise(text: str, offset: int) -> OutletPitch | None:
    subject = OUTLET_SELF.search(text)
    praise = SELF_PRAISE.search(text)
    if subject is None or praise is None:
        return None
    first, second = sorted((subject, praise), key=lambda match: match.start())
    if first.end() > second.start():  # one phrase, "our award-winning journalists"
        cues = ((offset + first.start(), offset + max(first.end(), second.end())),)
        named = f"'{text[first.start() : max(first.end(), second.end())]}'"
    else:
        cues = tuple((offset + m.start(), offset + m.end()) for m in (first, second))
        named = f"'{first.group(0)}' and '{second.group(0)}'"
    return OutletPitch(
        f"{named}: the outlet is praising itself to the reader, which is an "
        "appeal for trust, not a report.",
        cues,
        0.8,
    )
