"""The command-line contract other tools depend on (issue: text pipeline)."""

import json
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest

from django.core.management import CommandError, call_command

from articles.domain.suggestions import UNSURE_BELOW

PROJECT = Path(__file__).resolve().parents[2]
LABELS = {"sourced_claim", "unverified_assertion", "editorial_appeal", "none"}


def suggest(path: Path, output_format: str = "json") -> str:
    out = StringIO()
    call_command("suggest_labels", str(path), "--format", output_format, stdout=out)
    return out.getvalue()


def test_json_output_follows_the_contract_with_offsets_into_the_decoded_text(tmp_path):
    text = (
        "Ferry fares to rise\r\nBy Lena Marsh\r\n\r\n"
        "Cafe\u0301 owner Ana Ruiz said the fares were unfair. "
        "Officials claim costs rose."
    )
    path = tmp_path / "article.txt"
    path.write_bytes(text.encode("utf-8"))
    decoded = text.replace("\r\n", "\n")  # newline normalisation only

    segments = json.loads(suggest(path))["segments"]

    assert [segment["text"] for segment in segments] == [
        "Ferry fares to rise",
        "By Lena Marsh",
        "Cafe\u0301 owner Ana Ruiz said the fares were unfair.",
        "Officials claim costs rose.",
    ]
    for segment in segments:
        assert set(segment) == {
            "start",
            "end",
            "text",
            "label",
            "rationale",
            "cues",
            "confidence",
        }
        assert 0 <= segment["confidence"] <= 1
        assert decoded[segment["start"] : segment["end"]] == segment["text"]
        assert segment["label"] in LABELS
        assert segment["rationale"]
        for start, end in segment["cues"]:
            assert segment["start"] <= start < end <= segment["end"]
    assert [segment["label"] for segment in segments[1:]] == [
        "none",
        "sourced_claim",
        "unverified_assertion",
    ]


def test_a_guess_is_marked_unsure_and_a_named_source_is_not(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(
        "The harbour master, Tomas Veld, said the slipway would close.\n\n"
        "The new cycle lane will reopen in April.",
        encoding="utf-8",
    )

    named, guess = json.loads(suggest(path))["segments"]

    assert named["label"] == "sourced_claim"
    assert named["confidence"] >= UNSURE_BELOW
    # Nothing decides: the claim's words are named and the teacher should check.
    assert guess["label"] == "unverified_assertion"
    assert guess["confidence"] < UNSURE_BELOW
    assert guess["rationale"].startswith("'will reopen in April' is stated as fact")


def test_text_output_is_a_table_a_person_can_read(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("The coastguard said two sailors were rescued.", encoding="utf-8")

    output = suggest(path, "text")

    assert "sourced_claim" in output
    assert "'The coastguard said' names who is speaking." in output


def test_a_windows_1252_file_is_read(tmp_path):
    path = tmp_path / "article.txt"
    path.write_bytes(
        "The caf\u00e9 owner said prices rose \u2014 again.".encode("cp1252")
    )

    segments = json.loads(suggest(path))["segments"]

    assert segments[0]["text"] == "The caf\u00e9 owner said prices rose \u2014 again."


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50, "binary"),
    ],
    ids=["empty", "binary"],
)
def test_unusable_files_are_refused_with_a_clear_message(tmp_path, content, message):
    path = tmp_path / "upload.txt"
    path.write_bytes(content)

    with pytest.raises(CommandError, match=message):
        suggest(path)


def test_a_missing_file_exits_non_zero_with_a_message():
    result = subprocess.run(
        [sys.executable, "manage.py", "suggest_labels", "no-such-file.txt"],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert result.returncode != 0
    assert "No such file: no-such-file.txt" in result.stderr


def test_invisible_characters_are_ignored_and_offsets_still_point_into_the_file(
    tmp_path,
):
    text = (
        "\ufeffThe harbour master, Ana Ortiz, sa\u200bid fares would rise.\r\n"
        "\u202e\r\n"
        "Officials claim costs rose."
    )
    path = tmp_path / "article.txt"
    path.write_bytes(text.encode("utf-8"))
    decoded = text.lstrip("\ufeff").replace("\r\n", "\n")

    segments = json.loads(suggest(path))["segments"]

    assert [segment["text"] for segment in segments] == [
        "The harbour master, Ana Ortiz, sa\u200bid fares would rise.",
        "Officials claim costs rose.",
    ]
    assert [segment["label"] for segment in segments] == [
        "sourced_claim",
        "unverified_assertion",
    ]
    for segment in segments:
        assert decoded[segment["start"] : segment["end"]] == segment["text"]
    cues = [decoded[start:end] for start, end in segments[0]["cues"]]
    assert any(cue.endswith("sa\u200bid") for cue in cues)
