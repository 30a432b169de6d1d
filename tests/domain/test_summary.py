from articles.domain.labels import Label
from quizapp.domain.summary import category_summary

S, U, E = Label.SOURCED_CLAIM, Label.UNVERIFIED_ASSERTION, Label.EDITORIAL_APPEAL


def test_each_kind_of_sentence_gets_a_line_naming_the_usual_confusion():
    pairs = [(U, U), (U, S), (U, S), (U, None), (S, S), (S, U), (E, E)]

    lines = {line.label: line.text for line in category_summary(pairs)}

    assert lines[U] == (
        "You spotted 1 of 4 unverified assertions, and called 2 of them "
        "a sourced claim (1 left blank)."
    )
    assert lines[S] == (
        "You spotted 1 of 2 sourced claims, and called one of them "
        "an unverified assertion."
    )
    assert lines[E] == "You spotted 1 of 1 editorial appeals."


def test_kinds_the_exercise_does_not_contain_are_left_out():
    assert [line.label for line in category_summary([(S, S)])] == [S]
