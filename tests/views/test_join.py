import pytest
from pytest_django.asserts import assertContains, assertRedirects

from django.urls import reverse

from quizapp.middleware import STUDENT_SESSION_KEY
from quizapp.models import Student
from tests.factories import ClassroomFactory, StudentFactory

JOIN_URL = reverse("quizapp:join")


@pytest.mark.django_db
def test_a_student_joins_with_code_and_nickname_and_lands_on_their_page(client):
    classroom = ClassroomFactory(join_code="FERRY7", name="Year 9")

    response = client.post(JOIN_URL, {"code": "ferry7", "nickname": "Ana"}, follow=True)

    assertRedirects(response, reverse("quizapp:student-home"))
    assertContains(response, "Hello, Ana")
    assertContains(response, "Year 9")
    assert Student.objects.get().classroom == classroom


@pytest.mark.django_db
def test_the_join_page_prefills_the_code_from_the_link(client):
    response = client.get(JOIN_URL, {"code": "FERRY7"})

    assertContains(response, 'value="FERRY7"')


@pytest.mark.django_db
def test_an_unknown_code_is_explained_and_creates_nobody(client):
    response = client.post(JOIN_URL, {"code": "NOPE22", "nickname": "Ana"})

    assertContains(response, "No open class has that code")
    assert not Student.objects.exists()


@pytest.mark.django_db
def test_an_archived_class_code_is_refused(client):
    ClassroomFactory(join_code="OLD234", is_archived=True)

    response = client.post(JOIN_URL, {"code": "OLD234", "nickname": "Ana"})

    assertContains(response, "No open class has that code")
    assert not Student.objects.exists()


@pytest.mark.django_db
def test_a_blank_nickname_is_refused(client):
    ClassroomFactory(join_code="FERRY7")

    response = client.post(JOIN_URL, {"code": "FERRY7", "nickname": "   "})

    assertContains(response, "This field is required")
    assert not Student.objects.exists()


@pytest.mark.django_db
def test_a_taken_nickname_is_refused_with_a_hint_to_rejoin(client):
    classroom = ClassroomFactory(join_code="FERRY7")
    StudentFactory(classroom=classroom, nickname="Ana")

    response = client.post(JOIN_URL, {"code": "FERRY7", "nickname": "ANA"})

    assertContains(response, "already taken in this class")
    assertContains(response, "rejoin code")
    assert Student.objects.count() == 1


@pytest.mark.django_db
def test_a_student_rejoins_on_another_device_with_the_rejoin_code(client):
    student = StudentFactory(rejoin_code="ABCD2346", nickname="Ana")

    response = client.post(
        reverse("quizapp:rejoin"), {"rejoin_code": "abcd-2346"}, follow=True
    )

    assertContains(response, "Welcome back, Ana")
    assert client.session[STUDENT_SESSION_KEY] == student.pk


@pytest.mark.django_db
def test_an_unknown_rejoin_code_signs_nobody_in(client):
    response = client.post(reverse("quizapp:rejoin"), {"rejoin_code": "ZZZZ-ZZZZ"})

    assertContains(response, "That rejoin code is not known")
    assert STUDENT_SESSION_KEY not in client.session


@pytest.mark.django_db
def test_guessing_codes_from_one_address_is_slowed_down(client, settings):
    ClassroomFactory(join_code="FERRY7")

    statuses = [
        client.post(JOIN_URL, {"code": "WRONG2", "nickname": f"N{i}"}).status_code
        for i in range(61)
    ]

    assert statuses[:60] == [200] * 60
    assert statuses[60] == 429
    assertContains(
        client.post(JOIN_URL, {"code": "WRONG2", "nickname": "x"}),
        "Too many tries",
        status_code=429,
    )


@pytest.mark.django_db
def test_a_whole_class_behind_one_address_can_join_with_the_right_code(client):
    ClassroomFactory(join_code="FERRY7")

    for number in range(35):
        client.post(JOIN_URL, {"code": "FERRY7", "nickname": f"Student {number}"})

    assert Student.objects.count() == 35


@pytest.mark.django_db
def test_signing_out_forgets_the_student_but_keeps_their_work(student_client, student):
    student_client.post(reverse("quizapp:leave"))

    response = student_client.get(reverse("quizapp:student-home"))

    assertRedirects(response, JOIN_URL)
    assert Student.objects.filter(pk=student.pk).exists()
