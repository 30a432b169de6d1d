import threading

import pytest

from django.core.exceptions import ValidationError
from django.db import connection

from articles.domain.labels import Label
from quizapp.models import Answer, Attempt
from quizapp.services.attempts import answer_save, attempt_for, attempt_submit
from tests.factories import AttemptFactory


def first_asked_segment(attempt):
    return attempt.assignment.exercise.article.segments.get(position=2)


# Two saves of one sentence, in the order they reach the server: the label
# with the higher seq is the one kept, and only one answer is stored.
SAVES_IN_ARRIVAL_ORDER = [
    pytest.param(
        (Label.SOURCED_CLAIM, 1),
        (Label.EDITORIAL_APPEAL, 2),
        (Label.EDITORIAL_APPEAL, 2),
        id="a-newer-save-replaces-the-label",
    ),
    pytest.param(
        (Label.EDITORIAL_APPEAL, 5),
        (Label.SOURCED_CLAIM, 4),
        (Label.EDITORIAL_APPEAL, 5),
        id="a-late-older-save-never-overwrites-a-newer-one",
    ),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("first", "second", "kept"), SAVES_IN_ARRIVAL_ORDER)
def test_the_save_with_the_higher_seq_is_kept(first, second, kept):
    attempt = AttemptFactory()
    segment = first_asked_segment(attempt)
    answer_save(attempt=attempt, segment=segment, label=first[0], seq=first[1])

    stored = answer_save(
        attempt=attempt, segment=segment, label=second[0], seq=second[1]
    )

    assert (stored.label, stored.seq) == kept
    assert Answer.objects.count() == 1


def an_attempt_submitted_before_loading():
    return AttemptFactory(status=Attempt.Status.SUBMITTED)


def a_stale_copy_of_a_just_submitted_attempt():
    """Another tab submitted between loading the attempt and saving: the copy
    in hand still says in progress."""
    attempt = AttemptFactory()
    Attempt.objects.filter(pk=attempt.pk).update(status=Attempt.Status.SUBMITTED)
    return attempt


@pytest.mark.django_db
@pytest.mark.parametrize(
    "submitted_attempt",
    [an_attempt_submitted_before_loading, a_stale_copy_of_a_just_submitted_attempt],
    ids=["submitted", "stale-copy-of-a-just-submitted-attempt"],
)
def test_a_submitted_attempt_refuses_new_answers(submitted_attempt):
    attempt = submitted_attempt()

    with pytest.raises(ValidationError, match="already submitted"):
        answer_save(
            attempt=attempt,
            segment=first_asked_segment(attempt),
            label=Label.SOURCED_CLAIM,
            seq=1,
        )

    assert not Answer.objects.exists()


@pytest.mark.django_db
def test_submitting_scores_against_the_key_and_a_second_submit_changes_nothing():
    attempt = AttemptFactory()
    segment = first_asked_segment(attempt)  # the key says sourced
    answer_save(attempt=attempt, segment=segment, label=Label.SOURCED_CLAIM, seq=1)
    attempt = attempt_submit(attempt=attempt)
    first_submitted_at = attempt.submitted_at

    again = attempt_submit(attempt=attempt)

    assert (again.score_correct, again.score_total) == (1, 4)
    assert again.submitted_at == first_submitted_at


@pytest.mark.django_db
def test_opening_an_assignment_twice_gives_the_same_attempt():
    attempt = AttemptFactory()

    again = attempt_for(assignment=attempt.assignment, student=attempt.student)

    assert again.pk == attempt.pk


@pytest.mark.django_db(transaction=True)
def test_overlapping_saves_from_many_threads_keep_the_highest_seq():
    """Six threads save the same sentence at the same instant, round after
    round; after every round the highest seq of that round is stored."""
    if connection.vendor == "sqlite" and connection.creation.is_in_memory_db(
        connection.settings_dict["NAME"]
    ):
        pytest.fail("Concurrency tests need a file database (settings: TEST NAME).")
    attempt = AttemptFactory()
    segment = first_asked_segment(attempt)
    labels = [Label.SOURCED_CLAIM, Label.UNVERIFIED_ASSERTION, Label.EDITORIAL_APPEAL]
    thread_count, rounds = 6, 40
    together = threading.Barrier(thread_count)
    stored_after_round: list[int] = []
    errors = []

    def click(index: int) -> None:
        try:
            for round_number in range(rounds):
                together.wait(timeout=10)
                seq = round_number * 10 + index + 1
                answer_save(
                    attempt=attempt, segment=segment, label=labels[seq % 3], seq=seq
                )
                together.wait(timeout=10)
                if index == 0:
                    stored = Answer.objects.get(attempt=attempt, segment=segment)
                    stored_after_round.append(stored.seq)
        except Exception as error:
            errors.append(error)
            together.abort()
        finally:
            connection.close()

    threads = [
        threading.Thread(target=click, args=(index,)) for index in range(thread_count)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert errors == []
    assert stored_after_round == [
        round_number * 10 + thread_count for round_number in range(rounds)
    ]
    assert Answer.objects.get().label == labels[((rounds - 1) * 10 + thread_count) % 3]
