"""Deleting personal data once it is older than the retention period."""

from dataclasses import dataclass
from datetime import datetime

from axes.models import AccessAttempt, AccessFailureLog, AccessLog

from django.contrib.admin.models import LogEntry
from django.contrib.sessions.models import Session
from django.db import transaction
from django.db.models.functions import Coalesce
from django.utils import timezone

from ..models import JoinRequest, Student


@dataclass(frozen=True)
class Purged:
    students: int
    login_records: int
    sessions: int
    admin_log_entries: int
    join_requests: int


def students_inactive_since(cutoff: datetime):
    """Students whose last sign of life (or joining) is before `cutoff`."""
    return Student.objects.annotate(
        last_active=Coalesce("last_seen_at", "created_at")
    ).filter(last_active__lt=cutoff)


@transaction.atomic
def purge_before(cutoff: datetime, *, dry_run: bool = False) -> Purged:
    """Delete students (with their attempts, answers and marks) inactive
    since before `cutoff`, teacher log-in records older than it, and expired
    sessions. The classes, articles and exercises stay: they are teachers'
    work, not students' data."""
    students = students_inactive_since(cutoff)
    login_records = [
        AccessLog.objects.filter(attempt_time__lt=cutoff),
        AccessFailureLog.objects.filter(attempt_time__lt=cutoff),
        AccessAttempt.objects.filter(attempt_time__lt=cutoff),
    ]
    sessions = Session.objects.filter(expire_date__lt=timezone.now())
    # The admin log names what was changed (a nickname, say): kept as long
    # as the rest, no longer.
    admin_log = LogEntry.objects.filter(action_time__lt=cutoff)
    # Nicknames that asked to join: let in (then the student is the record),
    # turned away or never answered.
    join_requests = JoinRequest.objects.filter(created_at__lt=cutoff)
    counts = Purged(
        students=students.count(),
        login_records=sum(records.count() for records in login_records),
        sessions=sessions.count(),
        admin_log_entries=admin_log.count(),
        join_requests=join_requests.count(),
    )
    if not dry_run:
        Student.objects.filter(pk__in=students.values("pk")).delete()
        for records in login_records:
            records.delete()
        sessions.delete()
        admin_log.delete()
        join_requests.delete()
    return counts
