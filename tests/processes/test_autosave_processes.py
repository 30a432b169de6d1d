"""Overlapping saves against a real multi-process server (gunicorn, 2 workers)."""

import os

import pytest

from django.conf import settings
from django.contrib.sessions.backends.cached_db import SessionStore as CachedDbStore
from django.contrib.sessions.backends.db import SessionStore as DbStore
from django.db import connection
from django.urls import reverse

from bench.loadtest import (
    GunicornServer,
    StudentSession,
    database_url,
    fetch_csrf,
    run_load,
)
from quizapp.middleware import STUDENT_SESSION_KEY
from quizapp.models import Answer
from tests.factories import AssignmentFactory, StudentFactory

LABELS = ["sourced_claim", "unverified_assertion", "editorial_appeal"]


@pytest.mark.django_db(transaction=True)
def test_out_of_order_overlapping_saves_from_many_students_keep_the_newest():
    assignment = AssignmentFactory()
    segments = list(assignment.exercise.article.segments.all()[2:5])
    store = CachedDbStore if settings.SESSION_ENGINE.endswith("cached_db") else DbStore
    students = []
    for _ in range(6):
        student = StudentFactory(classroom=assignment.classroom)
        session = store()
        session[STUDENT_SESSION_KEY] = student.pk
        session.save()
        students.append(
            StudentSession(
                session_key=session.session_key,
                work_path=reverse("quizapp:assignment-work", args=[assignment.pk]),
                save_paths=[
                    reverse("quizapp:answer-save", args=[assignment.pk, segment.pk])
                    for segment in segments
                ],
            )
        )
    env = {
        **{
            key: value
            for key, value in os.environ.items()
            if key != "DJANGO_ALLOW_ASYNC_UNSAFE"
        },
        "DATABASE_URL": database_url(connection.settings_dict),
        "DJANGO_ENV": "development",
    }

    with GunicornServer(env=env, workers=2) as server:
        for student in students:
            fetch_csrf(server.port, student)
        result = run_load(
            port=server.port, students=students, labels=LABELS, rounds=4, overlap=3
        )

    assert result.errors == 0
    stored = {
        (session.session_key, path): None
        for session in students
        for path in session.save_paths
    }
    assert len(result.acknowledged) == len(stored)
    by_student = {student.session_key: student for student in students}
    for (session_key, path), (seq, label) in result.acknowledged.items():
        segment_id = int(path.rstrip("/").split("/")[-2])
        student_pk = store(session_key=session_key)[STUDENT_SESSION_KEY]
        answer = Answer.objects.get(
            attempt__student_id=student_pk, segment_id=segment_id
        )
        assert (answer.seq, answer.label) == (seq, label), by_student[session_key]
