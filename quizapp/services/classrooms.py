"""A teacher's classes: create, rename, archive, a new join code, delete."""

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction

from ..domain.codes import JOIN_CODE_LENGTH
from ..models import (
    CLASS_NAME_TAKEN,
    Classroom,
)
from .unique import save_or_explain, unique_code


def classroom_create(*, teacher: AbstractBaseUser, name: str) -> Classroom:
    """A new class with a fresh join code; a name the teacher already uses
    (a double click, say) is a ValidationError."""
    classroom = Classroom(
        teacher=teacher,
        name=name.strip(),
        join_code=unique_code(Classroom, "join_code", JOIN_CODE_LENGTH),
    )
    classroom.full_clean()
    save_or_explain(classroom, CLASS_NAME_TAKEN)
    return classroom


def classroom_rename(*, classroom: Classroom, name: str) -> Classroom:
    classroom.name = name.strip()
    classroom.full_clean()
    save_or_explain(classroom, CLASS_NAME_TAKEN, update_fields=["name"])
    return classroom


def classroom_set_archived(*, classroom: Classroom, is_archived: bool) -> Classroom:
    """Archived classes take no new students and leave the teacher's home page."""
    classroom.is_archived = is_archived
    classroom.save(update_fields=["is_archived"])
    return classroom


@transaction.atomic
def classroom_new_join_code(*, classroom: Classroom) -> Classroom:
    """A fresh code, for when the old one has spread beyond the class."""
    classroom.join_code = unique_code(Classroom, "join_code", JOIN_CODE_LENGTH)
    classroom.save(update_fields=["join_code"])
    return classroom


@transaction.atomic
def classroom_delete(*, classroom: Classroom) -> int:
    """Delete a class with its students, their attempts, answers and marks,
    and its assignments, for good; return how many students went."""
    students = classroom.students.count()
    classroom.delete()
    return students
