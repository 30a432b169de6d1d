"""Rows of a CSV or JSONL batch as entries: one bad row is refused alone.

Column names are matched loosely ("Published On", "date", "author"...), and
a column that is read under no name is listed on the first row that has it,
so a batch never loses a field without saying so.
"""

import csv
import io
import json
import sys
import time
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from .document import RefusedFile
from .limits import MAX_TEXT_CHARACTERS
from .storable import storable

ROW_FIELDS = ("title", "text", "outlet", "byline", "published_on", "source_url")
# Other names for each field, most likely first; the field's own name wins.
ALIASES = {
    "title": ("headline", "heading"),
    "text": ("body", "content", "article", "article_text", "story"),
    "outlet": ("publication", "publisher", "newspaper", "site_name", "site"),
    "byline": ("author", "authors", "by", "writer"),
    "published_on": (
        "date",
        "published",
        "published_at",
        "publish_date",
        "publication_date",
        "date_published",
        "pubdate",
    ),
    "source_url": ("url", "link", "source", "permalink", "canonical_url"),
}
DATE_FORMATS = ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y")


def column_key(name: object) -> str:
    """'Published On', 'published-on' and ' published_on' are one column."""
    text = str(name or "").strip().lstrip("\ufeff").lower()
    return "_".join(text.replace("-", " ").split())


def has_text_column(names: Iterable[str]) -> bool:
    keys = {column_key(name) for name in names}
    return bool(keys & {"text", *ALIASES["text"]})


class RowReader:
    """Turns raw rows (dicts) into entry parts, remembering which unread
    columns it has already reported."""

    def __init__(self) -> None:
        self.reported: set[str] = set()

    def read(self, row: dict) -> tuple[dict[str, str], str, str]:
        """The row's fields, a problem that refuses it ("" if none), and a
        note for its result ("" if none)."""
        keyed: dict[str, object] = {}
        for key, value in row.items():
            keyed.setdefault(column_key(key), value)
        fields: dict[str, str] = {}
        used: set[str] = set()
        problem = ""
        for field in ROW_FIELDS:
            source = next(
                (name for name in (field, *ALIASES[field]) if name in keyed), None
            )
            if source is None:
                continue
            used.add(source)
            value, trouble = _field_value(field, keyed[source])
            problem = problem or trouble
            fields[field] = value
        unread = [key for key in keyed if key not in used and key not in self.reported]
        self.reported.update(unread)
        note = ""
        if unread:
            listed = ", ".join(repr(storable(key))[:60] for key in unread[:10])
            note = f"Not read: {listed} (the fields read are {', '.join(ROW_FIELDS)})."
        return fields, problem, note


def _field_value(field: str, value: object) -> tuple[str, str]:
    """The field as stored text, and a problem if it cannot be one."""
    if value is None:
        return "", ""
    if (
        isinstance(value, list)
        and field != "text"
        and all(isinstance(part, str) for part in value)
    ):
        value = ", ".join(value)  # several authors, say
    if isinstance(value, bool | int | float) and field != "text":
        value = str(value)
    if not isinstance(value, str):
        kind = _json_kind(value)
        return (
            "",
            f"The {field.replace('_', ' ')} must be a string in quotes, not {kind}.",
        )
    value = storable(value)
    if len(value) > MAX_TEXT_CHARACTERS:
        name = "text" if field == "text" else field.replace("_", " ")
        return "", (
            f"The {name} is {len(value):,} characters long; the limit is "
            f"{MAX_TEXT_CHARACTERS:,}."
        )
    return value, ""


def _json_kind(value: object) -> str:
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, list):
        return "a list"
    return "an object"


def csv_rows(text: str) -> Iterator[tuple[int, dict]]:
    """(line number, row) of a CSV with a header row; the header is checked
    now, the rows are read as they are taken."""
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if not has_text_column(reader.fieldnames or []):
        raise RefusedFile(
            "A CSV batch needs a header row with a 'text' column (and optionally "
            "title, outlet, byline, published_on, source_url)."
        )
    return _numbered_rows(reader)


def _numbered_rows(reader: csv.DictReader) -> Iterator[tuple[int, dict]]:
    # The default cap (131,072 characters) refused the whole file for one
    # long field; the row's own caps (MAX_TEXT_CHARACTERS) now refuse that
    # row alone. The file itself is capped at upload, so this bounds nothing
    # the upload has not.
    previous = csv.field_size_limit(sys.maxsize)
    number = 1
    try:
        for number, row in enumerate(reader, start=2):
            # Cells past the header have the key None: no column anyone named.
            row.pop(None, None)
            yield number, row
    except csv.Error as error:
        raise RefusedFile(
            f"The CSV file is malformed after row {number}: {error}."
        ) from None
    finally:
        csv.field_size_limit(previous)


def jsonl_rows(text: str) -> Iterable[tuple[int, object]]:
    """(line number, parsed value or the problem) of each non-blank line."""
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            yield number, json.loads(line)
        except (ValueError, RecursionError):
            # ValueError covers JSONDecodeError and numbers too long to read;
            # RecursionError, nesting too deep.
            yield number, RefusedFile("This line is not valid JSON.")


def row_date(value: str) -> tuple[date | None, str]:
    """The publication date of a row, or None and a note saying why not.

    An unreadable date loses the date, not the article: it is optional.
    """
    value = value.strip()
    if not value:
        return None, ""
    try:
        return date.fromisoformat(value[:10]), ""
    except ValueError:
        pass
    for parse in (_iso_datetime, _feed_date, _written_date):
        try:
            return parse(value), ""
        except (ValueError, TypeError, IndexError, OverflowError):
            continue
    return None, (
        f"The date {value[:40]!r} is not a date like 2026-03-02, so the article "
        "was imported without one."
    )


def _iso_datetime(value: str) -> date:
    return datetime.fromisoformat(value.replace("Z", "+00:00")).date()


def _feed_date(value: str) -> date:
    # RSS feeds: "Mon, 02 Mar 2026 09:30:00 +0000".
    return parsedate_to_datetime(value).date()


def _written_date(value: str) -> date:
    for pattern in DATE_FORMATS:
        try:
            return date(*time.strptime(value, pattern)[:3])
        except ValueError:
            continue
    raise ValueError(value)
