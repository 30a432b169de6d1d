"""Each assignment stage offers only the actions that fit, primary first."""

from datetime import UTC, datetime, timedelta

import pytest

from quizapp.domain.assignment_stage import Action, Results, assignment_stage
from quizapp.domain.schedule import WorkWindow

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
HOUR = timedelta(hours=1)


def stage(**given):
    fields = {
        "opens_at": None,
        "due_at": None,
        "closed_at": None,
        "feedback_policy": "immediate",
        "released_at": None,
        "now": NOW,
    }
    return assignment_stage(**(fields | given))


@pytest.mark.parametrize(
    ("given", "window", "results", "actions"),
    [
        # Not open yet: nothing to run or read.
        ({"opens_at": NOW + HOUR}, WorkWindow.NOT_OPEN, Results.ON_SUBMIT, ()),
        # Open, results on submit: closing is what is left to do; no release.
        (
            {},
            WorkWindow.OPEN,
            Results.ON_SUBMIT,
            (Action.CLOSE, Action.REPORT, Action.DEBRIEF),
        ),
        # Open, results held for the teacher: releasing is offered, not first.
        (
            {"feedback_policy": "on_release"},
            WorkWindow.OPEN,
            Results.HELD,
            (Action.CLOSE, Action.REPORT, Action.DEBRIEF, Action.RELEASE),
        ),
        # Closed with results held: releasing them comes first.
        (
            {"feedback_policy": "on_release", "closed_at": NOW - HOUR},
            WorkWindow.CLOSED,
            Results.HELD,
            (Action.RELEASE, Action.REPORT, Action.DEBRIEF, Action.REOPEN),
        ),
        # Closed early while results wait for the due time: release first.
        (
            {
                "feedback_policy": "after_due",
                "due_at": NOW + HOUR,
                "closed_at": NOW - HOUR,
            },
            WorkWindow.CLOSED,
            Results.AFTER_DUE,
            (Action.RELEASE, Action.REPORT, Action.DEBRIEF, Action.REOPEN),
        ),
        # Due time passed with results after it: they show; the report leads.
        (
            {"feedback_policy": "after_due", "due_at": NOW - HOUR},
            WorkWindow.CLOSED,
            Results.SHOWING,
            (Action.REPORT, Action.DEBRIEF, Action.REOPEN),
        ),
        # Released: no second release.
        (
            {
                "feedback_policy": "on_release",
                "closed_at": NOW - HOUR,
                "released_at": NOW - HOUR,
            },
            WorkWindow.CLOSED,
            Results.SHOWING,
            (Action.REPORT, Action.DEBRIEF, Action.REOPEN),
        ),
        # Closed with results on submit: never "Release results".
        (
            {"closed_at": NOW - HOUR},
            WorkWindow.CLOSED,
            Results.ON_SUBMIT,
            (Action.REPORT, Action.DEBRIEF, Action.REOPEN),
        ),
    ],
)
def test_each_stage_offers_the_actions_that_fit(given, window, results, actions):
    found = stage(**given)

    assert found.window == window
    assert found.results == results
    assert found.actions == actions
    assert found.primary == (actions[0] if actions else None)


def test_results_shown_on_submit_are_never_released_by_hand():
    for given in ({}, {"closed_at": NOW}, {"due_at": NOW - HOUR}):
        assert not stage(**given).can_release
