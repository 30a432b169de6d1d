"""Confidence calibration and its check, on hand-counted outcomes."""

import pytest

from articles.domain.labels import Label
from articles.evaluation.calibration import (
    PRIOR_WEIGHT,
    confidence_bands,
    rule_accuracy,
)
from articles.evaluation.scoring import Outcome

S, U = Label.SOURCED_CLAIM, Label.UNVERIFIED_ASSERTION


def outcome(gold: Label, predicted: Label, confidence: float = 0.9, basis: str = ""):
    return Outcome("d", "A sentence.", gold, predicted, "Why.", confidence, basis)


def test_each_rule_gets_its_share_right_pulled_toward_the_overall_share():
    outcomes = (
        [outcome(S, S, basis="source:named")] * 6
        + [outcome(S, U, basis="no_source:plain")] * 2
        + [outcome(U, U, basis="no_source:plain")] * 2
    )

    accuracy = rule_accuracy(outcomes)

    overall = 8 / 10
    assert accuracy["source:named"] == pytest.approx(
        (6 + PRIOR_WEIGHT * overall) / (6 + PRIOR_WEIGHT), abs=0.001
    )
    assert accuracy["no_source:plain"] == pytest.approx(
        (2 + PRIOR_WEIGHT * overall) / (4 + PRIOR_WEIGHT), abs=0.001
    )


def test_outcomes_without_a_rule_are_not_calibrated():
    outcomes = [outcome(S, S, basis=""), outcome(S, Label.NONE, basis="uncovered")]

    assert rule_accuracy(outcomes) == {}


def test_each_band_counts_its_suggestions_and_how_many_were_wrong():
    outcomes = [
        outcome(S, U, 0.5),
        outcome(U, U, 0.64),
        outcome(S, S, 0.65),
        outcome(S, S, 0.8),
        outcome(S, U, 0.97),
    ]

    bands = confidence_bands(outcomes)

    assert [(band.name, band.count, band.wrong) for band in bands] == [
        ("< 0.65 unsure", 2, 1),
        ("0.65-0.8", 1, 0),
        (">= 0.8", 2, 1),
    ]
    assert [band.error_rate for band in bands] == [0.5, 0.0, 0.5]


def test_an_empty_band_has_no_error_rate_to_divide_by():
    assert [band.count for band in confidence_bands([])] == [0, 0, 0]
    assert all(band.error_rate == 0.0 for band in confidence_bands([]))
