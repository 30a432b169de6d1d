"""The autosave hot path in plain SQL.

Every click of every student in a lesson is a save, so this path is the
app's busiest by far. Building a query through the ORM costs about 0.5 ms of
CPU on a small server, more than running it: the three statements a save
needs are written out once here instead (about 0.05 ms each). Table and
column names come from the models, so a rename cannot leave them behind;
values are always bound parameters.
"""

from dataclasses import dataclass
from datetime import datetime

from django.db import connection

from articles.models import Segment

from ..models import Answer, Assignment, Attempt, Exercise, Student
from ..raw_sql import datetime_from_db

_ANSWER = Answer._meta.db_table
_ATTEMPT = Attempt._meta.db_table
_ASSIGNMENT = Assignment._meta.db_table
_EXERCISE = Exercise._meta.db_table
_SEGMENT = Segment._meta.db_table
_STUDENT = Student._meta.db_table

# One row when the student (not removed) may reach this sentence of this
# assignment: the assignment belongs to the student's class and the sentence
# to the exercise's article. The attempt may not exist yet (LEFT JOIN).
_TARGET_SQL = f"""
SELECT attempt.id, attempt.status, attempt.reopened_at,
       assignment.opens_at, assignment.due_at, assignment.closed_at,
       exercise.requires_evidence, segment."start", segment."end",
       student.last_seen_at
FROM {_STUDENT} student
JOIN {_ASSIGNMENT} assignment
  ON assignment.id = %s AND assignment.classroom_id = student.classroom_id
JOIN {_EXERCISE} exercise ON exercise.id = assignment.exercise_id
JOIN {_SEGMENT} segment
  ON segment.id = %s AND segment.article_id = exercise.article_id
LEFT JOIN {_ATTEMPT} attempt
  ON attempt.assignment_id = assignment.id AND attempt.student_id = student.id
WHERE student.id = %s AND student.removed_at IS NULL
"""  # noqa: S608 -- names from the models, values bound

# Touching the attempt first both records the activity and takes the
# attempt's row lock, so a submit from another tab happens either wholly
# before this save (which then changes nothing) or after it.
_TOUCH_ATTEMPT_SQL = (
    f"UPDATE {_ATTEMPT} SET updated_at = %s WHERE id = %s AND status = %s"  # noqa: S608
)

# One statement, never read-then-write: the database applies the save only
# if no newer one (higher seq) is stored, atomically on SQLite and on
# PostgreSQL (which re-checks the WHERE on the latest row version after
# waiting for a concurrent writer). Evidence is kept when a save sends none.
_UPSERT_SQL = f"""
INSERT INTO {_ANSWER} (attempt_id, segment_id, label, evidence, seq, updated_at)
VALUES (%s, %s, %s, %s, %s, %s)
ON CONFLICT (attempt_id, segment_id) DO UPDATE SET
  label = excluded.label,
  evidence = CASE WHEN %s THEN excluded.evidence ELSE {_ANSWER}.evidence END,
  seq = excluded.seq,
  updated_at = excluded.updated_at
WHERE {_ANSWER}.seq < excluded.seq
"""  # noqa: S608 -- names from the models, values bound


ID_LIMIT = 2**63  # one past the largest 64-bit primary key


@dataclass(frozen=True)
class SaveTarget:
    """What a save needs to know about the student's attempt and sentence."""

    attempt_id: int | None
    is_submitted: bool
    reopened_at: datetime | None
    opens_at: datetime | None
    due_at: datetime | None
    closed_at: datetime | None
    requires_evidence: bool
    segment_start: int
    segment_end: int
    student_last_seen_at: datetime | None


def save_target(
    *, student_id: int, assignment_id: int, segment_id: int
) -> SaveTarget | None:
    """None when this student may not answer that sentence of that assignment."""
    # URL ids have any number of digits; the ORM treats an id no column can
    # hold as "no such row", and so must this raw query (SQLite would raise).
    if not all(0 < value < ID_LIMIT for value in (assignment_id, segment_id)):
        return None
    with connection.cursor() as cursor:
        cursor.execute(_TARGET_SQL, [assignment_id, segment_id, student_id])
        row = cursor.fetchone()
    if row is None:
        return None
    (
        attempt_id,
        status,
        reopened_at,
        opens_at,
        due_at,
        closed_at,
        requires_evidence,
        segment_start,
        segment_end,
        last_seen_at,
    ) = row
    return SaveTarget(
        attempt_id=attempt_id,
        is_submitted=status == Attempt.Status.SUBMITTED,
        reopened_at=datetime_from_db(reopened_at),
        opens_at=datetime_from_db(opens_at),
        due_at=datetime_from_db(due_at),
        closed_at=datetime_from_db(closed_at),
        requires_evidence=bool(requires_evidence),
        segment_start=segment_start,
        segment_end=segment_end,
        student_last_seen_at=datetime_from_db(last_seen_at),
    )


def touch_attempt_in_progress(*, attempt_id: int, now: datetime) -> bool:
    """Lock and touch the attempt; False if it is no longer in progress.
    Call inside a transaction."""
    with connection.cursor() as cursor:
        cursor.execute(
            _TOUCH_ATTEMPT_SQL,
            [
                connection.ops.adapt_datetimefield_value(now),
                attempt_id,
                Attempt.Status.IN_PROGRESS.value,
            ],
        )
        return cursor.rowcount > 0


_EVIDENCE_FIELD = Answer._meta.get_field("evidence")


def upsert_if_newer(
    *,
    attempt_id: int,
    segment_id: int,
    label: str,
    seq: int,
    evidence: list[list[int]] | None,
    now: datetime,
) -> bool:
    """Store the save unless a newer one is stored; True if it was applied."""
    with connection.cursor() as cursor:
        cursor.execute(
            _UPSERT_SQL,
            [
                attempt_id,
                segment_id,
                label,
                _EVIDENCE_FIELD.get_db_prep_save(evidence or [], connection),
                seq,
                connection.ops.adapt_datetimefield_value(now),
                evidence is not None,
            ],
        )
        return cursor.rowcount > 0
