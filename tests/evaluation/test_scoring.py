import pytest

from articles.domain.labels import Label
from articles.evaluation.devset import build_document
from articles.evaluation.scoring import (
    Outcome,
    confusion,
    label_documents,
    macro_f1,
    scores,
)

S, U, E, N = (
    Label.SOURCED_CLAIM,
    Label.UNVERIFIED_ASSERTION,
    Label.EDITORIAL_APPEAL,
    Label.NONE,
)


def outcome(gold: Label, predicted: Label) -> Outcome:
    return Outcome("doc", "A sentence.", gold, predicted, "why")


def test_every_gold_sentence_gets_the_label_of_the_segment_covering_it():
    document = build_document(
        {
            "id": "x-01",
            "paragraphs": [
                [
                    ["sourced_claim", "Mayor Lina Ortiz said the bridge will reopen."],
                    ["editorial_appeal", "Sign the petition today!"],
                ]
            ],
        }
    )

    outcomes = label_documents([document])

    assert [(o.document, o.gold, o.predicted) for o in outcomes] == [
        ("x-01", S, S),
        ("x-01", E, E),
    ]
    assert all(o.rationale for o in outcomes)


def test_the_confusion_counts_gold_against_predicted():
    outcomes = [outcome(S, S), outcome(S, U), outcome(S, U), outcome(N, N)]

    assert confusion(outcomes) == {(S, S): 1, (S, U): 2, (N, N): 1}


def test_precision_recall_and_f1_per_label():
    outcomes = [outcome(S, S), outcome(S, U), outcome(U, U), outcome(E, E)]

    label_scores = scores(outcomes)

    assert label_scores[S].precision == 1.0
    assert label_scores[S].recall == 0.5
    assert label_scores[S].f1 == pytest.approx(2 / 3)
    assert label_scores[S].support == 2
    assert label_scores[U].precision == 0.5
    assert label_scores[U].recall == 1.0
    # A label never given nor expected scores nothing rather than dividing by 0.
    none = label_scores[N]
    assert (none.precision, none.recall, none.f1, none.support) == (0.0, 0.0, 0.0, 0)


def test_macro_f1_averages_the_three_claim_labels_only():
    outcomes = [outcome(S, S), outcome(U, U), outcome(E, U), outcome(N, S)]

    label_scores = scores(outcomes)

    expected = (label_scores[S].f1 + label_scores[U].f1 + label_scores[E].f1) / 3
    assert macro_f1(label_scores) == pytest.approx(expected)
    assert label_scores[N].f1 == 0.0
