"""Regression floor for the labeler on the held-out split of the original
development set (tests/data/devset, written for this project). The floor sits
a little under the figure reached when it was set; raising it is a deliberate
change, lowering it needs a reason in the commit."""

from pathlib import Path

from articles.domain.labels import Label
from articles.evaluation.devset import load_documents
from articles.evaluation.scoring import label_documents, macro_f1, scores

DEVSET = Path(__file__).resolve().parents[1] / "data" / "devset"
MACRO_F1_FLOOR = 0.85  # reached: 0.889 on the test split (part_e, never tuned on)


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
