"""A device that joined a class once waits for the teacher before joining
again under another nickname; a locked roster makes everyone new wait."""

import pytest
from pytest_django.asserts import assertContains, assertNotContains, assertRedirects

from django.test import Client
from django.urls import reverse

from quizapp.middleware import STUDENT_SESSION_KEY
from quizapp.models import JoinRequest, Student
from quizapp.security.devices import DEVICE_COOKIE
from tests.factories import AssignmentFactory, ClassroomFactory, UserFactory

JOIN_URL = reverse("quizapp:join")
WAITING_URL = reverse("quizapp:join-waiting")


def join(client: Client, nickname: str, code: str = "FERRY7"):
    return client.post(JOIN_URL, {"code": code, "nickname": nickname})


@pytest.fixture
def classroom(db):
    return AssignmentFactory(classroom__join_code="FERRY7").classroom


@pytest.fixture
def teacher_client(classroom):
    client = Client()
    client.force_login(classroom.teacher)
    return client


def waiting_as(nickname: str) -> Client:
    """A device that joined as Alice and now asks to join as `nickname`."""
    device = Client()
    join(device, "Alice")
    join(device, nickname)
    return device


def decide(teacher_client, decision: str, nickname_shown: str | None = None, **options):
    request = JoinRequest.objects.get()
    url = reverse("quizapp:join-request-decide", args=[request.pk])
    data = {"decision": decision, "nickname": nickname_shown or request.nickname}
    return teacher_client.post(url, data, **options)


def class_page(teacher_client, classroom):
    return teacher_client.get(reverse("quizapp:classroom-detail", args=[classroom.pk]))


@pytest.mark.django_db
def test_a_second_nickname_from_the_same_device_waits_and_sees_no_key(classroom):
    device = Client()
    join(device, "Alice")
    alice = Student.objects.get(nickname="Alice")

    response = join(device, "Second Try")

    assertRedirects(response, WAITING_URL)
    assert not Student.objects.filter(nickname="Second Try").exists()
    # Still Alice: the second name has no attempt of its own to submit.
    assert device.session[STUDENT_SESSION_KEY] == alice.pk
    waiting = device.get(WAITING_URL)
    assertContains(waiting, "This device has already joined the class")
    assertContains(waiting, 'hx-trigger="every 4s"')
    assert JoinRequest.objects.get().reason == JoinRequest.Reason.DEVICE_USED


@pytest.mark.django_db
def test_the_teacher_lets_the_second_nickname_in_and_the_roster_marks_both(
    classroom, teacher_client
):
    device = waiting_as("Bob")

    page = class_page(teacher_client, classroom)
    assertContains(page, "Waiting to be let in (1)")
    assertContains(page, "same device as Alice")
    decide(teacher_client, "admit")
    decide(teacher_client, "admit")  # a double click

    assert Student.objects.filter(nickname="Bob").count() == 1
    arrived = device.get(WAITING_URL)
    # The class has one open assignment: Bob lands straight in it (issue 17).
    assignment = classroom.assignments.get()
    assertRedirects(arrived, reverse("quizapp:assignment-work", args=[assignment.pk]))
    bob = Student.objects.get(nickname="Bob")
    assert device.session[STUDENT_SESSION_KEY] == bob.pk
    page = class_page(teacher_client, classroom)
    assertNotContains(page, "Waiting to be let in")
    assertContains(page, "same device as Bob")
    assertContains(page, "same device as Alice")


@pytest.mark.django_db
def test_a_polling_lobby_is_sent_on_once_the_teacher_lets_it_in(
    classroom, teacher_client
):
    device = waiting_as("Bob")
    decide(teacher_client, "admit")

    response = device.get(WAITING_URL, headers={"HX-Request": "true"})

    assignment = classroom.assignments.get()
    assert response["HX-Redirect"] == reverse(
        "quizapp:assignment-work", args=[assignment.pk]
    )


@pytest.mark.django_db
def test_a_turned_away_nickname_is_told_what_to_do(classroom, teacher_client):
    device = waiting_as("Bob")

    decide(teacher_client, "refuse")

    waiting = device.get(WAITING_URL)
    assertContains(waiting, "Your teacher did not let “Bob” in.")
    assertNotContains(waiting, "hx-trigger")
    assert not Student.objects.filter(nickname="Bob").exists()


@pytest.mark.django_db
def test_asking_again_from_one_device_keeps_one_waiting_name(classroom):
    device = waiting_as("Bob")
    join(device, "Bobby")

    assert list(JoinRequest.objects.values_list("nickname", flat=True)) == ["Bobby"]


@pytest.mark.django_db
def test_a_locked_roster_makes_every_new_nickname_wait(classroom, teacher_client):
    teacher_client.post(
        reverse("quizapp:classroom-roster-lock", args=[classroom.pk]),
        {"locked": "yes"},
    )
    newcomer = Client()

    response = join(newcomer, "Late Lucy")

    assertRedirects(response, WAITING_URL)
    assertContains(newcomer.get(WAITING_URL), "The class list is locked")
    assertContains(class_page(teacher_client, classroom), "the roster is locked")

    teacher_client.post(
        reverse("quizapp:classroom-roster-lock", args=[classroom.pk]),
        {"locked": "no"},
    )
    assert join(Client(), "On Time Omar").status_code == 302
    assert Student.objects.filter(nickname="On Time Omar").exists()


@pytest.mark.django_db
def test_a_waiting_nickname_taken_meanwhile_is_not_let_in_twice(
    classroom, teacher_client
):
    waiting_as("Bob")
    join(Client(), "Bob")  # someone else, on their own device, took it

    response = decide(teacher_client, "admit", follow=True)

    assertContains(response, "already taken in this class")
    assert Student.objects.filter(nickname="Bob").count() == 1


@pytest.mark.django_db
def test_another_teachers_join_request_is_not_found(classroom):
    waiting_as("Bob")
    outsider = Client()
    outsider.force_login(UserFactory())

    response = outsider.post(
        reverse("quizapp:join-request-decide", args=[JoinRequest.objects.get().pk]),
        {"decision": "admit"},
    )

    assert response.status_code == 404
    assert not Student.objects.filter(nickname="Bob").exists()


@pytest.mark.django_db
def test_the_waiting_list_refreshes_on_its_own(classroom, teacher_client):
    waiting_as("Bob")

    part = teacher_client.get(
        reverse("quizapp:classroom-detail", args=[classroom.pk]),
        headers={"HX-Request": "true", "HX-Target": "waiting-list"},
    )

    assertContains(part, "Bob")
    assertNotContains(part, "Progress")


@pytest.mark.django_db
def test_a_removed_students_device_may_join_under_a_new_name(classroom):
    device = Client()
    join(device, "Alice")
    Student.objects.filter(nickname="Alice").update(removed_at="2026-01-01T00:00Z")

    assert join(device, "Alicia").status_code == 302
    assert Student.objects.filter(nickname="Alicia").exists()


@pytest.mark.django_db
def test_another_class_on_the_same_device_is_joined_at_once(classroom):
    ClassroomFactory(join_code="CHESS42")
    device = Client()
    join(device, "Alice")

    response = join(device, "Alice", code="CHESS42")

    assertRedirects(response, reverse("quizapp:student-home"))


@pytest.mark.django_db
def test_a_name_changed_while_the_teacher_looked_is_not_let_in(
    classroom, teacher_client
):
    device = waiting_as("Bob")
    join(device, "Mr Smith")  # asks again under another name

    response = decide(teacher_client, "admit", nickname_shown="Bob", follow=True)

    assertContains(response, "The name changed to Mr Smith.")
    assert not Student.objects.filter(nickname__in=["Bob", "Mr Smith"]).exists()


@pytest.mark.django_db
def test_turning_away_someone_already_let_in_says_so(classroom, teacher_client):
    waiting_as("Bob")
    decide(teacher_client, "admit")

    response = decide(teacher_client, "refuse", follow=True)

    assertContains(response, "Bob was already let in or turned away.")
    assert Student.objects.filter(nickname="Bob").exists()


@pytest.mark.django_db
def test_a_signed_in_browser_without_its_device_cookie_still_waits(classroom):
    device = Client()
    join(device, "Alice")
    device.cookies.pop(DEVICE_COOKIE)

    response = join(device, "Bob")

    assertRedirects(response, WAITING_URL)
    assert not Student.objects.filter(nickname="Bob").exists()


@pytest.mark.django_db
def test_a_six_character_code_from_before_is_flagged(teacher_client, classroom):
    assertContains(
        class_page(teacher_client, classroom), "easier to guess: make a new one"
    )
