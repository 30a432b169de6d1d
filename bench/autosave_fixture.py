"""Set up (or check) the autosave burst in the database DATABASE_URL names.

autosave_fixture.py          -> prints the students' sessions as JSON
autosave_fixture.py --check  -> reads acknowledged saves on stdin, prints
                                how many stored answers are older
autosave_fixture.py --reset  -> deletes every answer
"""

import json
import os
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "quizapp.settings")

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.sessions.backends.db import SessionStore  # noqa: E402
from django.urls import reverse  # noqa: E402

from articles.domain.labels import Label  # noqa: E402
from quizapp.demo.keys import long_demo_key  # noqa: E402
from quizapp.middleware import STUDENT_SESSION_KEY  # noqa: E402
from quizapp.models import Answer, Student  # noqa: E402
from quizapp.services.assignments import assignment_create, exercise_create  # noqa: E402
from quizapp.services.classrooms import classroom_create  # noqa: E402


def prepare(students: int, sentences: int) -> dict:
    teacher = get_user_model().objects.create_user("bench-autosave")
    key = long_demo_key(
        teacher=teacher,
        title="Bench",
        sentences=sentences,
        asked_label=Label.SOURCED_CLAIM,
    )
    article = key.article
    classroom = classroom_create(teacher=teacher, name="Bench class")
    assignment = assignment_create(
        exercise=exercise_create(answer_key=key, title="Bench", created_by=teacher),
        classroom=classroom,
    )
    segments = list(article.segments.order_by("position")[:sentences])
    save_paths = [
        reverse("quizapp:answer-save", args=[assignment.pk, segment.pk])
        for segment in segments
    ]
    sessions = []
    for number in range(students):
        student = Student.objects.create(
            classroom=classroom, nickname=f"S{number}", rejoin_code=f"B{number:07d}"
        )
        session = SessionStore()
        session[STUDENT_SESSION_KEY] = student.pk
        session.save()
        sessions.append(
            {
                "session_key": session.session_key,
                "work_path": reverse("quizapp:assignment-work", args=[assignment.pk]),
                "save_paths": save_paths,
            }
        )
    return {"students": sessions}


def stale_rows(acknowledged: list) -> int:
    """Acknowledged saves whose answer is not stored as sent: missing, or
    an older seq or another label."""
    students = {
        session_key: SessionStore(session_key=session_key)[STUDENT_SESSION_KEY]
        for session_key in {row[0] for row in acknowledged}
    }
    stored = {
        (student_id, segment_id): (seq, label)
        for student_id, segment_id, seq, label in Answer.objects.values_list(
            "attempt__student_id", "segment_id", "seq", "label"
        )
    }
    stale = 0
    for session_key, path, seq, label in acknowledged:
        segment_id = int(path.rstrip("/").split("/")[-2])
        if stored.get((students[session_key], segment_id)) != (seq, label):
            stale += 1
    return stale


if __name__ == "__main__":
    if "--check" in sys.argv:
        print(stale_rows(json.loads(sys.stdin.read())))
    elif "--reset" in sys.argv:
        # Between two runs over the same students: start from no answers.
        Answer.objects.all().delete()
    else:
        print(
            json.dumps(
                prepare(
                    int(os.environ.get("BURST_STUDENTS", "600")),
                    int(os.environ.get("SENTENCES_EACH", "40")),
                )
            )
        )
