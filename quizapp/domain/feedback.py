"""When a student may see right/wrong and the key's explanations."""

from datetime import datetime


def is_feedback_visible(
    *,
    policy: str,
    is_submitted: bool,
    due_at: datetime | None,
    released_at: datetime | None,
    now: datetime,
) -> bool:
    """Return whether feedback for a submitted attempt may be shown now."""
    if not is_submitted:
        # Showing the key before submitting would give the answers away.
        return False
    if policy == "immediate":
        return True
    if policy == "after_due":
        return due_at is None or now >= due_at or released_at is not None
    return released_at is not None
