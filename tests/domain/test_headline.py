"""The report's headline facts and the grid's marks, straight from answers."""

import pytest

from quizapp.domain.analysis import confusion_matrix, item_analysis
from quizapp.domain.headline import (
    Mark,
    class_average,
    in_article_order,
    marks,
    most_confused,
    most_missed,
)
from tests.domain.responses import E, S, U, answers, by_key


def test_marks_are_right_wrong_or_blank_in_order():
    assert marks([(S, S), (U, S), (E, None)]) == (Mark.RIGHT, Mark.WRONG, Mark.BLANK)


@pytest.mark.parametrize(
    ("scores", "average"),
    [([], None), ([100, 75], 88), ([50], 50), ([0, 0, 1], 0), ([33.4, 33.4], 33)],
)
def test_the_class_average_is_a_whole_percent(scores, average):
    assert class_average(scores) == average


def test_the_most_missed_sentence_is_the_first_with_a_wrong_answer():
    items = item_analysis(
        answers(1, S, S, S) + answers(2, U, S, U, U) + answers(3, E, S, S), [1, 2, 3]
    )

    assert most_missed(items).segment_id == 3
    assert most_missed(item_analysis(answers(1, S, S, None), [1])) is None
    assert most_missed([]) is None


def test_the_most_common_confusion_needs_two_answers_and_ignores_blanks():
    matrix = confusion_matrix(
        by_key((S, U), (S, U), (S, U), (S, S), (U, S), (U, S), (E, None), (E, None))
        + answers(9, E, None, None, None)
    )

    found = most_confused(matrix)

    assert (found.key, found.given, found.count, found.total) == (S, U, 3, 4)
    assert found.percent == 75
    assert most_confused(confusion_matrix(by_key((S, U), (U, S)))) is None


def test_equal_confusions_go_to_the_larger_share_of_its_row():
    matrix = confusion_matrix(
        by_key((S, U), (S, U), (S, S), (S, S), (U, E), (U, E), (U, U))
    )

    assert (most_confused(matrix).key, most_confused(matrix).given) == (U, E)


def test_items_can_be_put_back_in_article_order():
    items = item_analysis(
        answers(7, S, U) + answers(3, S, S) + answers(5, U, U), [3, 5, 7]
    )

    assert [item.segment_id for item in items] == [7, 3, 5]
    assert [item.segment_id for item in in_article_order(items, [3, 5, 7])] == [3, 5, 7]
