"""The corpus loader and the agreement figure, on small corpora written here."""

import json

import pytest

from articles.domain.labels import Label
from articles.evaluation.corpus import agreement, load_corpus, load_second_labels

S, U, E, N = (
    Label.SOURCED_CLAIM,
    Label.UNVERIFIED_ASSERTION,
    Label.EDITORIAL_APPEAL,
    Label.NONE,
)


def write_rows(path, rows):
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")


def test_the_corpus_reads_every_file_but_the_second_labels(tmp_path):
    write_rows(
        tmp_path / "a_wire.jsonl",
        [
            {"id": "a-1", "text": "The ferry ran late.",
             "label": "unverified_assertion", "genre": "wire", "pair": "p1",
             "split": "train"},
            {"id": "a-2", "text": "The ferry ran shamefully late.",
             "label": "editorial_appeal", "genre": "wire", "pair": "p1",
             "split": "train"},
        ],
    )  # fmt: skip
    write_rows(tmp_path / "second_labels.jsonl", [{"id": "a-1", "label": "none"}])

    sentences = load_corpus(tmp_path)

    assert [(item.id, item.label, item.pair) for item in sentences] == [
        ("a-1", U, "p1"),
        ("a-2", E, "p1"),
    ]
    assert load_second_labels(tmp_path) == {"a-1": N}


@pytest.mark.parametrize(
    ("first", "second", "observed", "kappa"),
    [
        ([S, U, E, N], [S, U, E, N], 1.0, 1.0),
        # Half alike, and chance alone would give half: nothing beyond chance.
        ([S, S, U, U], [S, U, S, U], 0.5, 0.0),
        # 3 of 4 alike; chance would give (2*1 + 2*3) / 16 = 0.5.
        ([S, S, U, U], [S, U, U, U], 0.75, 0.5),
    ],
)
def test_agreement_is_observed_share_and_cohens_kappa(first, second, observed, kappa):
    result = agreement(first, second)
    assert (result.items, result.observed, result.kappa) == (
        len(first),
        observed,
        kappa,
    )


def test_agreement_needs_two_equal_lists():
    with pytest.raises(ValueError, match="equally long"):
        agreement([S], [S, U])
