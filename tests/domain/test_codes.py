import pytest

from quizapp.domain.codes import (
    UNAMBIGUOUS_ALPHABET,
    format_rejoin_code,
    normalise_code,
    random_code,
)


def test_codes_use_no_characters_that_look_alike():
    codes = "".join(random_code(8) for _ in range(200))

    assert set(codes) <= set(UNAMBIGUOUS_ALPHABET)
    assert not set(codes) & set("0O1IL5S")


@pytest.mark.parametrize("typed", ["ferry7", " FERRY 7 ", "fer-ry7"])
def test_typed_codes_are_normalised_to_the_stored_form(typed):
    assert normalise_code(typed) == "FERRY7"


def test_rejoin_codes_are_shown_in_two_halves():
    assert format_rejoin_code("ABCD2346") == "ABCD-2346"
