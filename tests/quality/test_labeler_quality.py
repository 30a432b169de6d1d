"""Regression floors for the labeler on the held-out splits of the original
development set (tests/data/devset, whole articles) and of the sentence
corpus (tests/data/corpus, one sentence at a time), both written for this
project and never trained or tuned on; and the promise its confidence makes:
suggestions marked unsure are wrong several times more often. A floor sits
a little under the figure reached when it was set; raising it is a deliberate
change, lowering it needs a reason in the commit."""

from pathlib import Path

import pytest

from articles.domain.labels import Label
from articles.evaluation.calibration import Band, confidence_bands
from articles.evaluation.corpus import as_documents, load_corpus
from articles.evaluation.devset import load_documents
from articles.evaluation.scoring import label_documents, macro_f1, scores

DEVSET = Path(__file__).resolve().parents[1] / "data" / "devset"
CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"
MACRO_F1_FLOOR = 0.93  # reached: 0.943 on the test split (part_e, never tuned on)
CORPUS_MACRO_F1_FLOOR = 0.88  # reached: 0.898 on the corpus's 1,024 test rows
UNSURE_ERROR_RATIO = 3  # reached: 23 % wrong when unsure, 5.0 % otherwise


def test_the_development_set_has_the_promised_size():
    documents = load_documents(DEVSET, "all")

    assert len(documents) >= 40
    assert sum(len(document.sentences) for document in documents) >= 600
    assert {document.split for document in documents} == {"tune", "test"}


def test_macro_f1_on_the_held_out_split_stays_above_the_floor():
    outcomes = label_documents(load_documents(DEVSET, "test"))

    label_scores = scores(outcomes)

    assert macro_f1(label_scores) >= MACRO_F1_FLOOR, {
        label.value: round(score.f1, 3) for label, score in label_scores.items()
    }
    assert label_scores[Label.NONE].f1 >= 0.9


@pytest.fixture(scope="module")
def corpus_test_outcomes():
    """The labeler's reading of the corpus's held-out rows, once for both tests."""
    return label_documents(as_documents(load_corpus(CORPUS), "test"))


def test_macro_f1_on_the_corpus_test_rows_stays_above_the_floor(corpus_test_outcomes):
    label_scores = scores(corpus_test_outcomes)

    assert macro_f1(label_scores) >= CORPUS_MACRO_F1_FLOOR, {
        label.value: round(score.f1, 3) for label, score in label_scores.items()
    }


def test_unsure_suggestions_are_wrong_several_times_more_often_than_the_rest(
    corpus_test_outcomes,
):
    unsure, *the_rest = confidence_bands(corpus_test_outcomes)
    rest = Band(
        "the rest", sum(b.count for b in the_rest), sum(b.wrong for b in the_rest)
    )

    assert unsure.error_rate >= UNSURE_ERROR_RATIO * rest.error_rate
