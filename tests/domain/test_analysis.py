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
from tests.domain.responses import E, S, U, answers, by_key

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
