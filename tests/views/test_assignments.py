import re
from datetime import timedelta

import pytest
from pytest_django.asserts import assertContains, assertNotContains

from django.test import Client
from django.urls import reverse
from django.utils import timezone

from quizapp.models import Answer, Assignment, Attempt
from tests.conftest import sign_in_student
from tests.factories import AssignmentFactory, StudentFactory

CONFIRMED = {"confirm": "yes"}


def save(client: Client, assignment: Assignment, label: str = "sourced_claim"):
    segment = assignment.exercise.article.segments.get(position=2)
    return client.post(
        reverse("quizapp:answer-save", args=[assignment.pk, segment.pk]),
        {"label": label, "seq": str(timezone.now().timestamp() * 1000)[:13]},
        headers={"HX-Request": "true"},
    )


def teacher_post(assignment: Assignment, name: str, data=None, *extra_args):
    client = Client()
    client.force_login(assignment.classroom.teacher)
    return client.post(
        reverse(f"quizapp:{name}", args=[assignment.pk, *extra_args]),
        data or {},
        follow=True,
    )


@pytest.fixture
def assignment(db):
    return AssignmentFactory(exercise__title="Ferry timetable")


@pytest.fixture
def ana(assignment):
    return sign_in_student(
        Client(), StudentFactory(classroom=assignment.classroom, nickname="Ana")
    )


@pytest.mark.django_db
def test_closing_stops_changes_and_keeps_what_was_saved(assignment, ana):
    save(ana, assignment)

    teacher_post(assignment, "assignment-close")
    late = save(ana, assignment, "editorial_appeal")
    page = ana.get(reverse("quizapp:assignment-work", args=[assignment.pk]))

    assertContains(late, "Your teacher has closed this assignment", status_code=409)
    assertContains(page, "This assignment is closed")
    assert Answer.objects.get().label == "sourced_claim"


@pytest.mark.django_db
def test_reopening_for_the_class_with_a_new_due_time_lets_everyone_work(
    assignment, ana
):
    teacher_post(assignment, "assignment-close")
    new_due = (timezone.localtime() + timedelta(days=2)).strftime("%Y-%m-%dT%H:%M")

    page = teacher_post(assignment, "assignment-reopen", {"due_at": new_due})

    assertContains(page, "Open again for the whole class.")
    assert save(ana, assignment).status_code == 200


@pytest.mark.django_db
def test_a_new_due_time_in_the_past_is_refused(assignment):
    past = (timezone.localtime() - timedelta(days=1)).strftime("%Y-%m-%dT%H:%M")

    page = teacher_post(assignment, "assignment-reopen", {"due_at": past})

    assertContains(page, "The new due time must be in the future.")


@pytest.mark.django_db
def test_reopening_for_one_absent_student_beats_the_due_time_until_they_submit(
    assignment, ana
):
    Assignment.objects.filter(pk=assignment.pk).update(
        due_at=timezone.now() - timedelta(hours=1)
    )
    ben = sign_in_student(
        Client(), StudentFactory(classroom=assignment.classroom, nickname="Ben")
    )
    student_id = assignment.classroom.students.get(nickname="Ana").pk

    teacher_post(assignment, "attempt-reopen", {}, student_id)

    assert save(ana, assignment).status_code == 200
    assert save(ben, assignment).status_code == 409
    ana.post(reverse("quizapp:attempt-submit", args=[assignment.pk]), CONFIRMED)
    assert save(ana, assignment, "editorial_appeal").status_code == 409


@pytest.mark.django_db
def test_results_held_back_until_the_teacher_releases_them(db):
    assignment = AssignmentFactory(feedback_policy="on_release")
    student = sign_in_student(Client(), StudentFactory(classroom=assignment.classroom))
    save(student, assignment)
    student.post(reverse("quizapp:attempt-submit", args=[assignment.pk]), CONFIRMED)
    work_url = reverse("quizapp:assignment-work", args=[assignment.pk])
    # Right/wrong marks are the feedback (their wording is the labeling
    # page's own tests' business).
    assertNotContains(student.get(work_url), 'class="verdict')

    teacher_post(assignment, "assignment-release")

    assertContains(student.get(work_url), 'class="verdict')


@pytest.mark.django_db
def test_with_resubmission_allowed_a_student_takes_back_and_changes_answers(
    assignment, ana
):
    teacher_post(
        assignment,
        "assignment-settings",
        {"feedback_policy": "on_release", "allow_resubmission": "on"},
    )
    save(ana, assignment)
    ana.post(reverse("quizapp:attempt-submit", args=[assignment.pk]), CONFIRMED)
    assertContains(
        ana.get(reverse("quizapp:assignment-work", args=[assignment.pk])),
        "Change my answers",
    )

    ana.post(reverse("quizapp:attempt-revise", args=[assignment.pk]))

    assert Attempt.objects.get().status == Attempt.Status.IN_PROGRESS
    assert save(ana, assignment, "editorial_appeal").status_code == 200


@pytest.mark.django_db
def test_without_resubmission_a_submission_cannot_be_taken_back(assignment, ana):
    ana.post(reverse("quizapp:attempt-submit", args=[assignment.pk]), CONFIRMED)

    response = ana.post(
        reverse("quizapp:attempt-revise", args=[assignment.pk]), follow=True
    )

    assertContains(response, "does not allow changing answers after submitting")
    assert Attempt.objects.get().status == Attempt.Status.SUBMITTED


@pytest.mark.django_db
def test_the_assignment_page_lists_each_student_with_their_status(assignment, ana):
    save(ana, assignment)
    StudentFactory(classroom=assignment.classroom, nickname="Ben")
    client = Client()
    client.force_login(assignment.classroom.teacher)

    page = client.get(reverse("quizapp:assignment-detail", args=[assignment.pk]))

    assert re.search(r"Ana</a></th>\s*<td>In progress</td>", page.content.decode())
    assertContains(page, "Let Ben work again")


@pytest.mark.django_db
def test_once_results_show_a_submission_can_no_longer_be_taken_back(assignment, ana):
    """Otherwise a student could submit anything, read the key, and resubmit."""
    teacher_post(
        assignment,
        "assignment-settings",
        {"feedback_policy": "immediate", "allow_resubmission": "on"},
    )
    ana.post(reverse("quizapp:attempt-submit", args=[assignment.pk]), CONFIRMED)

    response = ana.post(
        reverse("quizapp:attempt-revise", args=[assignment.pk]), follow=True
    )

    assertContains(response, "Your results are already showing")
    assertNotContains(response, "Change my answers")
    assert Attempt.objects.get().status == Attempt.Status.SUBMITTED
