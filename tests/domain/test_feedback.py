from datetime import UTC, datetime, timedelta

import pytest

from quizapp.domain.feedback import is_feedback_visible

NOW = datetime(2026, 3, 1, 10, 0, tzinfo=UTC)


def visible(**overrides) -> bool:
    arguments = {
        "policy": "immediate",
        "is_submitted": True,
        "due_at": None,
        "released_at": None,
        "now": NOW,
    } | overrides
    return is_feedback_visible(**arguments)


def test_no_feedback_before_submitting_whatever_the_policy():
    assert not visible(is_submitted=False)


def test_immediate_feedback_shows_once_submitted():
    assert visible()


@pytest.mark.parametrize(
    ("due_at", "expected"),
    [(NOW + timedelta(minutes=1), False), (NOW - timedelta(minutes=1), True)],
)
def test_after_due_feedback_waits_for_the_due_time(due_at, expected):
    assert visible(policy="after_due", due_at=due_at) is expected


def test_on_release_feedback_waits_for_the_teacher():
    assert not visible(policy="on_release")
    assert visible(policy="on_release", released_at=NOW)
