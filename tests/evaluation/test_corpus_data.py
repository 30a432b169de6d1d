"""The real sentence corpus (tests/data/corpus/) is large, varied and sound
enough to train and measure the opinion model on (issue 18)."""

from collections import Counter
from pathlib import Path

import pytest

from articles.domain.labels import Label
from articles.evaluation.corpus import agreement, load_corpus, load_second_labels

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"
CLAIM_LABELS = (
    Label.SOURCED_CLAIM,
    Label.UNVERIFIED_ASSERTION,
    Label.EDITORIAL_APPEAL,
)


@pytest.fixture(scope="module")
def sentences():
    return load_corpus(CORPUS)


@pytest.fixture(scope="module")
def second_labels():
    return load_second_labels(CORPUS)


def test_the_corpus_holds_at_least_6000_sentences(sentences):
    assert len(sentences) >= 6000


def test_every_id_is_used_once(sentences):
    repeated = [id_ for id_, n in Counter(s.id for s in sentences).items() if n > 1]
    assert repeated == []


def test_no_text_appears_twice(sentences):
    # A repeated text would sit in train and test at once, or count twice.
    repeated = [t for t, n in Counter(s.text for s in sentences).items() if n > 1]
    assert repeated == []


def test_every_label_is_present(sentences):
    assert {s.label for s in sentences} == set(Label)


@pytest.mark.parametrize("label", CLAIM_LABELS)
def test_each_claim_label_has_at_least_a_tenth_of_the_claims(sentences, label):
    claims = [s.label for s in sentences if s.label in CLAIM_LABELS]
    assert claims.count(label) / len(claims) >= 0.10


def test_at_least_40_percent_of_sentences_are_in_minimal_pairs(sentences):
    paired = sum(1 for s in sentences if s.pair)
    assert paired / len(sentences) >= 0.40


def test_a_pair_never_straddles_train_and_test(sentences):
    # A pair split across both would let the model see the test row's twin.
    splits_by_pair: dict[str, set[str]] = {}
    for sentence in sentences:
        if sentence.pair:
            splits_by_pair.setdefault(sentence.pair, set()).add(sentence.split)
    straddling = [pair for pair, splits in splits_by_pair.items() if len(splits) > 1]
    assert straddling == []


def test_a_minimal_pair_has_at_least_two_rows(sentences):
    sizes = Counter(s.pair for s in sentences if s.pair)
    assert [pair for pair, size in sizes.items() if size < 2] == []


def test_the_test_split_holds_10_to_20_percent(sentences):
    share = sum(1 for s in sentences if s.split == "test") / len(sentences)
    assert 0.10 <= share <= 0.20


def test_at_least_400_sentences_are_labeled_twice(second_labels):
    assert len(second_labels) >= 400


def test_every_second_label_belongs_to_a_corpus_sentence(sentences, second_labels):
    ids = {s.id for s in sentences}
    assert sorted(set(second_labels) - ids) == []


def test_two_readers_agree_with_kappa_at_least_0_8(sentences, second_labels):
    first = {s.id: s.label for s in sentences}
    ids = sorted(second_labels)
    result = agreement([first[i] for i in ids], [second_labels[i] for i in ids])
    assert result.kappa >= 0.8
