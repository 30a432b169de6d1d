"""Train the opinion-wording model (articles/domain/opinion_model.py).

    .venv/bin/pip install -e ".[train]"   # scikit-learn; the app never needs it
    .venv/bin/python scripts/train_opinion_model.py

Trains on sentences written for this project: tests/data/editorial/*.jsonl and
the tune split of the development set (never its test split). Prints the
cross-validated accuracy and writes articles/domain/data/opinion_model.json.
"""

import json
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_val_score

from articles.domain.labels import Label
from articles.domain.opinion_model import WEIGHTS_FILE, features
from articles.domain.quotes import quote_layout, writer_voice
from articles.evaluation.devset import load_documents

# Weights smaller than this change no decision; leaving them out keeps the
# shipped file small.
SMALLEST_WEIGHT = 0.02


def voice(sentence: str) -> str:
    return writer_voice(sentence, quote_layout(sentence))


def training_sentences() -> tuple[list[str], list[int]]:
    texts, targets = [], []
    for path in sorted((PROJECT / "tests" / "data" / "editorial").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                texts.append(voice(record["text"]))
                targets.append(int(record["editorial"]))
    for document in load_documents(PROJECT / "tests" / "data" / "devset", "tune"):
        for sentence in document.sentences:
            if sentence.label != Label.NONE:
                texts.append(voice(sentence.text))
                targets.append(int(sentence.label == Label.EDITORIAL_APPEAL))
    return texts, targets


def main() -> None:
    texts, targets = training_sentences()
    vectorizer = CountVectorizer(analyzer=features, min_df=2, binary=True)
    matrix = vectorizer.fit_transform(texts)
    model = LogisticRegression(C=1.0, max_iter=2000, class_weight="balanced")
    accuracy = cross_val_score(model, matrix, targets, cv=5).mean()
    model.fit(matrix, targets)
    weights = {
        feature: round(float(weight), 3)
        for feature, weight in zip(
            vectorizer.get_feature_names_out(), model.coef_[0], strict=True
        )
        if abs(weight) >= SMALLEST_WEIGHT
    }
    WEIGHTS_FILE.parent.mkdir(exist_ok=True)
    WEIGHTS_FILE.write_text(
        json.dumps(
            {
                "bias": round(float(model.intercept_[0]), 4),
                "weights": dict(sorted(weights.items())),
                "trained_on": len(texts),
            },
            ensure_ascii=False,
            indent=0,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"{len(texts)} sentences, {sum(targets)} editorial")
    print(f"cross-validated accuracy {accuracy:.3f}; {len(weights)} weights kept")


if __name__ == "__main__":
    main()
