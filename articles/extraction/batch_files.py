"""Split a batch upload (a ZIP of files, a CSV or a JSONL) into entries."""

import csv
import io
import json
import zipfile
from dataclasses import dataclass, field

from .document import RefusedFile
from .limits import MAX_FILE_BYTES, MAX_TEXT_CHARACTERS, MEGABYTE, check_archive
from .names import NOT_AN_ARTICLE, display_name, is_article_name
from .sniffing import ZIP_SIGNATURES, sniff_text, text_kind, zip_kind

MAX_BATCH_ENTRIES = 500
NOT_A_BATCH = (
    "A batch must be a ZIP archive, a CSV file or a JSONL file. To add a single "
    "article, use Add an article."
)
ROW_FIELDS = ("title", "text", "outlet", "byline", "published_on", "source_url")
# Archive members that are never articles: folders, macOS resource forks,
# hidden files.
SKIPPED_PREFIXES = ("__MACOSX/", ".")


@dataclass(frozen=True)
class BatchEntry:
    """One article to import: a file's bytes, or a row's fields."""

    name: str
    payload: bytes = b""
    fields: dict[str, str] = field(default_factory=dict)
    # Set when the entry is refused before any parsing (a bad row, say).
    problem: str = ""


def split_batch(data: bytes, filename: str) -> list[BatchEntry]:
    """Entries of a batch file. Run it in the limited child process
    (isolation.run_isolated): it unpacks and parses untrusted input."""
    if not data.strip():
        raise RefusedFile("The file is empty.")
    if data.startswith(ZIP_SIGNATURES):
        if zip_kind(data) == "docx":
            raise RefusedFile(
                "This is a Word document, not a batch. Add it on the Add an "
                "article page, or put it in a ZIP with the others."
            )
        entries = _zip_entries(data)
    else:
        try:
            text = sniff_text(data)
        except RefusedFile:
            raise RefusedFile(NOT_A_BATCH) from None
        if text.lstrip()[:1] == "{":
            entries = _jsonl_entries(text)
        elif b"%PDF-" in data[:1024] or text_kind(text, filename) == "html":
            raise RefusedFile(NOT_A_BATCH)
        else:
            entries = _csv_entries(text)
    if not entries:
        raise RefusedFile(f"{display_name(filename)} holds no articles.")
    return entries


def _counted(entries: list[BatchEntry]) -> None:
    """Stop at the first entry past the cap, before parsing the rest."""
    if len(entries) > MAX_BATCH_ENTRIES:
        raise RefusedFile(
            f"The file holds more than {MAX_BATCH_ENTRIES} articles, the limit per "
            "batch. Split it into smaller batches."
        )


def _zip_entries(data: bytes) -> list[BatchEntry]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            check_archive(archive, what="ZIP archive")
            entries = []
            for member in archive.infolist():
                name = member.filename
                last = name.rsplit("/", 1)[-1]
                if (
                    member.is_dir()
                    or name.startswith(SKIPPED_PREFIXES)
                    or (last.startswith("."))
                ):
                    continue
                if not is_article_name(name):
                    entries.append(
                        BatchEntry(display_name(name), problem=NOT_AN_ARTICLE)
                    )
                elif member.file_size > MAX_FILE_BYTES:
                    entries.append(
                        BatchEntry(
                            display_name(name),
                            problem=f"The file is {member.file_size / MEGABYTE:,.1f} "
                            f"MB; the limit is {MAX_FILE_BYTES // MEGABYTE} MB.",
                        )
                    )
                else:
                    entries.append(_member_entry(archive, member))
                _counted(entries)
            return entries
    except RefusedFile:
        raise
    except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError):
        # NotImplementedError: a compression method or encryption zipfile lacks.
        raise RefusedFile(
            "This ZIP archive is damaged, encrypted or cut short and could not "
            "be opened."
        ) from None


def _member_entry(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> BatchEntry:
    # archive.read() unpacks a member's whole stream before it checks the
    # size, so a member that lies about its size could unpack to gigabytes.
    # A capped read unpacks in small steps and stops at the declared size;
    # a liar then fails its checksum (BadZipFile: the archive is refused).
    with archive.open(member) as stream:
        return BatchEntry(display_name(member.filename), stream.read(member.file_size))


def _csv_entries(text: str) -> list[BatchEntry]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    columns = {(name or "").strip().lower() for name in reader.fieldnames or []}
    if "text" not in columns:
        raise RefusedFile(
            "A CSV batch needs a header row with a 'text' column (and optionally "
            f"title, outlet, byline, published_on, source_url). {NOT_A_BATCH}"
        )
    entries = []
    try:
        for number, row in enumerate(reader, start=2):
            fields = _row_fields(
                {(key or "").strip().lower(): value for key, value in row.items()}
            )
            entries.append(_row_entry(f"row {number}", fields))
            _counted(entries)
    except csv.Error as error:
        raise RefusedFile(f"The CSV file is malformed: {error}.") from None
    return entries


def _jsonl_entries(text: str) -> list[BatchEntry]:
    entries = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        name = f"line {number}"
        try:
            row = json.loads(line)
        except (ValueError, RecursionError):
            # ValueError covers JSONDecodeError and numbers too long to read;
            # RecursionError, nesting too deep.
            entries.append(BatchEntry(name, problem="This line is not valid JSON."))
            _counted(entries)
            continue
        if not isinstance(row, dict):
            entries.append(
                BatchEntry(name, problem="This line is not a JSON object {...}.")
            )
        else:
            entries.append(_row_entry(name, _row_fields(row)))
        _counted(entries)
    return entries


def _row_fields(row: dict) -> dict[str, str]:
    return {
        key: str(row[key]) if row.get(key) is not None else ""
        for key in ROW_FIELDS
        if key in row
    }


def _row_entry(name: str, fields: dict[str, str]) -> BatchEntry:
    title = " ".join(fields.get("title", "").split())
    label = f"{name}: {title[:80]}" if title else name
    text = fields.get("text", "")
    if not text.strip():
        return BatchEntry(label, fields=fields, problem="This row has no text.")
    if len(text) > MAX_TEXT_CHARACTERS:
        return BatchEntry(
            label,
            problem=f"The text is {len(text):,} characters long; the limit is "
            f"{MAX_TEXT_CHARACTERS:,}.",
        )
    return BatchEntry(label, fields=fields)
