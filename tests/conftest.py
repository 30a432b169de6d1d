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
