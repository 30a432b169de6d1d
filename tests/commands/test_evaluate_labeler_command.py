"""evaluate_labeler scores the labeler on whole articles or, with --corpus,
on sentences read one at a time; both on small sets written here."""

import json
from io import StringIO

from django.core.management import call_command


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


def test_the_report_gives_each_confidence_band_its_count_and_error_rate(tmp_path):
    rows = [
        ("t1", "Oxfam said food prices had doubled.", "sourced_claim"),
        ("t2", "The new cycle lane will reopen in April.", "unverified_assertion"),
        (
            "t3",
            "I, for one, will not be riding the new cycle lane.",
            "editorial_appeal",
        ),
    ]
    (tmp_path / "A_local.jsonl").write_text(
        "\n".join(
            json.dumps(
                {"id": i, "text": t, "label": lab, "genre": "local", "split": "test"}
            )
            for i, t, lab in rows
        ),
        encoding="utf-8",
    )

    report = evaluate("--corpus", "--folder", str(tmp_path), "--split", "test")

    table = report.split("confidence bands\n", 1)[1].splitlines()
    assert table[0].split() == ["band", "n", "wrong", "error", "rate"]
    bands = {line[:16].strip(): line[16:].split() for line in table[1:4]}
    assert list(bands) == ["< 0.65 unsure", "0.65-0.8", ">= 0.8"]
    assert sum(int(count) for count, _, _ in bands.values()) == 3
    # Both sentences nobody is named for are unsure, and one of them is wrong
    # (the second is the writer's view); the named source is sure and right.
    assert bands["< 0.65 unsure"] == ["2", "1", "0.500"]
    assert bands["0.65-0.8"] == ["0", "0", "0.000"]
    assert bands[">= 0.8"] == ["1", "0", "0.000"]
