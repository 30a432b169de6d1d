from statistics import NormalDist

import pytest

from quizapp.domain.signal_detection import (
    SignalDetection,
    signal_detection,
    signal_detection_over_time,
)
from tests.domain.responses import E, S, U, by_key

z = NormalDist().inv_cdf


# -- Signal detection -------------------------------------------------------


def test_counts_ignore_editorial_appeals_and_blanks():
    responses = by_key(
        (U, U), (U, U), (U, S), (U, E), (U, None),
        (S, U), (S, S), (S, E), (S, None),
        (E, U), (E, None),
    )  # fmt: skip

    result = signal_detection(responses)

    assert result == SignalDetection(
        hits=2, misses=2, false_alarms=1, correct_rejections=2
    )
    assert (result.hit_rate, result.false_alarm_rate) == (0.5, pytest.approx(1 / 3))


def test_d_prime_uses_the_log_linear_correction():
    result = SignalDetection(hits=8, misses=2, false_alarms=2, correct_rejections=8)

    # Hautus 1995: add 0.5 to each count and 1 to each number of trials.
    expected = z(8.5 / 11) - z(2.5 / 11)
    assert result.d_prime == pytest.approx(expected)
    assert result.d_prime == pytest.approx(1.496, abs=0.001)  # 1.683 uncorrected
    assert (result.hit_rate, result.false_alarm_rate) == (0.8, 0.2)
    assert result.criterion == pytest.approx(0)


def test_perfect_rates_still_give_a_finite_d_prime():
    result = SignalDetection(hits=5, misses=0, false_alarms=0, correct_rejections=5)

    assert (result.hit_rate, result.false_alarm_rate) == (1, 0)
    assert result.d_prime == pytest.approx(z(5.5 / 6) - z(0.5 / 6))
    assert result.d_prime == pytest.approx(2.766, abs=0.001)


@pytest.mark.parametrize(
    ("hits", "false_alarms", "expected"),
    [
        # Rarely says "unverified", right or wrong: conservative.
        (2, 2, -z(2.5 / 11)),
        # Says "unverified" to almost everything: liberal.
        (8, 8, -z(8.5 / 11)),
    ],
)
def test_criterion_shows_the_leaning_apart_from_skill(hits, false_alarms, expected):
    result = SignalDetection(
        hits=hits,
        misses=10 - hits,
        false_alarms=false_alarms,
        correct_rejections=10 - false_alarms,
    )

    assert result.d_prime == pytest.approx(0)
    assert result.criterion == pytest.approx(expected)


def test_no_sourced_answers_means_no_rates_to_compare():
    result = signal_detection(by_key((U, U), (U, S), (S, None), (E, U)))

    assert (result.hit_rate, result.false_alarm_rate) == (0.5, None)
    assert (result.d_prime, result.criterion) == (None, None)
    assert result.reading == "Not enough answers yet"


@pytest.mark.parametrize(
    ("hits", "misses", "false_alarms", "correct_rejections", "reading"),
    [
        (9, 1, 1, 9, "Tells unverified from sourced claims well"),
        # 80% against 20%, but the correction pulls ten answers each below 1.5.
        (8, 2, 2, 8, "Sometimes tells unverified from sourced claims"),
        (5, 5, 5, 5, "Doubts sourced and unverified claims alike"),
        (4, 6, 4, 6, "Doubts sourced and unverified claims alike"),  # FA 0.4
        (3, 7, 3, 7, "Does not yet tell unverified from sourced claims"),
        # Perfect, but two answers each side could be luck (d' ≈ 1.93).
        (2, 0, 0, 2, "Not enough answers yet"),
        (3, 0, 0, 3, "Tells unverified from sourced claims well"),
    ],
)
def test_reading_puts_d_prime_in_words(
    hits, misses, false_alarms, correct_rejections, reading
):
    result = SignalDetection(hits, misses, false_alarms, correct_rejections)

    assert result.reading == reading


def test_signal_detection_over_time_keeps_the_assignment_order():
    per_assignment = [
        ("Ferry timetable", by_key((U, U), (S, U))),
        ("Flood defences", by_key((U, S))),
    ]

    trend = signal_detection_over_time(per_assignment)

    assert trend == [
        ("Ferry timetable", SignalDetection(1, 0, 1, 0)),
        ("Flood defences", SignalDetection(0, 1, 0, 0)),
    ]
