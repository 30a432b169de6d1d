from articles.domain.labels import Label
from quizapp.domain.scoring import Score, score_answers

KEY = {
    1: Label.NONE,
    2: Label.SOURCED_CLAIM,
    3: Label.UNVERIFIED_ASSERTION,
    4: Label.EDITORIAL_APPEAL,
}


def test_none_segments_are_never_asked():
    score = score_answers(KEY, {})

    assert score == Score(correct=0, answered=0, asked=3)


def test_only_matching_labels_count_as_correct():
    answers = {2: Label.SOURCED_CLAIM, 3: Label.SOURCED_CLAIM}

    score = score_answers(KEY, answers)

    assert (score.correct, score.answered, score.percent) == (1, 2, 33)


def test_an_answer_on_a_none_segment_counts_for_nothing():
    score = score_answers(KEY, {1: Label.SOURCED_CLAIM, 4: Label.EDITORIAL_APPEAL})

    assert (score.correct, score.answered) == (1, 1)


def test_an_exercise_with_nothing_asked_scores_zero_percent():
    assert score_answers({1: Label.NONE}, {}).percent == 0


def test_the_right_label_with_the_wrong_evidence_earns_half_a_point():
    key_evidence = {2: [(0, 20)], 4: [(70, 80)], 3: []}
    answers = {
        2: Label.SOURCED_CLAIM,
        3: Label.UNVERIFIED_ASSERTION,
        4: Label.EDITORIAL_APPEAL,
    }

    score = score_answers(
        KEY,
        answers,
        key_evidence=key_evidence,
        answer_evidence={2: [(4, 9)], 3: [], 4: [(30, 35)]},
    )

    # Sentence 2's evidence overlaps, 3's key names no words, 4's misses.
    assert score.correct == 2.5
    assert score.percent == 83


def test_a_teachers_mark_beats_the_key_and_the_evidence():
    score = score_answers(
        KEY,
        {2: Label.EDITORIAL_APPEAL},
        {2: True},
        key_evidence={2: [(0, 5)]},
        answer_evidence={},
    )

    assert score.correct == 1


def test_marking_the_whole_sentence_as_evidence_earns_only_half_a_point():
    score = score_answers(
        {2: Label.SOURCED_CLAIM},
        {2: Label.SOURCED_CLAIM},
        key_evidence={2: [(0, 10)]},
        answer_evidence={2: [(0, 120)]},
    )

    assert score.correct == 0.5
