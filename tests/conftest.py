import os

import pytest

from django.test import Client

from quizapp.middleware import STUDENT_SESSION_KEY

from .factories import (
    AdminFactory,
    AssignmentFactory,
    ClassroomFactory,
    StudentFactory,
    UserFactory,
)


@pytest.fixture(autouse=True)
def fast_password_hasher(settings):
    # The real hasher is slow on purpose; tests log in often.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def clear_cache():
    """Rate-limit counters live in the cache; each test starts with none."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def teacher(db):
    return UserFactory()


@pytest.fixture
def admin_user(db):
    return AdminFactory()


@pytest.fixture
def assignment(db):
    return AssignmentFactory()


@pytest.fixture
def student(assignment):
    return StudentFactory(classroom=assignment.classroom, nickname="Ana")


def sign_in_student(client: Client, student) -> Client:
    """Put a student in the client's session, as joining would."""
    session = client.session
    session[STUDENT_SESSION_KEY] = student.pk
    session.save()
    return client


@pytest.fixture
def student_client(client, student):
    return sign_in_student(client, student)


@pytest.fixture
def other_teacher(db):
    return UserFactory()


@pytest.fixture
def other_class_student(db):
    return StudentFactory(classroom=ClassroomFactory())


def pytest_collection_modifyitems(session, config, items):
    session.browser_test_count = sum(
        1 for item in items if item.get_closest_marker("browser")
    )


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """In CI a browser test must run: a skip (say, Chromium missing) fails it."""
    report = yield
    if is_ci() and item.get_closest_marker("browser") and report.skipped:
        report.outcome = "failed"
        report.longrepr = f"Browser test skipped in CI: {report.longrepr}"
    return report


def pytest_sessionfinish(session, exitstatus):
    """In CI, a run that deselected every browser test fails."""
    if is_ci() and exitstatus == 0 and getattr(session, "browser_test_count", 0) == 0:
        session.config.get_terminal_writer().line(
            "CI=true but no browser test ran: run the whole suite.", red=True
        )
        session.exitstatus = 1


def is_ci() -> bool:
    return os.environ.get("CI") == "true"
