"""Batch files built to be awkward: escaping member names, members lying
about their size in every compression zipfile reads, rows with NUL, lone
surrogates and fields past the CSV module's limit."""

import csv
import io
import json
import zipfile

from tests.extraction.sample_files import lying_zip


def zip_named(files: dict[str, bytes]) -> bytes:
    """A ZIP whose member names are kept exactly as given ("../x.txt")."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(zipfile.ZipInfo(name, (2026, 3, 2, 9, 30, 0)), data)
    return buffer.getvalue()


def lying_member_zip(method: int, *, actual: int, declared: int = 1000) -> bytes:
    # One repeated byte: bzip2 packs it in moments, and tightest of all.
    return lying_zip(actual=actual, declared=declared, method=method)


def csv_file(header: list[str], rows: list[list[str]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(rows)
    # surrogatepass: a lone surrogate written as the bytes a careless
    # exporter would write; the reader decodes them as it can.
    return buffer.getvalue().encode("utf-8", "surrogatepass")


def jsonl_file(rows: list[object]) -> bytes:
    """One JSON value per line, non-ASCII escaped: lone surrogates and NUL
    arrive as \\udc00 and \\u0000, as json.dumps writes them."""
    return "\n".join(json.dumps(row) for row in rows).encode()
