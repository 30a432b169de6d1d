"""The byline, outlet and date an article's own lines give."""

from datetime import date

import pytest

from articles.domain.details import FoundDetails, date_in, found_details


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ferry vote splits island\nBy Ana Ortiz, Island Gazette\n"
            "Published 27 December 2024, 10:01\nThe council said it would vote.",
            FoundDetails("Ana Ortiz", "Island Gazette", date(2024, 12, 27)),
        ),
        (
            "Headline\nBy Sam Lee - The Westhaven Courier\nUpdated 5 March 2024\n"
            "The mayor spoke.",
            FoundDetails("Sam Lee", "The Westhaven Courier", date(2024, 3, 5)),
        ),
        # A second author after the comma is not an outlet.
        (
            "Headline\nBy Priya Nair, Tom Becker\nDecember 3, 2025\nText.",
            FoundDetails("Priya Nair, Tom Becker", "", date(2025, 12, 3)),
        ),
        # A job title is not an outlet either.
        (
            "By Ana Ortiz | Political reporter\n2h ago\nThe storm hit.",
            FoundDetails("Ana Ortiz"),
        ),
        # A scraped live blog glues the name to the date.
        (
            "Live\nAna Ortiz27 December 2024 10:01\nThe storm hit.",
            FoundDetails("Ana Ortiz", "", date(2024, 12, 27)),
        ),
        # A date inside a sentence of the article is not its date.
        ("The mayor said on 3 March 2024 that fares rise.", FoundDetails()),
        ("", FoundDetails()),
    ],
)
def test_details_come_from_the_lines_the_clutter_detector_recognises(text, expected):
    assert found_details(text) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Published 27 December 2024", date(2024, 12, 27)),
        ("Tue, Dec 3rd, 2024 at 10:00", date(2024, 12, 3)),
        ("2024-02-03", date(2024, 2, 3)),
        ("31 February 2024", None),  # no such day
        ("03/04/2024", None),  # which is the month? left blank
        ("27 December", None),  # no year: not guessed
    ],
)
def test_only_full_real_dates_are_read(line, expected):
    assert date_in(line) == expected
