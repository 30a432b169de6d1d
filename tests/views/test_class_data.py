"""A teacher downloads a class's data, then deletes the class with it."""

import json

import pytest
from pytest_django.asserts import assertContains

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles.domain.labels import Label
from articles.models import Article
from quizapp.models import (
    Answer,
    Assignment,
    Attempt,
    Classroom,
    JoinRequest,
    MarkOverride,
    Student,
)
from quizapp.services.attempts import answer_save
from quizapp.services.grading import mark_override_set
from tests.factories import (
    AssignmentFactory,
    AttemptFactory,
    ClassroomFactory,
    StudentFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def worked_class():
    attempt = AttemptFactory(student__nickname="Kit")
    segment = attempt.assignment.exercise.article.segments.get(position=2)
    answer_save(attempt=attempt, segment=segment, label=Label.SOURCED_CLAIM, seq=1)
    mark_override_set(
        attempt=attempt,
        segment=segment,
        is_correct=True,
        comment="Good catch",
        set_by=attempt.assignment.classroom.teacher,
    )
    return attempt


def test_the_export_holds_every_students_work(client, worked_class):
    classroom = worked_class.assignment.classroom
    client.force_login(classroom.teacher)

    response = client.get(reverse("quizapp:classroom-export", args=[classroom.pk]))

    assert response["Content-Disposition"].startswith(
        f'attachment; filename="{classroom.name.lower().replace(" ", "-")}-'
    )
    document = json.loads(response.content)
    assert document["class"]["name"] == classroom.name
    (student,) = document["students"]
    assert student["nickname"] == "Kit"
    (attempt,) = student["attempts"]
    assert attempt["answers"][0]["label"] == "sourced_claim"
    assert attempt["answers"][0]["evidence"] == []
    assert attempt["marks"] == [
        {"sentence": 2, "correct": True, "comment": "Good catch"}
    ]
    # The rejoin code is a password in all but name.
    assert worked_class.student.rejoin_code not in response.content.decode()


def test_the_export_lists_requests_to_join(client, worked_class):
    classroom = worked_class.assignment.classroom
    JoinRequest.objects.create(
        classroom=classroom,
        nickname="Kit Two",
        device_digest="d" * 64,
        reason=JoinRequest.Reason.DEVICE_USED,
    )
    client.force_login(classroom.teacher)

    response = client.get(reverse("quizapp:classroom-export", args=[classroom.pk]))

    (request,) = json.loads(response.content)["requests_to_join"]
    assert (request["nickname"], request["let_in"]) == ("Kit Two", False)
    assert "d" * 64 not in response.content.decode()


def test_the_export_includes_work_of_students_moved_out_since(client, worked_class):
    classroom = worked_class.assignment.classroom
    Student.objects.filter(pk=worked_class.student_id).update(
        classroom=ClassroomFactory(teacher=classroom.teacher)
    )
    client.force_login(classroom.teacher)

    document = client.get(
        reverse("quizapp:classroom-export", args=[classroom.pk])
    ).json()

    (student,) = document["students"]
    assert student["moved_to_another_class"] is True
    assert len(student["attempts"]) == 1  # deleting the class would delete it


def export_queries(client, classroom) -> int:
    with CaptureQueriesContext(connection) as queries:
        client.get(reverse("quizapp:classroom-export", args=[classroom.pk]))
    return len(queries)


def test_the_export_takes_the_same_queries_for_a_bigger_class(client):
    small = AssignmentFactory()
    big = AssignmentFactory()
    for assignment, students in [(small, 2), (big, 25)]:
        for _ in range(students):
            AttemptFactory(
                assignment=assignment,
                student=StudentFactory(classroom=assignment.classroom),
            )
    client.force_login(small.classroom.teacher)
    small_queries = export_queries(client, small.classroom)
    client.force_login(big.classroom.teacher)

    assert export_queries(client, big.classroom) == small_queries


def test_deleting_a_class_removes_all_its_student_data_and_keeps_the_articles(
    client, worked_class
):
    classroom = worked_class.assignment.classroom
    other = AttemptFactory()  # another class stays untouched
    client.force_login(classroom.teacher)

    response = client.post(
        reverse("quizapp:classroom-delete", args=[classroom.pk]),
        {"confirm_name": f"  {classroom.name.upper()} "},
        follow=True,
    )

    assertContains(response, "with 1 student(s) and all their work")
    assert not Classroom.objects.filter(pk=classroom.pk).exists()
    assert list(Student.objects.all()) == [other.student]
    assert list(Attempt.objects.all()) == [other]
    assert not Answer.objects.filter(attempt__student__classroom=classroom.pk).exists()
    assert not MarkOverride.objects.exists()
    assert list(Assignment.objects.all()) == [other.assignment]
    assert Article.objects.filter(
        pk=worked_class.assignment.exercise.article_id
    ).exists()


def test_a_wrong_confirmation_deletes_nothing(client, worked_class):
    classroom = worked_class.assignment.classroom
    client.force_login(classroom.teacher)

    response = client.post(
        reverse("quizapp:classroom-delete", args=[classroom.pk]),
        {"confirm_name": "Form"},
        follow=True,
    )

    assertContains(response, "type the class name to confirm")
    assert Student.objects.filter(classroom=classroom).exists()
