"""Joining a class: straight in, or waiting for the teacher to let you in.

A device that already joined a class under one nickname waits for the
teacher before joining under another: otherwise a second nickname could
submit anything, read the key in its feedback, and the first answer with it.
A locked roster makes every new nickname wait.
"""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ..domain.nicknames import clean_nickname, nickname_key
from ..models import NICKNAME_TAKEN, Classroom, JoinRequest, Student
from .students import student_join


@dataclass(frozen=True)
class JoinOutcome:
    """Exactly one is set: the new student, or the request now waiting."""

    student: Student | None = None
    waiting: JoinRequest | None = None


@transaction.atomic
def join_or_wait(
    *,
    classroom: Classroom,
    nickname: str,
    device_digest: str,
    signed_in_as: Student | None = None,
) -> JoinOutcome:
    """`signed_in_as`: the student this browser's session already is, which
    counts as the device having joined even without its device cookie."""
    # One join at a time per class: two tabs of one device must not both
    # find the device new and both join.
    Classroom.objects.select_for_update().filter(pk=classroom.pk).first()
    nickname = clean_nickname(nickname)
    if _nickname_in_use(classroom, nickname):
        raise ValidationError(NICKNAME_TAKEN, code="unique")
    reason = _reason_to_wait(classroom, device_digest)
    if reason is None and getattr(signed_in_as, "classroom_id", None) == classroom.pk:
        reason = JoinRequest.Reason.DEVICE_USED
    if reason is None:
        return JoinOutcome(
            student=student_join(
                classroom=classroom, nickname=nickname, device_digest=device_digest
            )
        )
    return JoinOutcome(waiting=_wait(classroom, nickname, device_digest, reason))


def _nickname_in_use(classroom: Classroom, nickname: str) -> bool:
    return classroom.students.filter(
        nickname_key=nickname_key(nickname), removed_at__isnull=True
    ).exists()


def _reason_to_wait(classroom: Classroom, device_digest: str) -> str | None:
    if classroom.roster_locked:
        return JoinRequest.Reason.ROSTER_LOCKED
    if classroom.students.filter(
        device_digest=device_digest, removed_at__isnull=True
    ).exists():
        return JoinRequest.Reason.DEVICE_USED
    return None


def _wait(
    classroom: Classroom, nickname: str, device_digest: str, reason: str
) -> JoinRequest:
    """The device's one waiting request in this class, with the latest name."""
    for _attempt in range(2):
        try:
            with transaction.atomic():
                request, _created = JoinRequest.objects.update_or_create(
                    classroom=classroom,
                    device_digest=device_digest,
                    decided_at__isnull=True,
                    defaults={"nickname": nickname, "reason": reason},
                )
                return request
        except IntegrityError:
            # Two tabs of one device asked at the same moment: the other
            # made the row, so the second pass updates it.
            continue
    raise RuntimeError("Could not record the join request.")


@transaction.atomic
def join_request_admit(*, join_request: JoinRequest, nickname_shown: str) -> Student:
    """Let a waiting nickname in; a nickname taken since, or changed since the
    teacher saw it, is a ValidationError."""
    join_request = JoinRequest.objects.select_for_update().get(pk=join_request.pk)
    if join_request.decided_at is not None:
        if join_request.student is None:
            raise ValidationError(
                _("%(nickname)s was already turned away.")
                % {"nickname": join_request.nickname},
                code="decided",
            )
        return join_request.student
    if join_request.nickname != nickname_shown:
        # The device asked again under another name while the teacher
        # looked: let in only a name the teacher has seen.
        raise ValidationError(
            _("The name changed to %(nickname)s. Check it, then let it in again.")
            % {"nickname": join_request.nickname},
            code="changed",
        )
    student = student_join(
        classroom=join_request.classroom,
        nickname=join_request.nickname,
        device_digest=join_request.device_digest,
    )
    join_request.student = student
    join_request.decided_at = timezone.now()
    join_request.save(update_fields=["student", "decided_at"])
    return student


def join_request_refuse(*, join_request: JoinRequest) -> bool:
    """Turn a waiting nickname away; False if it was already decided."""
    return bool(
        JoinRequest.objects.filter(pk=join_request.pk, decided_at__isnull=True).update(
            decided_at=timezone.now()
        )
    )


def classroom_lock_roster(*, classroom: Classroom, locked: bool) -> Classroom:
    classroom.roster_locked = locked
    classroom.save(update_fields=["roster_locked"])
    return classroom
