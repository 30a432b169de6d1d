import io

import pytest
from pytest_django.asserts import assertContains, assertRedirects

from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from quizapp.security import login_guard
from quizapp.security.devices import DEVICE_COOKIE
from tests.factories import TEST_PASSWORD, AdminFactory, UserFactory

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


def log_in(client: Client, username: str, password: str):
    return client.post(LOGIN_URL, {"username": username, "password": password})


def trusted_browser(username: str) -> Client:
    """A browser that logged in to the account once and then logged out: the
    account now trusts it."""
    browser = Client()
    log_in(browser, username, TEST_PASSWORD)
    browser.post(reverse("logout"))
    return browser


def lock_the_account_for_unknown_browsers(username: str) -> None:
    """Wrong passwords from one address, dropping cookies to look like new
    browsers, until the account locks for browsers it does not know."""
    for _ in range(4):
        pupil = Client()
        for _ in range(3):
            log_in(pupil, username, "guess")


@pytest.mark.django_db
def test_repeated_wrong_passwords_lock_that_browser_out_of_the_account(client):
    UserFactory(username="ms.hughes")
    for _ in range(5):
        log_in(client, "ms.hughes", "guess")

    response = log_in(client, "ms.hughes", TEST_PASSWORD)

    assertContains(response, "Too many wrong passwords for this account from this")
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_a_pupil_cannot_lock_the_teacher_out_of_their_own_computer():
    UserFactory(username="ms.hughes")
    teachers_computer = trusted_browser("ms.hughes")
    lock_the_account_for_unknown_browsers("ms.hughes")  # from the school's address
    locked = log_in(Client(), "ms.hughes", TEST_PASSWORD)

    response = log_in(teachers_computer, "ms.hughes", TEST_PASSWORD)

    assertContains(locked, "Too many failed log-ins", status_code=429)
    assertRedirects(response, reverse("quizapp:teacher-home"))


@pytest.mark.django_db
def test_password_spraying_from_one_address_is_throttled(settings):
    settings.LOGIN_ADDRESS_RATE_LIMIT = "6/h"
    UserFactory(username="mr.okafor")
    sprayer = Client()
    for number in range(6):
        log_in(sprayer, f"teacher{number}", "Summer2026!")

    # Even the right password, from a browser the account never used.
    response = log_in(Client(), "mr.okafor", TEST_PASSWORD)

    assertContains(response, "Too many failed log-ins from this network")
    assert "_auth_user_id" not in response.client.session


@pytest.mark.django_db
def test_a_new_password_ends_the_trust_in_a_browser():
    teacher = UserFactory(username="ms.hughes")
    teachers_computer = Client()
    log_in(teachers_computer, "ms.hughes", TEST_PASSWORD)
    teacher.set_password("a-brand-new-passphrase")
    teacher.save()
    request = teachers_computer.get(LOGIN_URL).wsgi_request

    assert login_guard.trusted_login(request, "ms.hughes") is None


@pytest.mark.django_db
def test_a_trusted_browser_dropping_its_device_cookie_still_runs_out_of_tries():
    UserFactory(username="ms.hughes")
    classroom_pc = trusted_browser("ms.hughes")
    # 5 tries on its own trust, then 10 as an unknown browser: the account
    # then locks for unknown browsers, this one included.
    for _ in range(15):
        classroom_pc.cookies.pop(DEVICE_COOKIE, None)
        log_in(classroom_pc, "ms.hughes", "guess")

    classroom_pc.cookies.pop(DEVICE_COOKIE, None)
    response = log_in(classroom_pc, "ms.hughes", TEST_PASSWORD)

    assertContains(response, "Too many failed log-ins", status_code=429)
    assert "_auth_user_id" not in classroom_pc.session


@pytest.mark.django_db
def test_trust_in_one_account_is_not_trust_in_one_spelled_alike():
    UserFactory(username="bob")
    UserFactory(username="Bob")
    browser = Client()
    log_in(browser, "bob", TEST_PASSWORD)
    request = browser.get(LOGIN_URL).wsgi_request

    assert login_guard.trusted_login(request, "bob") is not None
    assert login_guard.trusted_login(request, "Bob") is None


@pytest.mark.django_db
def test_an_admin_unlocks_a_locked_account_with_a_command():
    UserFactory(username="ms.hughes")
    lock_the_account_for_unknown_browsers("ms.hughes")
    assert log_in(Client(), "ms.hughes", TEST_PASSWORD).status_code == 429

    call_command("axes_reset_username", "ms.hughes", stdout=io.StringIO())

    response = log_in(Client(), "ms.hughes", TEST_PASSWORD)
    assertRedirects(response, reverse("quizapp:teacher-home"))


@pytest.mark.django_db
def test_the_admin_login_has_the_same_limits(client):
    AdminFactory(username="head.admin")
    for _ in range(5):
        client.post(
            reverse("admin:login"), {"username": "head.admin", "password": "guess"}
        )

    response = client.post(
        reverse("admin:login"), {"username": "head.admin", "password": TEST_PASSWORD}
    )

    assertContains(response, "Too many wrong passwords for this account")
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
