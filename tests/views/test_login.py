import pytest
from pytest_django.asserts import assertContains, assertRedirects

from django.urls import reverse

from tests.factories import TEST_PASSWORD, UserFactory

LOGIN_URL = reverse("login")


@pytest.mark.django_db
def test_a_teacher_logs_in_and_lands_on_the_teaching_page(client):
    teacher = UserFactory(username="ms.hughes")

    response = client.post(
        LOGIN_URL, {"username": teacher.username, "password": TEST_PASSWORD}
    )

    assertRedirects(response, reverse("quizapp:teacher-home"))


@pytest.mark.django_db
def test_a_wrong_password_is_explained(client):
    UserFactory(username="ms.hughes")

    response = client.post(LOGIN_URL, {"username": "ms.hughes", "password": "nope"})

    assertContains(response, "Please enter a correct username and password")


@pytest.mark.django_db
def test_repeated_wrong_passwords_lock_the_account_on_that_address(client):
    UserFactory(username="ms.hughes")
    for _ in range(5):
        client.post(LOGIN_URL, {"username": "ms.hughes", "password": "guess"})

    response = client.post(
        LOGIN_URL, {"username": "ms.hughes", "password": TEST_PASSWORD}
    )

    assertContains(response, "Too many failed log-ins", status_code=429)
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_logging_in_as_a_teacher_ends_a_student_session_in_that_browser(
    student_client,
):
    teacher = UserFactory()

    student_client.post(
        LOGIN_URL, {"username": teacher.username, "password": TEST_PASSWORD}
    )

    assert "student_id" not in student_client.session
