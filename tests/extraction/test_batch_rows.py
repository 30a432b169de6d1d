"""CSV and JSONL rows: awkward characters, long fields, loose column names
and wrong types are one row's business, never the whole batch's."""

import csv

import pytest

from articles.extraction.batch_files import split_batch
from articles.extraction.batch_rows import row_date
from tests.extraction.hostile_batches import csv_file, jsonl_file

FILLER = "The harbour master said the ferry would sail at noon. " * 4


def test_nul_and_lone_surrogates_are_cleaned_from_every_field_and_name():
    row = {
        "title": "Tide\x00 tables \udc00",
        "text": "The pilot\x00 said the channel was clear \ud800today.",
        "outlet": "Coast\x00 Weekly",
        "byline": "Ines \udfffMar",
        "published_on": "2026-03-02\x00",
        "source_url": "https://example.org/\x00tides",
    }

    (entry,) = split_batch(jsonl_file([row]), "rows.jsonl")

    assert entry.problem == ""
    assert entry.name == "line 1: Tide tables \ufffd"
    assert entry.fields == {
        "title": "Tide tables \ufffd",
        "text": "The pilot said the channel was clear \ufffdtoday.",
        "outlet": "Coast Weekly",
        "byline": "Ines \ufffdMar",
        "published_on": "2026-03-02",
        "source_url": "https://example.org/tides",
    }


def test_a_csv_field_past_the_csv_modules_limit_refuses_only_its_row():
    limit = csv.field_size_limit()
    huge = "word " * (limit // 5 + 10)
    data = csv_file(
        ["title", "text"], [["Long", huge], ["Short", "The mayor said so."]]
    )

    first, second = split_batch(data, "rows.csv")

    assert first.name == "row 2: Long"
    assert first.problem == (
        f"The text is {len(huge):,} characters long; the limit is 100,000."
    )
    assert not first.fields
    assert (second.problem, second.fields["text"]) == ("", "The mayor said so.")
    # The module's limit is put back for the rest of the process.
    assert csv.field_size_limit() == limit


def test_common_column_names_are_read_and_unknown_ones_listed_once():
    data = csv_file(
        ["Headline", "Body", "Author", "Date", "URL", "Tags"],
        [
            ["Tides", FILLER, "Ines Mar", "2026-03-02", "https://example.org/t", "sea"],
            ["Fog", FILLER, "Ola Berg", "2026-03-03", "https://example.org/f", "air"],
        ],
    )

    first, second = split_batch(data, "rows.csv")

    assert first.fields == {
        "title": "Tides",
        "text": FILLER,
        "byline": "Ines Mar",
        "published_on": "2026-03-02",
        "source_url": "https://example.org/t",
    }
    assert first.note == (
        "Not read: 'tags' (the fields read are title, text, outlet, byline, "
        "published_on, source_url)."
    )
    assert second.note == ""  # said once, on the first row with the column
    assert second.fields["published_on"] == "2026-03-03"


def test_a_field_given_under_two_names_uses_its_own_and_lists_the_other():
    data = jsonl_file([{"text": FILLER, "published_on": "2026-03-02", "date": "x"}])

    (entry,) = split_batch(data, "rows.jsonl")

    assert entry.fields["published_on"] == "2026-03-02"
    assert entry.note.startswith("Not read: 'date'")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (42, "The text must be a string in quotes, not a number."),
        (True, "The text must be a string in quotes, not true or false."),
        (["One.", "Two."], "The text must be a string in quotes, not a list."),
        ({"body": "x"}, "The text must be a string in quotes, not an object."),
    ],
)
def test_a_jsonl_text_that_is_not_a_string_says_so(text, message):
    data = jsonl_file([{"title": "Odd", "text": text}, {"text": FILLER}])

    first, second = split_batch(data, "rows.jsonl")

    assert (first.name, first.problem) == ("line 1: Odd", message)
    assert second.problem == ""


def test_other_json_fields_take_numbers_and_lists_of_names():
    data = jsonl_file(
        [{"text": FILLER, "outlet": 24, "byline": ["Ines Mar", "Ola Berg"]}]
    )

    (entry,) = split_batch(data, "rows.jsonl")

    assert (entry.fields["outlet"], entry.fields["byline"]) == (
        "24",
        "Ines Mar, Ola Berg",
    )


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("2026-03-02", "2026-03-02"),
        ("2026-03-02T09:30:00Z", "2026-03-02"),
        ("Mon, 02 Mar 2026 09:30:00 +0000", "2026-03-02"),
        ("2 March 2026", "2026-03-02"),
        ("March 2, 2026", "2026-03-02"),
    ],
)
def test_common_date_forms_are_read(value, day):
    parsed, note = row_date(value)

    assert (parsed.isoformat(), note) == (day, "")


def test_an_unreadable_date_is_a_note_not_a_refusal():
    assert row_date("next week") == (
        None,
        "The date 'next week' is not a date like 2026-03-02, so the article was "
        "imported without one.",
    )
    assert row_date("  ") == (None, "")
