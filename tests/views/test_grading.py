import pytest
from pytest_django.asserts import assertContains

from django.test import Client
from django.urls import reverse

from articles.domain.labels import Label
from quizapp.models import Attempt
from quizapp.services.attempts import answer_save, attempt_submit
from tests.conftest import sign_in_student
from tests.factories import AttemptFactory


@pytest.fixture
def submitted(db):
    attempt = AttemptFactory(student__nickname="Ana")
    segment = attempt.assignment.exercise.article.segments.get(position=3)
    answer_save(attempt=attempt, segment=segment, label=Label.SOURCED_CLAIM, seq=1)
    return attempt_submit(attempt=attempt)


def teacher(attempt) -> Client:
    client = Client()
    client.force_login(attempt.assignment.classroom.teacher)
    return client


@pytest.mark.django_db
def test_a_teacher_marks_a_sentence_right_and_the_student_sees_why(submitted):
    segment = submitted.assignment.exercise.article.segments.get(position=3)

    review = teacher(submitted).post(
        reverse("quizapp:mark-set", args=[submitted.pk, segment.pk]),
        {"mark": "right", "comment": "Fair: the residents were named earlier."},
        follow=True,
    )
    student = sign_in_student(Client(), submitted.student)
    page = student.get(
        reverse("quizapp:assignment-work", args=[submitted.assignment_id])
    )

    assertContains(review, "(your mark)")
    assert Attempt.objects.get(pk=submitted.pk).score_correct == 1
    assertContains(
        page,
        "Your teacher marked this right: Fair: the residents were named earlier.",
    )


@pytest.mark.django_db
def test_a_teacher_sets_the_whole_score_with_a_comment(submitted):
    teacher(submitted).post(
        reverse("quizapp:attempt-score", args=[submitted.pk]),
        {"percent": "90", "comment": "Great discussion in class."},
    )
    student = sign_in_student(Client(), submitted.student)

    page = student.get(
        reverse("quizapp:assignment-work", args=[submitted.assignment_id])
    )

    assertContains(page, "Your teacher gave this work <strong>90%</strong>.", html=True)
    assertContains(page, "Your teacher says: Great discussion in class.")


@pytest.mark.django_db
def test_a_score_out_of_range_is_refused(submitted):
    response = teacher(submitted).post(
        reverse("quizapp:attempt-score", args=[submitted.pk]),
        {"percent": "140"},
        follow=True,
    )

    assertContains(response, "whole number from 0 to 100")
    assert Attempt.objects.get(pk=submitted.pk).score_override_percent is None
