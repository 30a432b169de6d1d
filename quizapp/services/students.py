"""The roster: a student joins, is renamed, moved, removed, restored or
deleted; their last activity is recorded. Who may join straight away is
services.joining's question."""

from datetime import datetime, timedelta

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from ..domain.codes import REJOIN_CODE_LENGTH
from ..domain.nicknames import clean_nickname
from ..models import (
    NICKNAME_TAKEN,
    Classroom,
    Student,
)
from .unique import save_or_explain, unique_code

LAST_SEEN_RESOLUTION = timedelta(minutes=1)


def student_join(
    *, classroom: Classroom, nickname: str, device_digest: str = ""
) -> Student:
    """Add a student to an active class; a taken nickname is a ValidationError.
    Whether the device may join straight away is services.joining's question."""
    if classroom.is_archived:
        raise ValidationError(
            "This class is closed. Ask your teacher for the current code.",
            code="archived",
        )
    student = Student(
        classroom=classroom,
        nickname=clean_nickname(nickname),
        rejoin_code=unique_code(Student, "rejoin_code", REJOIN_CODE_LENGTH),
        last_seen_at=timezone.now(),
        device_digest=device_digest,
    )
    student.full_clean()
    # Two devices may choose the same nickname at the same moment.
    save_or_explain(student, NICKNAME_TAKEN)
    return student


def student_mark_seen(*, student_id: int, last_seen_at: datetime | None) -> None:
    """Record activity for "last active"; minutes matter, not every click,
    so a write (and its lock time) happens at most once a minute."""
    now = timezone.now()
    if last_seen_at is not None and last_seen_at >= now - LAST_SEEN_RESOLUTION:
        return
    Student.objects.filter(pk=student_id).update(last_seen_at=now)


def student_rename(*, student: Student, nickname: str) -> Student:
    student.nickname = clean_nickname(nickname)
    student.full_clean()
    save_or_explain(student, NICKNAME_TAKEN, update_fields=["nickname"])
    return student


def student_move(*, student: Student, classroom: Classroom) -> Student:
    """Move a student to another class; their attempts so far stay theirs."""
    student.classroom = classroom
    student.full_clean()
    save_or_explain(student, NICKNAME_TAKEN, update_fields=["classroom"])
    return student


def student_remove(*, student: Student) -> Student:
    """Take a student off the roster; their work is kept until deleted."""
    Student.objects.filter(pk=student.pk, removed_at__isnull=True).update(
        removed_at=timezone.now()
    )
    student.refresh_from_db()
    return student


def student_restore(*, student: Student) -> Student:
    try:
        with transaction.atomic():
            Student.objects.filter(pk=student.pk).update(removed_at=None)
    except IntegrityError:
        raise ValidationError(
            "Someone in the class now uses that nickname; rename them first.",
            code="unique",
        ) from None
    student.refresh_from_db()
    return student


def student_delete(*, student: Student) -> None:
    """Delete a student and every answer they gave, for good."""
    student.delete()
