"""A changed label gets the labeler's reason for it, or none where the
sentence gives no honest one."""

import pytest

from articles.domain.explaining import reason_for
from articles.domain.labels import Label


@pytest.mark.parametrize(
    ("sentence", "label", "reason"),
    [
        (
            "Mayor Lina Ortiz said the building will reopen on 3 June.",
            Label.SOURCED_CLAIM,
            "'Mayor Lina Ortiz said' names the source.",
        ),
        (
            "Critics say the consultation was a sham.",
            Label.EDITORIAL_APPEAL,
            "'sham' is loaded wording in the writer's own voice.",
        ),
        (
            "Critics say the consultation was a sham.",
            Label.UNVERIFIED_ASSERTION,
            "'Critics' does not say who exactly, so a reader cannot check it.",
        ),
        (
            "The ferry is reportedly losing money on its evening sailings.",
            Label.UNVERIFIED_ASSERTION,
            "'reportedly' hedges the claim without saying who makes it.",
        ),
        (
            "Town hall to reopen after repairs",
            Label.UNVERIFIED_ASSERTION,
            "'Town hall to reopen after repairs' is stated as fact, but no one is "
            "named who says so: look for who told the writer.",
        ),
        (
            "Donate now to keep our reporting free!",
            Label.EDITORIAL_APPEAL,
            "'Donate' tells the reader to act, 'our reporting' asks the reader "
            "for support, and '!' adds emotion.",
        ),
    ],
)
def test_the_reason_names_the_words_that_support_the_label(sentence, label, reason):
    assert reason_for(sentence, label) == reason


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        # A named source: only the teacher knows why it should not count.
        (
            "The harbour board said the timetable starts in April.",
            Label.UNVERIFIED_ASSERTION,
        ),
        # Nothing in the wording works on the reader.
        (
            "The harbour board said the timetable starts in April.",
            Label.EDITORIAL_APPEAL,
        ),
        ("Some residents believe the change was rushed.", Label.SOURCED_CLAIM),
        # "had a say?" is no citation, though the attribution finder reads one.
        ("Isn't it time the town finally had a say?", Label.SOURCED_CLAIM),
        # Clutter is never asked and needs no reason.
        ("By Lena Marsh", Label.NONE),
    ],
)
def test_no_reason_is_made_up_where_the_sentence_gives_none(sentence, label):
    assert reason_for(sentence, label) is None
