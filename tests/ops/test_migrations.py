"""Data migrations run over data that existed before them."""

import pytest

from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("quizapp", "0009_answer_can_be_cleared")]
AFTER = [("quizapp", "0010_device_lobby_nickname_keys")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
def test_nickname_keys_are_filled_for_students_who_joined_before():
    apps = migrate(BEFORE)
    User = apps.get_model("auth", "User")
    Classroom = apps.get_model("quizapp", "Classroom")
    Student = apps.get_model("quizapp", "Student")
    teacher = User.objects.create(username="before")
    classroom = Classroom.objects.create(
        teacher=teacher, name="9A", join_code="OLDCODE"
    )
    # Allowed before: look-alikes in one class, and a name that grows
    # eighteenfold under compatibility folding.
    for code, nickname in [
        ("AAAA2222", "Anna"),
        ("AAAA3333", "\u0410nna"),
        ("AAAA4444", "\ufdfa" * 40),
    ]:
        Student.objects.create(classroom=classroom, nickname=nickname, rejoin_code=code)

    try:
        apps = migrate(AFTER)
        keys = list(
            apps.get_model("quizapp", "Student")
            .objects.order_by("pk")
            .values_list("nickname", "nickname_key")
        )
    finally:
        migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())

    assert [nickname for nickname, _ in keys] == ["Anna", "\u0410nna", "\ufdfa" * 40]
    assert len({key for _, key in keys}) == 3
    assert all(len(key) == 64 for _, key in keys)
