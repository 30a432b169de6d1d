"""Where a student lands after joining or being let in: straight in the work
when exactly one assignment is open, on "My assignments" otherwise."""

from datetime import timedelta

import pytest
from pytest_django.asserts import assertContains, assertRedirects

from django.test import Client
from django.urls import reverse
from django.utils import timezone

from quizapp.models import JoinRequest
from quizapp.selectors.student_work import the_one_open_assignment
from quizapp.services.attempts import attempt_for, attempt_submit
from tests.factories import (
    AssignmentFactory,
    ClassroomFactory,
    ExerciseFactory,
    StudentFactory,
)
from tests.views.labeling_pages import work_url

JOIN_URL = reverse("quizapp:join")
HOME_URL = reverse("quizapp:student-home")
WAITING_URL = reverse("quizapp:join-waiting")


def join(client: Client, nickname: str = "Ana", code: str = "FERRY7"):
    return client.post(JOIN_URL, {"code": code, "nickname": nickname})


@pytest.fixture
def classroom(db):
    return ClassroomFactory(join_code="FERRY7")


def assign(classroom, **options):
    return AssignmentFactory(
        classroom=classroom,
        exercise=ExerciseFactory(created_by=classroom.teacher),
        **options,
    )


@pytest.mark.django_db
def test_with_one_open_assignment_a_new_student_lands_straight_in_it(classroom):
    assignment = assign(classroom)

    response = Client().post(
        JOIN_URL, {"code": "FERRY7", "nickname": "Ana"}, follow=True
    )

    assertRedirects(response, work_url(assignment))
    assertContains(response, "Welcome, Ana!")
    assertContains(response, "The harbour board said")


@pytest.mark.django_db
def test_with_several_open_assignments_the_student_chooses_on_their_page(classroom):
    assign(classroom)
    assign(classroom)

    assertRedirects(join(Client()), HOME_URL)


@pytest.mark.parametrize(
    "other",
    [
        {"opens_at": timezone.now() + timedelta(days=1)},
        {"due_at": timezone.now() - timedelta(hours=1)},
        {"closed_at": timezone.now()},
    ],
    ids=["not-open-yet", "past-due", "closed"],
)
@pytest.mark.django_db
def test_assignments_not_open_now_do_not_count(classroom, other):
    open_one = assign(classroom)
    assign(classroom, **other)

    assertRedirects(join(Client()), work_url(open_one), fetch_redirect_response=False)


@pytest.mark.django_db
def test_with_nothing_assigned_the_student_lands_on_their_page(classroom):
    assertRedirects(join(Client()), HOME_URL)


@pytest.mark.django_db
def test_work_already_handed_in_does_not_count(classroom):
    handed_in = assign(classroom)
    still_open = assign(classroom)
    ana = StudentFactory(classroom=classroom)
    attempt_submit(attempt=attempt_for(assignment=handed_in, student=ana))

    assert the_one_open_assignment(student=ana, now=timezone.now()) == still_open


@pytest.mark.django_db
def test_a_student_let_in_from_the_lobby_lands_straight_in_the_one_assignment(
    classroom,
):
    assignment = assign(classroom)
    device = Client()
    join(device, "Alice")
    join(device, "Bob")  # a second nickname on this device waits
    teacher = Client()
    teacher.force_login(classroom.teacher)
    request = JoinRequest.objects.get()
    teacher.post(
        reverse("quizapp:join-request-decide", args=[request.pk]),
        {"decision": "admit", "nickname": "Bob"},
    )

    polled = device.get(WAITING_URL, headers={"HX-Request": "true"})

    assert polled["HX-Redirect"] == work_url(assignment)


@pytest.mark.django_db
def test_finding_where_to_land_costs_the_same_in_a_big_class(classroom):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    assign(classroom)
    assign(classroom)

    def queries_to_join(nickname):
        with CaptureQueriesContext(connection) as captured:
            join(Client(), nickname)
        return len(captured)

    small = queries_to_join("First")
    StudentFactory.create_batch(40, classroom=classroom)
    assert queries_to_join("Late") == small
