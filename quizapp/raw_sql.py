"""What the ORM does for a query that plain SQL must do itself.

The two busiest reads are plain SQL (services.answer_store, the autosave's
statements; ops.sessions, the session read): an ORM query costs more CPU to
build than to run on a small server."""

from datetime import UTC, datetime


def datetime_from_db(value) -> datetime | None:
    """Raw SQL skips the ORM's conversions: SQLite gives a naive datetime
    (stored as UTC) or text, PostgreSQL an aware datetime."""
    if value is None:
        return None
    if not isinstance(value, datetime):
        value = datetime.fromisoformat(value)
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)
