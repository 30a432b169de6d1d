import math

import pytest

from articles.domain.opinion_features import (
    char_wb_pieces,
    opinion_features,
    piece_tokens,
)
from articles.domain.opinion_model import (
    OpinionModel,
    load_model,
    read_opinion,
    shipped_model,
)

# scikit-learn's char_wb (3 to 5) for these tokens, written out by hand from
# its definition: the token padded with one space each side, every piece of
# each size in order, a token shorter than a size giving itself once and
# ending the sizes.
CHAR_WB = [
    ("a", [" a "]),
    ("ab", [" ab", "ab ", " ab "]),
    ("abc", [" ab", "abc", "bc ", " abc", "abc ", " abc "]),
    (
        "word",
        [" wo", "wor", "ord", "rd ", " wor", "word", "ord ", " word", "word "],
    ),
    ("no.", [" no", "no.", "o. ", " no.", "no. ", " no. "]),
]


@pytest.mark.parametrize(("token", "pieces"), CHAR_WB)
def test_character_pieces_are_scikit_learns_char_wb(token, pieces):
    assert list(char_wb_pieces(token)) == pieces


def test_every_piece_of_a_token_points_at_its_word_without_the_punctuation():
    voice = "Wrong, again."
    features = opinion_features(voice)
    spans = {span for _, span in features.characters}
    assert spans == {(0, 5), (7, 12)}
    assert [piece for piece, _ in features.characters][:3] == [" wr", "wro", "ron"]


def test_character_pieces_are_lower_case_and_skip_blanked_quotations():
    voice = "Critics         , the Mayor said."  # a quotation blanked out
    pieces = {piece for piece, _ in opinion_features(voice).characters}
    assert " may" in pieces
    assert " ma" in pieces
    assert not any("M" in piece for piece in pieces)


@pytest.mark.parametrize(
    ("voice", "cut", "left_out"),
    [
        ("The ferry and the island.", {"ferry", "island."}, {"the", "and"}),
        ("It was a scandal.", {"scandal."}, {"it", "was", "a"}),
        ("Theirs is a theory.", {"theirs", "theory."}, {"is", "a"}),
    ],
)
def test_function_words_are_not_cut_into_pieces(voice, cut, left_out):
    tokens = {token for token, _ in piece_tokens(voice)}
    assert tokens == cut
    assert not tokens & left_out


def test_words_and_word_pairs_keep_the_offsets_of_their_words():
    voice = "The reckless council gutted it."
    words = dict(opinion_features(voice).words)
    assert words["reckless"] == ((4, 12),)
    assert words["reckless council"] == ((4, 12), (13, 20))
    assert "the" not in words  # function words are left out


# (voice, quoted share, source kinds, features that must be there, must not)
RULES = [
    ("The fare rise must be reversed.", 0, (), {"modal_passive", "modal"}, set()),
    ("Passengers must show a ticket.", 0, (), {"modal"}, {"modal_passive"}),
    (
        "Why was nobody told?",
        0,
        (),
        {"question", "question:last", "question:opening"},
        set(),
    ),
    (
        "The council met on Tuesday.",
        0,
        (),
        {"source:none", "quoted:none"},
        {"question", "exclamation", "shape:headline"},
    ),
    (
        "Carmaker Recalls Twenty Thousand Vans",
        0,
        (),
        {"shape:headline", "shape:title_case"},
        set(),
    ),
    (
        "Carmaker recalls twenty thousand vans.",
        0,
        (),
        {"shape:short"},
        {"shape:headline", "shape:no_stop"},
    ),
    (
        "                  , Kirby said.",
        0.6,
        ("named",),
        {"source:named", "quoted:most"},
        {"source:none"},
    ),
    (
        "Some residents said the road was closed.",
        0.0,
        ("vague",),
        {"source:vague"},
        set(),
    ),
    ("We deserve better than this!", 0, (), {"writer_we", "exclamation"}, set()),
    ("The US and Canada signed the pact.", 0, (), set(), {"writer_we"}),
    ("I think it is a disgrace.", 0, (), {"writer_i"}, set()),
    ("Write to your MP today.", 0, (), {"opens_with_verb"}, set()),
    ("Signs of recovery were seen.", 0, (), set(), {"opens_with_verb"}),
]


@pytest.mark.parametrize(("voice", "share", "kinds", "present", "absent"), RULES)
def test_rule_features_say_what_the_rules_see(voice, share, kinds, present, absent):
    rules = set(opinion_features(voice, share, kinds).rules)
    assert present <= rules
    assert not absent & rules


def tiny_model(**changes) -> OpinionModel:
    """A model whose weights are written by hand, so the expected
    probability can be worked out on paper."""
    fields = {
        "bias": -1.0,
        "words": {"reckless": 1.5, "council": -0.5, "reckless council": 0.25},
        "characters": {"ckl": 0.5, " gu": 0.2},
        "rules": {"source:none": 0.1, "exclamation": 0.75},
        "evidence": ((0.8, 1.5), (0.6, 0.5)),
    }
    return OpinionModel(**{**fields, **changes})


def sigmoid(score: float) -> float:
    return 1 / (1 + math.exp(-score))


SCORES = [
    # bias, reckless, council, pair, "ckl" once, source:none
    ("The reckless council.", -1.0 + 1.5 - 0.5 + 0.25 + 0.5 + 0.1),
    # a feature counts once however often it occurs: the model is binary
    ("Reckless, reckless council!", -1.0 + 1.5 - 0.5 + 0.25 + 0.5 + 0.1 + 0.75),
    ("The board met.", -1.0 + 0.1),
    ("They gutted it.", -1.0 + 0.2 + 0.1),
]


@pytest.mark.parametrize(("voice", "score"), SCORES)
def test_the_probability_is_the_logistic_of_the_summed_weights(voice, score):
    model = tiny_model()
    assert model.score(opinion_features(voice)) == pytest.approx(score, abs=1e-9)
    reading = read_opinion(voice, model=model)
    assert reading.probability == round(sigmoid(score), 3)


@pytest.mark.parametrize(
    ("probability", "weight"),
    [(0.95, 1.5), (0.8, 1.5), (0.79, 0.5), (0.6, 0.5), (0.59, 0.0), (0.1, 0.0)],
)
def test_the_evidence_table_turns_a_probability_into_a_weight(probability, weight):
    assert tiny_model().evidence_weight(probability) == weight


def test_the_strongest_are_whole_words_with_pieces_going_to_their_word():
    sentence = "The reckless council met, again!"
    model = tiny_model(bias=2.0)
    reading = read_opinion(sentence, model=model)
    # reckless: 1.5 + half the pair (0.125) + its piece "ckl" (0.5); council:
    # -0.5 + 0.125 pulls away from opinion and is never named.
    assert reading.strongest == ((4, 12),)
    assert sentence[4:12] == "reckless"
    assert reading.weight == 1.5


def test_the_strongest_word_comes_first_whatever_its_place():
    model = tiny_model(bias=2.0, words={"council": 0.4, "reckless": 1.5})
    reading = read_opinion("The council is reckless.", model=model)
    assert reading.strongest == ((15, 23), (4, 11))  # "reckless", "council"


def test_a_reading_worth_no_evidence_names_no_words():
    reading = read_opinion("The board met.", model=tiny_model())
    assert reading.weight == 0.0
    assert reading.strongest == ()


def test_weights_load_from_data_with_the_evidence_table_highest_first():
    model = load_model(
        {
            "bias": 0.5,
            "words": {"x": 1.0},
            "characters": {},
            "rules": {},
            "evidence": [[0.6, 0.8], [0.8, 2.0]],
        }
    )
    assert model.evidence == ((0.8, 2.0), (0.6, 0.8))
    assert model.words == {"x": 1.0}


def test_the_shipped_model_has_every_family_of_features():
    model = shipped_model()
    assert model is not None
    assert model.words
    assert model.characters
    assert model.rules
    assert model.evidence


def test_loaded_framing_reads_as_opinion_and_plain_reporting_does_not():
    opinion = read_opinion(
        "This reckless government has once again betrayed hard-working families."
    )
    report = read_opinion("Shares fell 40 per cent in a single day, the exchange said.")

    assert opinion.probability >= 0.8
    assert report.probability < 0.5


def test_the_strongest_words_are_given_as_offsets_into_the_sentence():
    sentence = "The so-called experts were, predictably, wrong again."

    reading = read_opinion(sentence)

    assert reading.strongest
    assert all(0 <= start < end <= len(sentence) for start, end in reading.strongest)
    for start, end in reading.strongest:
        word = sentence[start:end]
        assert word.strip(",.") == word  # whole words, no punctuation
