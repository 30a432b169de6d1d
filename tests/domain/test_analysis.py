from statistics import NormalDist

import pytest

from articles.domain.labels import Label
from quizapp.domain.analysis import (
    ItemStats,
    Response,
    confusion_matrix,
    confusion_phrases,
    disputed_items,
    item_analysis,
)
from quizapp.domain.distributions import label_profile, score_histogram
from quizapp.domain.signal_detection import (
    SignalDetection,
    signal_detection,
    signal_detection_over_time,
)

S, U, E = Label.SOURCED_CLAIM, Label.UNVERIFIED_ASSERTION, Label.EDITORIAL_APPEAL
z = NormalDist().inv_cdf


def answers(segment_id: int, key: Label, *given: Label | None) -> list[Response]:
    """One sentence answered by students 1, 2, 3, … in turn."""
    return [
        Response(student_id=student, segment_id=segment_id, key=key, given=label)
        for student, label in enumerate(given, start=1)
    ]


def by_key(*pairs: tuple[Label, Label | None]) -> list[Response]:
    """Responses from one student, one sentence for each (key, given) pair."""
    return [
        Response(student_id=1, segment_id=segment, key=key, given=given)
        for segment, (key, given) in enumerate(pairs)
    ]


# -- Response ---------------------------------------------------------------


def test_page_chrome_cannot_be_a_response():
    with pytest.raises(ValueError, match="not asked"):
        Response(student_id=1, segment_id=1, key=Label.NONE, given=None)

    with pytest.raises(ValueError, match="cannot answer"):
        Response(student_id=1, segment_id=1, key=S, given=Label.NONE)


# -- Confusion matrix -------------------------------------------------------


def test_matrix_rows_count_each_answer_with_blanks_in_their_own_column():
    responses = answers(11, U, U, S, S, None) + answers(12, S, S, U, U)

    matrix = confusion_matrix(responses)

    sourced, unverified, editorial = matrix.rows
    assert [(row.key, row.total) for row in matrix.rows] == [(S, 3), (U, 4), (E, 0)]
    assert [cell.count for cell in sourced.cells] == [1, 2, 0, 0]
    assert [cell.count for cell in unverified.cells] == [2, 1, 0, 1]
    assert [cell.count for cell in editorial.cells] == [0, 0, 0, 0]
    assert matrix.total == 7


def test_row_percentages_are_whole_and_an_empty_row_is_zero():
    responses = answers(11, U, U, S, S, None) + answers(12, S, S, U, U)

    matrix = confusion_matrix(responses)

    assert [cell.percent for cell in matrix.rows[0].cells] == [33, 67, 0, 0]
    assert [cell.percent for cell in matrix.rows[1].cells] == [50, 25, 0, 25]
    assert [cell.percent for cell in matrix.rows[2].cells] == [0, 0, 0, 0]


def test_a_cell_lists_the_students_and_sentences_behind_it():
    responses = answers(11, U, S, U, S) + answers(12, U, U, S)

    cell = confusion_matrix(responses).cell(U, S)

    assert cell.pairs == ((1, 11), (3, 11), (2, 12))
    assert (cell.count, cell.percent, cell.is_diagonal) == (3, 60, False)
    assert confusion_matrix(responses).cell(U, U).is_diagonal


def test_matrix_columns_are_named_for_the_table_header():
    matrix = confusion_matrix([])

    assert matrix.column_names == (
        "Sourced claim",
        "Unverified assertion",
        "Editorial appeal",
        "Left blank",
    )
    assert [cell.given_name for cell in matrix.rows[0].cells] == list(
        matrix.column_names
    )
    assert matrix.rows[1].name == "Unverified assertion"


# -- Confusion phrases ------------------------------------------------------


def test_phrases_name_the_frequent_confusions_most_frequent_first():
    matrix = confusion_matrix(
        by_key(
            *[(U, S)] * 3,
            *[(U, U)] * 2,
            *[(E, None)] * 2,
            *[(E, E)] * 2,
            # 2 of 8 is only 25%: a habit too rare for its kind to mention.
            *[(S, U)] * 2,
            *[(S, S)] * 6,
        )
    )

    assert confusion_phrases(matrix) == [
        "Often labels unverified assertions as sourced claims (3 of 5).",
        "Often leaves editorial appeals blank (2 of 4).",
    ]


@pytest.mark.parametrize(
    ("pairs", "expected"),
    [
        # One slip is not a pattern, even at 100%.
        ([(S, E)], []),
        # 3 of 10 is exactly 30%.
        (
            [(S, E)] * 3 + [(S, S)] * 7,
            ["Often labels sourced claims as editorial appeals (3 of 10)."],
        ),
        # 2 of 7 shows as 29%.
        ([(S, E)] * 2 + [(S, S)] * 5, []),
    ],
)
def test_phrases_need_both_the_count_and_the_percent(pairs, expected):
    assert confusion_phrases(confusion_matrix(by_key(*pairs))) == expected


def test_right_answers_never_become_a_phrase():
    matrix = confusion_matrix(by_key(*[(S, S)] * 5))

    assert confusion_phrases(matrix) == []


# -- Item analysis ----------------------------------------------------------


def responses_for_three_sentences() -> list[Response]:
    return (
        answers(10, S, S, S, S)
        + answers(11, U, S, S, U, None)
        + answers(12, E, E, U, S)
    )


def test_item_stats_count_answers_blanks_shares_and_the_usual_wrong_label():
    items = item_analysis(responses_for_three_sentences(), [10, 11, 12])

    item = next(item for item in items if item.segment_id == 11)
    assert item == ItemStats(
        segment_id=11,
        key=U,
        answered=3,
        blank=1,
        correct=1,
        shares={S: 67, U: 33, E: 0},
        most_common_wrong=S,
        most_common_wrong_count=2,
    )
    assert item.correct_share == 33


def test_items_are_most_missed_first_and_ties_follow_the_article():
    responses = responses_for_three_sentences()

    in_article_order = item_analysis(responses, [10, 11, 12])
    reversed_article = item_analysis(responses, [12, 11, 10])

    assert [item.segment_id for item in in_article_order] == [11, 12, 10]
    assert [item.segment_id for item in reversed_article] == [12, 11, 10]


def test_equal_wrong_counts_name_the_first_label_in_exercise_order():
    (item,) = item_analysis(answers(12, E, E, U, S), [12])

    assert (item.most_common_wrong, item.most_common_wrong_count) == (S, 1)


def test_an_item_everyone_got_right_has_no_wrong_label():
    (item,) = item_analysis(answers(10, S, S, S), [10])

    assert (item.correct_share, item.most_common_wrong) == (100, None)


def test_an_item_only_left_blank_has_zero_shares():
    (item,) = item_analysis(answers(10, S, None, None), [10])

    assert (item.answered, item.blank, item.correct_share) == (0, 2, 0)
    assert item.shares == {S: 0, U: 0, E: 0}


def test_ordering_uses_the_exact_share_not_the_rounded_one():
    # 1 of 3 (33.3%) and 33 of 100 (33%) both show 33%; 33 of 100 is worse.
    one_of_three = answers(1, S, S, U, U)
    thirty_three_of_hundred = answers(2, S, *[S] * 33, *[U] * 67)

    items = item_analysis(one_of_three + thirty_three_of_hundred, [1, 2])

    assert [(item.segment_id, item.correct_share) for item in items] == [
        (2, 33),
        (1, 33),
    ]


def test_a_sentence_missing_from_the_order_goes_last_among_equals():
    responses = answers(7, S, U) + answers(5, S, U)

    items = item_analysis(responses, [5])

    assert [item.segment_id for item in items] == [5, 7]


def test_one_sentence_with_two_keys_is_refused():
    responses = answers(1, S, S) + answers(1, U, U)

    with pytest.raises(ValueError, match="two keys"):
        item_analysis(responses, [1])


@pytest.mark.parametrize(
    ("given", "is_disputed"),
    [
        ([U, U, S], True),  # 2 of 3 disagree: 67%
        ([U, U, S, S], False),  # 2 of 4 is 50%, not more than 50%
        ([U, U, U, S, S], True),  # 3 of 5: 60%
        ([U, U], False),  # everyone disagrees, but only 2 answered
        ([U, U, None, None, None], False),  # blanks are not answers
    ],
)
def test_disputed_needs_enough_answers_and_a_majority_against_the_key(
    given, is_disputed
):
    items = item_analysis(answers(1, S, *given), [1])

    assert bool(disputed_items(items)) is is_disputed


def test_disputed_items_keep_their_order_and_name_the_alternative():
    responses = (
        answers(1, S, U, U, U) + answers(2, S, S, S, S) + answers(3, U, E, E, U, U, E)
    )
    items = item_analysis(responses, [1, 2, 3])

    disputed = disputed_items(items)

    assert [(item.segment_id, item.most_common_wrong) for item in disputed] == [
        (1, U),
        (3, E),
    ]


def test_disputed_thresholds_can_be_changed():
    items = item_analysis(answers(1, S, U, S, S, S), [1])

    assert disputed_items(items, threshold=20) == items
    assert disputed_items(items, threshold=25) == []
    assert disputed_items(items, min_answers=5, threshold=20) == []


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


# -- Score histogram --------------------------------------------------------


def test_histogram_bins_hold_their_low_edge_and_100_joins_the_last_bin():
    bins = score_histogram([0, 9.99, 10, 55, 95, 100])

    assert [(bar.label, bar.count) for bar in bins if bar.count] == [
        ("0–9%", 2),
        ("10–19%", 1),
        ("50–59%", 1),
        ("90–100%", 2),
    ]
    assert len(bins) == 10
    assert (bins[-1].low, bins[-1].high) == (90, 100)


def test_histogram_bars_are_sized_against_the_tallest():
    bins = score_histogram([5, 5, 5, 15, 25, 25])

    assert [bar.share_of_max for bar in bins[:4]] == [100, 33, 67, 0]


def test_an_empty_histogram_has_every_bin_at_zero():
    bins = score_histogram([])

    assert {(bar.count, bar.share_of_max) for bar in bins} == {(0, 0)}


def test_histogram_bins_can_be_wider():
    bins = score_histogram([24, 25, 100], bin_width=25)

    assert [(bar.label, bar.count) for bar in bins] == [
        ("0–24%", 1),
        ("25–49%", 1),
        ("50–74%", 0),
        ("75–100%", 1),
    ]


@pytest.mark.parametrize("score", [-1, 100.5])
def test_a_score_outside_0_to_100_is_refused(score):
    with pytest.raises(ValueError, match="Not a percentage"):
        score_histogram([score])


# -- Label profile ----------------------------------------------------------


def test_profile_percents_sum_to_exactly_100():
    # Plain rounding gives 29 + 43 + 29 = 101: 2/7, 3/7, 2/7.
    profile = label_profile([S, S, U, U, U, E, E])

    assert [(share.label, share.count, share.percent) for share in profile] == [
        (S, 2, 29),
        (U, 3, 43),
        (E, 2, 28),
    ]
    assert {share.total for share in profile} == {7}


def test_profile_ties_for_the_spare_point_go_in_exercise_order():
    profile = label_profile([E, U, S])

    assert [share.percent for share in profile] == [34, 33, 33]


def test_profile_leaves_out_page_chrome():
    profile = label_profile([Label.NONE, Label.NONE, U])

    assert [(share.count, share.percent, share.total) for share in profile] == [
        (0, 0, 1),
        (1, 100, 1),
        (0, 0, 1),
    ]
    assert profile[1].name == "Unverified assertion"


def test_an_empty_profile_is_all_zero():
    profile = label_profile([Label.NONE])

    assert [(share.count, share.percent, share.total) for share in profile] == [
        (0, 0, 0)
    ] * 3
