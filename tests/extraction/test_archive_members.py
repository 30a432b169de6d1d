"""Archive members: every one imported under a safe name or listed with a
reason, and none unpacked past the size it declares."""

import io
import tracemalloc
import zipfile

import pytest

from articles.extraction.batch_files import split_batch
from tests.extraction.hostile_batches import lying_member_zip, zip_named

STORY = b"The harbour master said the ferry would sail at noon."


def test_names_that_escape_the_archive_are_imported_under_their_file_name():
    archive = zip_named(
        {
            "../../tides.txt": STORY,
            "..\\..\\fog.txt": STORY + b" Fog.",
            "/var/news/gales.txt": STORY + b" Gales.",
            "C:\\news\\rain.txt": STORY + b" Rain.",
            "../../run.sh": b"echo hi",
            "..": b"nothing",
        }
    )

    entries = split_batch(archive, "batch.zip")

    assert [(entry.name, entry.payload[:12]) for entry in entries[:4]] == [
        ("tides.txt", STORY[:12]),
        ("fog.txt", STORY[:12]),
        ("gales.txt", STORY[:12]),
        ("rain.txt", STORY[:12]),
    ]
    assert [(entry.name, entry.problem[:8]) for entry in entries[4:]] == [
        ("run.sh", "Skipped:"),
        ("unnamed file", "Skipped:"),
    ]


def test_only_folders_forks_and_hidden_files_go_unlisted():
    archive = zip_named(
        {
            "news/": b"",
            "news\\old\\": b"",
            "__MACOSX/news/._tides.txt": b"fork",
            "news/.DS_Store": b"finder",
            "../.hidden/tides.txt": b"hidden folder",
            "news/tides.txt": STORY,
        }
    )

    entries = split_batch(archive, "batch.zip")

    assert [(entry.name, entry.problem) for entry in entries] == [("tides.txt", "")]


@pytest.mark.parametrize(
    "method", [zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA]
)
def test_a_lying_member_is_refused_alone_after_its_declared_size(method):
    liar = lying_member_zip(method, actual=200 * 1024 * 1024)
    tracemalloc.start()
    try:
        (entry,) = split_batch(liar, "batch.zip")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert entry.problem == (
        "This file in the archive is damaged or not the size it declares, so it "
        "was not read."
    )
    # bzip2 unpacked the whole 200 MB before the checksum failed.
    assert peak < 10 * 1024 * 1024


@pytest.mark.parametrize(
    "method",
    [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA],
)
def test_honest_members_are_read_in_every_compression(method):
    text = STORY * 5_000  # several read steps
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as packed:
        packed.writestr("a.txt", text)
        packed.writestr("b.txt", STORY)

    first, second = split_batch(buffer.getvalue(), "batch.zip")

    assert (first.payload, second.payload) == (text, STORY)


def test_a_damaged_member_is_refused_alone():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as packed:
        packed.writestr("a.txt", STORY)
        packed.writestr("b.txt", STORY + b" Again.")
    data = bytearray(buffer.getvalue())
    data[data.index(STORY) + 4] ^= 0xFF  # one byte of a.txt flipped

    first, second = split_batch(bytes(data), "batch.zip")

    assert first.problem.startswith("This file in the archive is damaged")
    assert (second.problem, second.payload) == ("", STORY + b" Again.")
