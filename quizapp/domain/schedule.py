"""Whether students may work on an assignment at a given moment."""

from datetime import datetime
from enum import StrEnum


class WorkWindow(StrEnum):
    NOT_OPEN = "not_open"
    OPEN = "open"
    CLOSED = "closed"


def work_window(
    *,
    opens_at: datetime | None,
    due_at: datetime | None,
    now: datetime,
    closed_at: datetime | None = None,
    is_reopened_for_student: bool = False,
) -> WorkWindow:
    """Return where `now` falls between the opening and the due time."""
    if is_reopened_for_student:
        # The teacher's explicit word for one student beats every date.
        return WorkWindow.OPEN
    if opens_at is not None and now < opens_at:
        return WorkWindow.NOT_OPEN
    # The due time closes the work, so feedback shown "after the due time"
    # cannot be used to correct answers afterwards.
    if closed_at is not None or (due_at is not None and now >= due_at):
        return WorkWindow.CLOSED
    return WorkWindow.OPEN
