"""evaluate_labeler scores the labeler on whole articles or, with --corpus,
on sentences read one at a time; both on small sets written here."""

import json
from io import StringIO

import pytest

from django.core.management import CommandError, call_command


def evaluate(*arguments) -> str:
    out = StringIO()
    call_command("evaluate_labeler", *arguments, stdout=out)
    return out.getvalue()


def test_the_corpus_is_read_one_sentence_at_a_time_and_only_the_split_asked(tmp_path):
    rows = [
        (
            "t1",
            "The mayor, Ines Duarte, said the pool would reopen.",
            "sourced_claim",
            "test",
        ),
        (
            "t2",
            "Sign the petition today and save our pool!",
            "editorial_appeal",
            "test",
        ),
        ("r1", "The pool will reopen in June.", "unverified_assertion", "train"),
    ]
    (tmp_path / "A_local.jsonl").write_text(
        "\n".join(
            json.dumps({"id": i, "text": t, "label": lab, "genre": "local", "split": s})
            for i, t, lab, s in rows
        ),
        encoding="utf-8",
    )

    report = evaluate("--corpus", "--folder", str(tmp_path), "--split", "test")

    assert report.startswith("2 documents, 2 sentences, split test")
    assert "macro-F1 (three claim labels)" in report


def test_a_split_with_no_sentences_is_refused(tmp_path):
    (tmp_path / "A_local.jsonl").write_text("", encoding="utf-8")

    with pytest.raises(CommandError, match="No documents of split 'test'"):
        evaluate("--corpus", "--folder", str(tmp_path))
