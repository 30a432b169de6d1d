"""Calibrate the labeler's confidence (articles/domain/confidence.py).

    .venv/bin/python scripts/calibrate_confidence.py

Runs the labeler over the TRAIN split of the original sentence corpus
(tests/data/corpus), counts how often each rule's suggestion matches the
key, and writes articles/domain/data/confidence.json. Never run it on the
test split or on the outside research sets: the bands reported by
`manage.py evaluate_labeler --corpus --split test` are only honest if the
test sentences played no part.
"""

import json
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from articles.domain import confidence
from articles.evaluation.calibration import rule_accuracy
from articles.evaluation.corpus import as_documents, load_corpus
from articles.evaluation.scoring import label_documents


def main() -> None:
    # Measure the rules' own estimates, not an older table's.
    confidence.calibration_table.cache_clear()
    confidence.CALIBRATION_FILE = PROJECT / "no-calibration-while-measuring"
    documents = as_documents(
        load_corpus(PROJECT / "tests" / "data" / "corpus"), "train"
    )
    accuracy = rule_accuracy(label_documents(documents))
    target = PROJECT / "articles" / "domain" / "data" / "confidence.json"
    target.write_text(
        json.dumps(
            {
                "about": "Share of train-split corpus sentences each rule got right "
                "(scripts/calibrate_confidence.py).",
                "sentences": len(documents),
                "confidence": accuracy,
            },
            indent=1,
        )
        + "\n",
        encoding="utf-8",
    )
    for basis, value in accuracy.items():
        print(f"{basis:40} {value:.3f}")


if __name__ == "__main__":
    main()
