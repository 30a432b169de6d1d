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


def mark(client, attempt, segment, **data):
    return client.post(
        reverse("quizapp:mark-set", args=[attempt.pk, segment.pk]),
        data,
        HTTP_HX_REQUEST="true",
    )


@pytest.mark.django_db
def test_a_mark_saved_with_htmx_returns_the_sentence_and_score_in_place(submitted):
    segment = submitted.assignment.exercise.article.segments.get(position=3)

    response = mark(teacher(submitted), submitted, segment, mark="right", comment="")

    page = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in page
    assert "Saved: your mark stays through later regrades." in page
    assert f'id="verdict-{segment.pk}"' in page
    assert "✓ Right" in page
    assert 'id="attempt-score-line"' in page
    assert page.count('hx-swap-oob="true"') == 2
    assert Attempt.objects.get(pk=submitted.pk).score_correct == 1


@pytest.mark.django_db
def test_a_bad_mark_says_so_and_changes_nothing(submitted):
    segment = submitted.assignment.exercise.article.segments.get(position=3)

    response = mark(teacher(submitted), submitted, segment, mark="maybe")

    assertContains(response, "nothing changed")
    assert not submitted.mark_overrides.exists()


@pytest.mark.django_db
def test_the_grading_page_saves_marks_in_place_and_has_a_breadcrumb(submitted):
    page = teacher(submitted).get(
        reverse("quizapp:attempt-review", args=[submitted.pk])
    )

    segment = submitted.assignment.exercise.article.segments.get(position=3)
    url = reverse("quizapp:mark-set", args=[submitted.pk, segment.pk])
    assertContains(page, f'hx-post="{url}"')
    assertContains(page, f'hx-target="#mark-status-{segment.pk}"')
    assertContains(page, 'role="status"')
    assertContains(
        page, reverse("quizapp:assignment-report", args=[submitted.assignment_id])
    )
    assertContains(page, "freezes it: sentence marks and regrades stop changing it")


@pytest.mark.django_db
def test_an_override_says_it_freezes_the_score_and_clears_in_one_step(submitted):
    client = teacher(submitted)
    client.post(
        reverse("quizapp:attempt-score", args=[submitted.pk]),
        {"percent": "90", "comment": "Good talk."},
    )
    segment = submitted.assignment.exercise.article.segments.get(position=3)

    page = client.get(reverse("quizapp:attempt-review", args=[submitted.pk]))
    marked = mark(client, submitted, segment, mark="right")
    cleared = client.post(
        reverse("quizapp:attempt-score", args=[submitted.pk]),
        {"clear": "1"},
        follow=True,
    )

    assertContains(
        page, "It is frozen: sentence marks and regrades no longer change it"
    )
    assertContains(marked, "The score stays at your 90% until you clear")
    assertContains(marked, "the marks give 25%")
    assertContains(cleared, "Your score is cleared")
    attempt = Attempt.objects.get(pk=submitted.pk)
    assert attempt.score_override_percent is None
    assert attempt.override_comment == "Good talk."
    assert attempt.score_percent == 25  # the sentence marked right
