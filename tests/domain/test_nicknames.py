import pytest

from quizapp.domain.nicknames import clean_nickname, nickname_key


@pytest.mark.parametrize(
    "look_alike",
    [
        "Alice",
        "ALICE",
        "\u0410lice",  # Cyrillic capital A
        "Ali\u200bce",  # zero-width space
        "Al\u0456ce",  # Cyrillic i
        "\uff21lice",  # full-width A
        "Alice\u202e",  # a bidi override
        " Alice ",
    ],
)
def test_names_a_reader_cannot_tell_apart_share_a_key(look_alike):
    assert nickname_key(look_alike) == nickname_key("Alice")


def test_case_folds_the_same_way_whatever_the_database():
    assert nickname_key("Zoë") == nickname_key("ZOË")
    assert nickname_key("Straße") == nickname_key("STRASSE")


@pytest.mark.parametrize(
    ("one", "other"),
    [("Zoe", "Zoë"), ("Ana", "Anna"), ("Mo", "Max"), ("Léa", "Lea")],
)
def test_different_names_keep_different_keys(one, other):
    assert nickname_key(one) != nickname_key(other)


def test_a_composed_and_a_decomposed_accent_are_one_name():
    assert nickname_key("Zo\u00eb") == nickname_key("Zoe\u0308")


def test_the_shown_nickname_loses_invisible_characters_but_not_letters():
    assert clean_nickname("  Ali\u200bce \u202e Smith ") == "Alice Smith"
    assert clean_nickname("Zoe\u0308") == "Zo\u00eb"
    # A zero-width non-joiner changes how Persian letters join: kept.
    assert clean_nickname("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645") == (
        "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"
    )
    assert clean_nickname("\x07Bell\x00") == "Bell"


@pytest.mark.parametrize(
    ("capital", "small"), [("Ian", "lan"), ("AI", "Al"), ("Isla", "lsla")]
)
def test_a_capital_i_and_a_small_l_are_one_shape(capital, small):
    assert nickname_key(capital) == nickname_key(small)
    assert nickname_key(capital) == nickname_key(capital.lower())


@pytest.mark.parametrize(
    "invisible", ["\u3164", "\u115f", "\u034f", "\ufe0f", "\u180e", "\u2800"]
)
def test_characters_that_show_as_nothing_are_dropped(invisible):
    assert nickname_key(f"Alice{invisible}") == nickname_key("Alice")
    assert clean_nickname(f"Al{invisible}ice") == "Alice"
    assert clean_nickname(invisible) == ""


def test_a_nickname_that_grows_under_compatibility_folding_has_a_short_key():
    # U+FDFA folds to 18 characters.
    assert len(nickname_key("\ufdfa" * 40)) == 64
