"""Where an assignment stands and what its teacher can sensibly do next.

The assignment page shows only the actions that fit the stage, the primary
one first: "Release results" is offered only while results are held back,
"Close" only while students can work, "Open again" only once it is closed.
"""

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from .feedback import is_feedback_visible
from .schedule import WorkWindow, work_window


class Action(StrEnum):
    CLOSE = "close"
    REOPEN = "reopen"
    RELEASE = "release"
    REPORT = "report"
    DEBRIEF = "debrief"


class Results(StrEnum):
    ON_SUBMIT = "on_submit"  # each student sees theirs as they submit
    AFTER_DUE = "after_due"  # held back until the due time passes
    HELD = "held"  # held back until the teacher releases them
    SHOWING = "showing"  # released, or the due time has passed


@dataclass(frozen=True)
class Stage:
    window: WorkWindow
    results: Results
    actions: tuple[Action, ...]  # the primary one first; none before it opens

    @property
    def primary(self) -> Action | None:
        return self.actions[0] if self.actions else None

    @property
    def can_release(self) -> bool:
        return Action.RELEASE in self.actions


def assignment_stage(
    *,
    opens_at: datetime | None,
    due_at: datetime | None,
    closed_at: datetime | None,
    feedback_policy: str,
    released_at: datetime | None,
    now: datetime,
) -> Stage:
    window = work_window(opens_at=opens_at, due_at=due_at, closed_at=closed_at, now=now)
    results = _results(
        policy=feedback_policy, due_at=due_at, released_at=released_at, now=now
    )
    held = results in (Results.HELD, Results.AFTER_DUE)
    if window == WorkWindow.NOT_OPEN:
        # Nothing to read or run yet: the report and debrief would be empty.
        actions = ()
    elif window == WorkWindow.OPEN:
        actions = (Action.CLOSE, Action.REPORT, Action.DEBRIEF)
        if held:
            actions += (Action.RELEASE,)
    elif held:
        # The work is over and students wait for their results.
        actions = (Action.RELEASE, Action.REPORT, Action.DEBRIEF, Action.REOPEN)
    else:
        actions = (Action.REPORT, Action.DEBRIEF, Action.REOPEN)
    return Stage(window=window, results=results, actions=actions)


def _results(
    *, policy: str, due_at: datetime | None, released_at: datetime | None, now: datetime
) -> Results:
    if policy == "immediate":
        return Results.ON_SUBMIT
    if is_feedback_visible(
        policy=policy,
        is_submitted=True,
        due_at=due_at,
        released_at=released_at,
        now=now,
    ):
        return Results.SHOWING
    return Results.AFTER_DUE if policy == "after_due" else Results.HELD
