"""Whether students may work on an assignment at a given moment."""

from datetime import datetime
from enum import StrEnum


class WorkWindow(StrEnum):
    NOT_OPEN = "not_open"
    OPEN = "open"
    CLOSED = "closed"


def work_window(
    *, opens_at: datetime | None, due_at: datetime | None, now: datetime
) -> WorkWindow:
    """Return where `now` falls between the opening and the due time."""
    if opens_at is not None and now < opens_at:
        return WorkWindow.NOT_OPEN
    # The due time closes the work, so feedback shown "after the due time"
    # cannot be used to correct answers afterwards.
    if due_at is not None and now >= due_at:
        return WorkWindow.CLOSED
    return WorkWindow.OPEN
