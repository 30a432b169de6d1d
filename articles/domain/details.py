"""The byline, outlet and date an article's own lines give, so the teacher
checks them in the preview instead of typing them again.

The clutter detector (chrome.py) already recognises a byline ("By Ana Ortiz,
Island Gazette") and a date line ("Published 27 December 2024, 10:01") to
label them `none`; this reads the same lines for what they say. It only
reads: the labels the pipeline gives are unchanged.
"""

import re
from dataclasses import dataclass
from datetime import date

from .chrome import classify_line

# Details sit above or just below the headline: the first lines only.
LINES_READ = 25

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
MONTH_NAME = r"(?P<month>[A-Za-z]{3,9})\.?"
DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
YEAR = r"(?P<year>(?:19|20)\d{2})"
# "27 December 2024", "December 27, 2024", "2024-12-27": a year is required,
# and numeric day/month orders (03/04/2024) are left alone as ambiguous.
DATES = (
    # (?<!\d), not \b: scraped live blogs glue a name to the date.
    re.compile(rf"(?<!\d){DAY}\s+{MONTH_NAME},?\s+{YEAR}\b"),
    re.compile(rf"\b{MONTH_NAME}\s+{DAY},?\s+{YEAR}\b"),
    re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<month>\d{2})-(?P<day>\d{2})\b"),
)
BYLINE_LEAD = re.compile(
    r"^(?:By|From|Written by|Reporting by|Words by|Analysis by)\s+", re.IGNORECASE
)
# After the names, a job rather than an outlet: "Ana Ortiz, Political reporter".
ROLE_WORDS = re.compile(
    r"\b(?:correspondent|reporter|editor|writer|journalist|contributor|columnist|"
    r"commentator|presenter|producer|staff|in\s+[A-Z][a-z]+)\b",
    re.IGNORECASE,
)
# What an outlet's name looks like, as opposed to a second author's.
OUTLET_HINT = re.compile(
    r"^The\s|\b(?:News|Times|Post|Gazette|Courier|Herald|Journal|Ledger|Tribune|"
    r"Chronicle|Guardian|Telegraph|Express|Mail|Observer|Independent|Standard|"
    r"Star|Mirror|Press|Review|Daily|Weekly|Radio|TV|Television|Media|Agency|"
    r"Reuters|AP|AFP|BBC|CNN|NPR|Online)\b"
)
NAMES_ONLY = re.compile(
    r"^[A-Z][\w'’.-]*(?:(?:\s+|\s*[,&]\s*|\s+and\s+)[A-Z][\w'’.-]*)*$"
)
TAIL = re.compile(r"\s*[,|–—]\s*|\s+-\s+")
BYLINE_KINDS = {"a byline", "a byline with a time stamp", "a list of authors"}
DATE_KINDS = {"a date or time", "a byline with a time stamp", "an update marker"}


@dataclass(frozen=True)
class FoundDetails:
    byline: str = ""
    outlet: str = ""
    published_on: date | None = None


def found_details(text: str) -> FoundDetails:
    """The first byline, outlet and full date among the article's first lines."""
    byline, outlet, published_on = "", "", None
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for line in lines[:LINES_READ]:
        match = classify_line(line)
        if match is None:
            continue
        if match.kind == "a list of authors" and not byline:
            byline = line
        elif match.kind in BYLINE_KINDS and not byline:
            byline, outlet = _byline_and_outlet(line)
        if published_on is None and (match.kind in DATE_KINDS or byline):
            published_on = date_in(line)
    return FoundDetails(byline=byline, outlet=outlet, published_on=published_on)


def date_in(line: str) -> date | None:
    """The first full, real date written in `line`, else None."""
    for pattern in DATES:
        for found in pattern.finditer(line):
            month = found["month"]
            number = int(month) if month.isdigit() else MONTHS.get(month.lower())
            if number is None:
                continue
            try:
                return date(int(found["year"]), number, int(found["day"]))
            except ValueError:
                continue
    return None


def _byline_and_outlet(line: str) -> tuple[str, str]:
    names = BYLINE_LEAD.sub("", line)
    parts = TAIL.split(names, maxsplit=1)
    names, tail = parts[0], (parts[1] if len(parts) > 1 else "")
    # "Ana Ortiz27 December 2024 10:01": the name ends where the digits begin.
    names = re.split(r"\s*[•·]\s*|(?<=[a-z])(?=\d)|\s+\d", names, maxsplit=1)[0]
    names = names.strip(" ,")
    tail = tail.strip(" .")
    if not tail or date_in(tail) is not None or ROLE_WORDS.search(tail):
        return names, ""
    if any(character.isdigit() for character in tail):
        return names, ""
    if OUTLET_HINT.search(tail):
        return names, tail
    if NAMES_ONLY.match(tail):
        # "By Priya Nair, Tom Becker": a second author, not an outlet.
        return f"{names}, {tail}", ""
    return names, ""
