"""Everything stored about a class's students, as one document: what a
teacher downloads before deleting the class (PRIVACY.md). Fixed queries."""

from datetime import datetime
from typing import Any

from django.db.models import Prefetch, Q

from ..models import Answer, Assignment, Attempt, Classroom, MarkOverride, Student

FORMAT_VERSION = 1


def _when(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def classroom_document(classroom: Classroom) -> dict[str, Any]:
    # Students of the class, and those moved out since whose work on its
    # assignments stayed here: deleting the class deletes that work too.
    students = list(
        Student.objects.filter(
            Q(classroom=classroom) | Q(attempts__assignment__classroom=classroom)
        )
        .distinct()
        .order_by("nickname", "pk")
        .prefetch_related(
            Prefetch(
                "attempts",
                queryset=Attempt.objects.filter(assignment__classroom=classroom)
                .select_related("assignment__exercise")
                .prefetch_related(
                    Prefetch(
                        "answers",
                        queryset=Answer.objects.exclude(label=Answer.CLEARED)
                        .select_related("segment")
                        .order_by("segment__position"),
                    ),
                    Prefetch(
                        "mark_overrides",
                        queryset=MarkOverride.objects.select_related("segment"),
                    ),
                ),
            )
        )
    )
    assignments = Assignment.objects.filter(classroom=classroom).select_related(
        "exercise__article"
    )
    return {
        "format": f"newsroom-literacy-class/{FORMAT_VERSION}",
        "class": {
            "name": classroom.name,
            "created_at": _when(classroom.created_at),
            "archived": classroom.is_archived,
        },
        "assignments": [
            {
                "id": assignment.pk,
                "exercise": assignment.exercise.title,
                "article": assignment.exercise.article.title,
                "opens_at": _when(assignment.opens_at),
                "due_at": _when(assignment.due_at),
                "closed_at": _when(assignment.closed_at),
            }
            for assignment in assignments
        ],
        "students": [_student(student, classroom) for student in students],
        # Nicknames that asked to be let in (services.joining), whatever came of it.
        "requests_to_join": [
            {
                "nickname": request.nickname,
                "asked_at": _when(request.created_at),
                "decided_at": _when(request.decided_at),
                "let_in": request.student_id is not None,
            }
            for request in classroom.join_requests.all()
        ],
    }


def _student(student: Student, classroom: Classroom) -> dict[str, Any]:
    return {
        "nickname": student.nickname,
        "moved_to_another_class": student.classroom_id != classroom.pk,
        "joined_at": _when(student.created_at),
        "last_seen_at": _when(student.last_seen_at),
        "removed_at": _when(student.removed_at),
        "attempts": [
            {
                "assignment_id": attempt.assignment_id,
                "status": attempt.status,
                "started_at": _when(attempt.started_at),
                "submitted_at": _when(attempt.submitted_at),
                "score_percent": attempt.score_percent,
                "teacher_comment": attempt.override_comment,
                "answers": [
                    {
                        "sentence": answer.segment.position,
                        "text": answer.segment.text,
                        "label": answer.label,
                        "evidence": answer.evidence,
                        "saved_at": _when(answer.updated_at),
                    }
                    for answer in attempt.answers.all()
                ],
                "marks": [
                    {
                        "sentence": mark.segment.position,
                        "correct": mark.is_correct,
                        "comment": mark.comment,
                    }
                    for mark in attempt.mark_overrides.all()
                ],
            }
            for attempt in student.attempts.all()
        ],
    }
