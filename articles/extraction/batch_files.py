"""Split a batch upload (a ZIP of files, a CSV or a JSONL) into entries."""

import io
import zipfile
from contextlib import closing
from dataclasses import dataclass, field

from .archive_members import is_clutter, member_parts, read_member
from .batch_rows import RowReader, csv_rows, jsonl_rows
from .document import RefusedFile
from .limits import MAX_FILE_BYTES, MEGABYTE, check_archive
from .names import NOT_AN_ARTICLE, display_name, is_article_name
from .sniffing import ZIP_SIGNATURES, sniff_text, text_kind, zip_kind

MAX_BATCH_ENTRIES = 500
NOT_A_BATCH = (
    "A batch must be a ZIP archive, a CSV file or a JSONL file. To add a single "
    "article, use Add an article."
)


@dataclass(frozen=True)
class BatchEntry:
    """One article to import: a file's bytes, or a row's fields."""

    name: str
    payload: bytes = b""
    fields: dict[str, str] = field(default_factory=dict)
    # Set when the entry is refused before any parsing (a bad row, say).
    problem: str = ""
    # Shown with the result of an entry that is imported: a column not read.
    note: str = ""


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
                if is_clutter(member):
                    continue
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
    """An entry for the member; one that cannot be read is listed alone."""
    # Named by its last part inside the archive: "../../x.txt" is x.txt.
    name = display_name("/".join(member_parts(member.filename)))
    if not is_article_name(name):
        return BatchEntry(name, problem=NOT_AN_ARTICLE)
    if member.file_size > MAX_FILE_BYTES:
        return BatchEntry(
            name,
            problem=f"The file is {member.file_size / MEGABYTE:,.1f} MB; the limit "
            f"is {MAX_FILE_BYTES // MEGABYTE} MB.",
        )
    try:
        return BatchEntry(name, read_member(archive, member))
    except RefusedFile as refusal:
        return BatchEntry(name, problem=str(refusal))


def _csv_entries(text: str) -> list[BatchEntry]:
    try:
        rows = csv_rows(text)
    except RefusedFile as refusal:
        raise RefusedFile(f"{refusal} {NOT_A_BATCH}") from None
    reader = RowReader()
    entries = []
    # closing(): a generator left at the entry cap restores the CSV field
    # limit now, not whenever it is collected.
    with closing(rows):
        for number, row in rows:
            entries.append(_row_entry(f"row {number}", *reader.read(row)))
            _counted(entries)
    return entries


def _jsonl_entries(text: str) -> list[BatchEntry]:
    reader = RowReader()
    entries = []
    for number, row in jsonl_rows(text):
        name = f"line {number}"
        if isinstance(row, RefusedFile):
            entries.append(BatchEntry(name, problem=str(row)))
        elif not isinstance(row, dict):
            entries.append(
                BatchEntry(name, problem="This line is not a JSON object {...}.")
            )
        else:
            entries.append(_row_entry(name, *reader.read(row)))
        _counted(entries)
    return entries


def _row_entry(
    name: str, fields: dict[str, str], problem: str, note: str
) -> BatchEntry:
    title = " ".join(fields.get("title", "").split())
    label = f"{name}: {title[:80]}" if title else name
    if problem:
        # The fields are not kept: one may be the cause (megabytes of it).
        return BatchEntry(label, problem=problem)
    if not fields.get("text", "").strip():
        return BatchEntry(label, fields=fields, problem="This row has no text.")
    return BatchEntry(label, fields=fields, note=note)
