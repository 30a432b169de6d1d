import json

from articles.domain.labels import Label
from articles.evaluation.devset import build_document, load_documents

RECORD = {
    "id": "x-01",
    "style": "wire report",
    "split": "test",
    "paragraphs": [
        [["unverified_assertion", "Ferry fares rise"]],
        [
            ["sourced_claim", "Fares rise 5%, the operator said."],
            ["editorial_appeal", "Enough is enough."],
        ],
    ],
}


def test_sentences_are_joined_by_a_space_and_paragraphs_by_a_blank_line():
    document = build_document(RECORD)

    assert document.text == (
        "Ferry fares rise\n\nFares rise 5%, the operator said. Enough is enough."
    )
    assert [(gold.label, gold.text) for gold in document.sentences] == [
        (Label.UNVERIFIED_ASSERTION, "Ferry fares rise"),
        (Label.SOURCED_CLAIM, "Fares rise 5%, the operator said."),
        (Label.EDITORIAL_APPEAL, "Enough is enough."),
    ]
    for gold in document.sentences:
        assert document.text[gold.start : gold.end] == gold.text


def test_a_record_without_a_split_is_tuning_material():
    record = {key: value for key, value in RECORD.items() if key != "split"}

    assert build_document(record).split == "tune"


def test_documents_are_loaded_from_every_jsonl_file_of_the_chosen_split(tmp_path):
    lines = [
        json.dumps(RECORD),
        "",
        json.dumps(RECORD | {"id": "x-02", "split": "tune"}),
    ]
    (tmp_path / "part_a.jsonl").write_text("\n".join(lines), encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a document", encoding="utf-8")

    assert [d.id for d in load_documents(tmp_path)] == ["x-01", "x-02"]
    assert [d.id for d in load_documents(tmp_path, "test")] == ["x-01"]
    assert [d.id for d in load_documents(tmp_path, "tune")] == ["x-02"]
