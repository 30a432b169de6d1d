import pytest

from quizapp.domain.evidence import MAX_SPANS, parse_evidence_spans


def test_spans_inside_the_sentence_are_kept_in_order():
    assert parse_evidence_spans(["30-34", "10-15"], start=10, end=40) == [
        [10, 15],
        [30, 34],
    ]


@pytest.mark.parametrize(
    "value", ["9-12", "35-41", "15-15", "20-18", "1e3-2", "-1-4", "١٢-١٥", "12-15 "]
)
def test_a_span_outside_the_sentence_or_malformed_refuses_them_all(value):
    assert parse_evidence_spans(["10-12", value], start=10, end=40) is None


def test_no_more_spans_are_read_than_a_sentence_could_hold():
    spans = parse_evidence_spans(["10-11"] * (MAX_SPANS + 50), start=10, end=40)

    assert len(spans) == MAX_SPANS
