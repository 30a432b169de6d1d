import pytest
from pytest_django.asserts import assertContains, assertNotContains

from django.urls import reverse

from quizapp.models import Answer, Attempt, Classroom, Student
from tests.conftest import sign_in_student
from tests.factories import AnswerFactory, ClassroomFactory, StudentFactory

JOIN_URL = reverse("quizapp:join")


def class_url(classroom):
    return reverse("quizapp:classroom-detail", args=[classroom.pk])


@pytest.fixture
def classroom(db):
    return ClassroomFactory(name="Year 9", join_code="FERRY7")


@pytest.fixture
def teacher_client(client, classroom):
    client.force_login(classroom.teacher)
    return client


@pytest.mark.django_db
def test_a_teacher_renames_a_class(teacher_client, classroom):
    response = teacher_client.post(
        reverse("quizapp:classroom-rename", args=[classroom.pk]),
        {"name": "Year 10"},
        follow=True,
    )

    assertContains(response, "<h1>Year 10</h1>", html=True)


@pytest.mark.django_db
def test_an_archived_class_refuses_its_code_until_restored(
    teacher_client, classroom, client
):
    archive_url = reverse("quizapp:classroom-archive", args=[classroom.pk])
    teacher_client.post(archive_url, {"archive": "yes"})
    teacher_client.logout()

    refused = client.post(JOIN_URL, {"code": "FERRY7", "nickname": "Ana"})

    assertContains(refused, "No open class has that code")
    assert not Student.objects.exists()
    Classroom.objects.filter(pk=classroom.pk).update(is_archived=False)
    client.post(JOIN_URL, {"code": "FERRY7", "nickname": "Ana"})
    assert Student.objects.count() == 1


@pytest.mark.django_db
def test_a_new_join_code_replaces_the_old_one_and_keeps_students_in(
    teacher_client, classroom, client
):
    student = StudentFactory(classroom=classroom, nickname="Ana")

    teacher_client.post(reverse("quizapp:classroom-join-code", args=[classroom.pk]))

    classroom.refresh_from_db()
    assert classroom.join_code != "FERRY7"
    teacher_client.logout()
    sign_in_student(client, student)
    assert client.get(reverse("quizapp:student-home")).status_code == 200
    client.post(reverse("quizapp:leave"))
    old = client.post(JOIN_URL, {"code": "FERRY7", "nickname": "Ben"})
    assertContains(old, "No open class has that code")


@pytest.mark.django_db
def test_the_join_page_shows_the_code_and_a_qr_code_drawn_on_the_server(
    teacher_client, classroom
):
    page = teacher_client.get(
        reverse("quizapp:classroom-join-sheet", args=[classroom.pk])
    )
    qr = teacher_client.get(reverse("quizapp:classroom-join-qr", args=[classroom.pk]))

    assertContains(page, "FERRY7")
    assertContains(page, '<strong class="join-address">testserver/join/</strong>')
    # The QR code carries the code too: scanning it fills the form in.
    assert page.context["join_url"] == "http://testserver/join/?code=FERRY7"
    assertContains(page, reverse("quizapp:classroom-join-qr", args=[classroom.pk]))
    assert qr["Content-Type"] == "image/svg+xml"
    assert b"<svg" in qr.content
    assert b"Join code FERRY7" in qr.content


@pytest.mark.django_db
def test_with_public_url_set_students_are_sent_to_the_address_they_can_reach(
    teacher_client, classroom, settings
):
    """The demo on the classroom's network: the teacher's own browser is on
    127.0.0.1, the students' phones open the machine's network address."""
    settings.PUBLIC_URL = "http://192.0.2.55:8000"

    sheet = teacher_client.get(
        reverse("quizapp:classroom-join-sheet", args=[classroom.pk])
    )
    class_page = teacher_client.get(class_url(classroom))

    address = '<strong class="join-address">192.0.2.55:8000/join/</strong>'
    assertContains(sheet, address)
    assert sheet.context["join_url"] == "http://192.0.2.55:8000/join/?code=FERRY7"
    assertContains(class_page, address)
    assertNotContains(class_page, "testserver/join/")


@pytest.mark.django_db
def test_renaming_a_student_to_a_taken_nickname_changes_nothing(
    teacher_client, classroom
):
    StudentFactory(classroom=classroom, nickname="Ana")
    ben = StudentFactory(classroom=classroom, nickname="Ben")

    response = teacher_client.post(
        reverse("quizapp:student-rename", args=[ben.pk]),
        {"nickname": "ana"},
        follow=True,
    )

    assertContains(response, "already taken in this class")
    ben.refresh_from_db()
    assert ben.nickname == "Ben"


@pytest.mark.django_db
def test_moving_a_student_keeps_their_work(teacher_client, classroom):
    other = ClassroomFactory(teacher=classroom.teacher, name="Year 10")
    answer = AnswerFactory(
        attempt__assignment__classroom=classroom,
        attempt__student__classroom=classroom,
        attempt__student__nickname="Ana",
    )
    ana = answer.attempt.student

    response = teacher_client.post(
        reverse("quizapp:student-move", args=[ana.pk]),
        {"classroom": other.pk},
        follow=True,
    )

    assertContains(response, "Ana moved to Year 10")
    ana.refresh_from_db()
    assert ana.classroom == other
    assert Answer.objects.filter(attempt__student=ana).count() == 1


@pytest.mark.django_db
def test_a_student_cannot_be_moved_into_another_teachers_class(
    teacher_client, classroom
):
    ana = StudentFactory(classroom=classroom)
    foreign = ClassroomFactory()

    teacher_client.post(
        reverse("quizapp:student-move", args=[ana.pk]), {"classroom": foreign.pk}
    )

    ana.refresh_from_db()
    assert ana.classroom == classroom


@pytest.mark.django_db
def test_a_removed_student_leaves_the_roster_and_cannot_sign_in_but_their_work_stays(
    teacher_client, classroom, client
):
    answer = AnswerFactory(
        attempt__assignment__classroom=classroom,
        attempt__student__classroom=classroom,
        attempt__student__nickname="Ana",
    )
    ana = answer.attempt.student

    teacher_client.post(reverse("quizapp:student-remove", args=[ana.pk]))

    page = teacher_client.get(class_url(classroom))
    assertContains(page, "Removed students")
    assertNotContains(page, '<th scope="row">Ana</th>', html=True)
    assert Answer.objects.filter(pk=answer.pk).exists()
    teacher_client.logout()
    sign_in_student(client, ana)
    assert client.get(reverse("quizapp:student-home")).status_code == 302
    new = client.post(JOIN_URL, {"code": "FERRY7", "nickname": "Ana"})
    assert new.status_code == 302  # the nickname is free again


@pytest.mark.django_db
def test_deleting_needs_removal_and_confirmation_then_deletes_the_work(
    teacher_client, classroom
):
    answer = AnswerFactory(
        attempt__assignment__classroom=classroom, attempt__student__classroom=classroom
    )
    student = answer.attempt.student
    delete_url = reverse("quizapp:student-delete", args=[student.pk])

    teacher_client.post(delete_url, {"confirm": "yes"})
    assert Student.objects.filter(pk=student.pk).exists()
    teacher_client.post(reverse("quizapp:student-remove", args=[student.pk]))
    teacher_client.post(delete_url, {})
    assert Student.objects.filter(pk=student.pk).exists()
    teacher_client.post(delete_url, {"confirm": "yes"})

    assert not Student.objects.filter(pk=student.pk).exists()
    assert not Attempt.objects.exists()
    assert not Answer.objects.exists()
