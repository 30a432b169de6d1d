import json

import pytest

from articles.extraction import RefusedFile
from articles.extraction.batch_files import MAX_BATCH_ENTRIES, split_batch
from articles.extraction.names import display_name
from tests.extraction import sample_files as uploads


def test_zip_members_become_entries_and_hidden_files_are_skipped():
    archive = uploads.zip_of(
        {
            "ferry.html": uploads.html_page(),
            "nested/dir/ferry.docx": uploads.word_document(),
            "__MACOSX/._ferry.html": b"resource fork",
            ".DS_Store": b"finder",
        }
    )

    entries = split_batch(archive, "batch.zip")

    assert [entry.name for entry in entries] == ["ferry.html", "ferry.docx"]
    assert entries[1].payload.startswith(b"PK")  # the document's own bytes


def test_zip_bomb_batch_is_refused():
    with pytest.raises(RefusedFile, match="zip bomb"):
        split_batch(uploads.archive_bomb(80), "batch.zip")


def test_csv_rows_become_entries_with_their_fields():
    data = (
        "Title,Text,Outlet\n"
        '"Fares rise","The council said fares rise.",Gazette\n'
        'Empty row,"",Gazette\n'
    ).encode("cp1252")

    first, second = split_batch(data, "articles.csv")

    assert first.name == "row 2: Fares rise"
    assert first.fields == {
        "title": "Fares rise",
        "text": "The council said fares rise.",
        "outlet": "Gazette",
    }
    assert second.problem == "This row has no text."


def test_csv_without_a_text_column_is_refused():
    with pytest.raises(RefusedFile, match="'text' column"):
        split_batch(b"title,summary\nA,B\n", "articles.csv")


def test_jsonl_lines_become_entries_and_bad_lines_are_named():
    data = "\n".join(
        [
            json.dumps({"title": "Fares rise", "text": "The council said so."}),
            "{not json",
            "[1, 2]",
            "",
            json.dumps({"text": "No title here.", "published_on": None}),
        ]
    ).encode()

    entries = split_batch(data, "articles.jsonl")

    assert [(entry.name, entry.problem) for entry in entries] == [
        ("line 1: Fares rise", ""),
        ("line 2", "This line is not valid JSON."),
        ("line 3", "This line is not a JSON object {...}."),
        ("line 5", ""),
    ]
    assert entries[3].fields == {"text": "No title here.", "published_on": ""}


def test_a_member_lying_about_its_size_is_refused_without_unpacking_it():
    (entry,) = split_batch(uploads.lying_zip(), "batch.zip")

    assert entry.problem == (
        "This file in the archive is damaged or not the size it declares, so it "
        "was not read."
    )


def test_a_row_over_the_text_cap_is_refused_alone():
    long_text = "word " * 30_000
    data = "\n".join(
        [json.dumps({"text": long_text}), json.dumps({"text": "Short."})]
    ).encode()

    first, second = split_batch(data, "rows.jsonl")

    assert "150,000 characters long" in first.problem
    assert not first.fields  # the text is not kept
    assert second.problem == ""


def test_hostile_json_lines_are_refused_alone():
    data = (
        b'{"text": "Fine."}\n' + b"[" * 100_000 + b'\n{"text": 1' + b"0" * 5000 + b"}"
    )

    entries = split_batch(data, "rows.jsonl")

    assert [entry.problem for entry in entries] == [
        "",
        "This line is not valid JSON.",
        "This line is not valid JSON.",
    ]


def test_too_many_entries_are_refused():
    rows = "".join(f'"Article {n}","Text {n}."\n' for n in range(MAX_BATCH_ENTRIES + 1))
    with pytest.raises(RefusedFile, match="more than 500 articles"):
        split_batch(f"title,text\n{rows}".encode(), "big.csv")


def test_empty_batch_is_refused():
    with pytest.raises(RefusedFile, match="empty"):
        split_batch(b"", "nothing.csv")
    with pytest.raises(RefusedFile, match="holds no articles"):
        split_batch(b"title,text\n", "header-only.csv")


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("../../etc/passwd.txt", "passwd.txt"),
        ("C:\\Users\\ana\\ferry.docx", "ferry.docx"),
        ("invoice\u202etxt.exe", "invoicetxt.exe"),
        ("cafe\u0301\x00.txt", "café.txt"),
        ("/", "unnamed file"),
    ],
)
def test_display_names_lose_paths_controls_and_direction_overrides(raw, shown):
    assert display_name(raw) == shown


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (uploads.word_document(), "ferry.docx", "This is a Word document, not a batch"),
        (uploads.pdf_document(), "ferry.pdf", "must be a ZIP archive, a CSV"),
        (uploads.html_page(), "ferry.html", "must be a ZIP archive, a CSV"),
        (bytes(range(256)) * 20, "noise.bin", "must be a ZIP archive, a CSV"),
    ],
)
def test_a_single_article_file_is_not_taken_for_a_batch(data, name, message):
    with pytest.raises(RefusedFile, match=message):
        split_batch(data, name)


def test_archive_members_that_are_not_article_files_are_listed_as_skipped():
    archive = uploads.zip_of(
        {"site/app.py": b"print('hi')", "site/logo.png": b"\x89PNG", "a.txt": b"Hi."}
    )

    entries = split_batch(archive, "site.zip")

    assert [(entry.name, bool(entry.problem)) for entry in entries] == [
        ("app.py", True),
        ("logo.png", True),
        ("a.txt", False),
    ]
    assert entries[0].problem.startswith("Skipped: only .html")
