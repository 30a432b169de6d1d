"""The teacher's busiest pages, in process: the live progress table, the
report and the export at two class sizes, with their query counts."""

import statistics
import time


def _time_page(client, url: str, *, repeats: int) -> tuple[list[float], int]:
    """Milliseconds of each of `repeats` GETs (after one to warm the
    template cache), and the queries of one more."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)
    timings = []
    for _ in range(repeats):
        started = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - started) * 1000)
        if response.status_code != 200:
            raise RuntimeError(f"{url} answered {response.status_code}.")
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return timings, len(queries)


BENCH_RATIONALE = "The benchmark's key counts every sentence as sourced."


def bench_progress_table(*, students: int, assignments: int) -> dict[str, float]:
    """Time and queries to render a teacher's progress table for a full class."""
    from django.contrib.auth import get_user_model
    from django.test import Client
    from django.urls import reverse

    from articles.domain.labels import Label
    from articles.services import (
        answer_key_approve,
        article_create,
        key_entry_set_label,
    )
    from quizapp.demo.articles import FERRY
    from quizapp.services.assignments import assignment_create, exercise_create
    from quizapp.services.attempts import answer_save, attempt_for, attempt_submit
    from quizapp.services.classrooms import classroom_create
    from quizapp.services.students import student_join

    teacher = get_user_model().objects.create_user("bench-teacher")
    article = article_create(title=FERRY.title, text=FERRY.text, uploaded_by=teacher)
    answer_key = article.answer_keys.get()
    entries = list(answer_key.entries.select_related("segment"))
    for entry in entries:
        # Approval asks for an explanation of every asked sentence.
        key_entry_set_label(
            entry=entry, label=Label.SOURCED_CLAIM, rationale=BENCH_RATIONALE
        )
    answer_key_approve(answer_key=answer_key, approved_by=teacher)
    classroom = classroom_create(teacher=teacher, name="Bench class")
    class_assignments = [
        assignment_create(
            exercise=exercise_create(
                answer_key=answer_key, title=f"Exercise {number}", created_by=teacher
            ),
            classroom=classroom,
        )
        for number in range(assignments)
    ]
    for number in range(students):
        student = student_join(classroom=classroom, nickname=f"Student {number}")
        for assignment in class_assignments:
            attempt = attempt_for(assignment=assignment, student=student)
            for seq, entry in enumerate(entries, start=1):
                answer_save(
                    attempt=attempt,
                    segment=entry.segment,
                    label=Label.UNVERIFIED_ASSERTION
                    if seq % 3
                    else Label.SOURCED_CLAIM,
                    seq=seq,
                )
            if number % 2:
                attempt_submit(attempt=attempt)

    client = Client()
    client.force_login(teacher)
    url = reverse("quizapp:classroom-detail", args=[classroom.pk])
    timings, query_count = _time_page(client, url, repeats=30)
    size = f"{students}x{assignments}"
    return {
        f"progress_table_ms_{size}": round(statistics.median(timings), 2),
        f"progress_table_p95_ms_{size}": round(
            statistics.quantiles(timings, n=20)[-1], 2
        ),
        f"progress_table_queries_{size}": query_count,
    }


def bench_dashboards(*, students: int, sentences: int = 40) -> dict[str, float]:
    """The assignment report (the heaviest dashboard page) and the answers
    export for a class of `students`, each having answered `sentences`."""
    from django.contrib.auth import get_user_model
    from django.test import Client
    from django.urls import reverse

    from articles.domain.labels import Label
    from bench.roster import bulk_attempts, bulk_students
    from quizapp.demo.keys import long_demo_key
    from quizapp.models import Answer
    from quizapp.services.assignments import assignment_create, exercise_create
    from quizapp.services.classrooms import classroom_create

    teacher = get_user_model().objects.create_user(f"bench-dashboards-{students}")
    key = long_demo_key(teacher=teacher, title="Bench", sentences=sentences)
    asked = [
        entry.segment_id
        for entry in key.entries.exclude(label=Label.NONE).order_by("segment__position")
    ][:sentences]
    exercise = exercise_create(answer_key=key, title="Bench", created_by=teacher)
    classroom = classroom_create(teacher=teacher, name=f"Bench {students}")
    assignment = assignment_create(exercise=exercise, classroom=classroom)
    roster = bulk_students(classroom, students, code_prefix=f"D{students}")
    attempts = bulk_attempts([assignment], roster, lambda n, _: (n % 40, 40))
    labels = ["sourced_claim", "unverified_assertion", "editorial_appeal"]
    Answer.objects.bulk_create(
        Answer(attempt=attempt, segment_id=segment_id, label=labels[(a + s) % 3], seq=1)
        for a, attempt in enumerate(attempts)
        for s, segment_id in enumerate(asked)
    )
    client = Client()
    client.force_login(teacher)
    size = f"{students}x{sentences}"
    figures = {}
    for name, url in [
        ("dashboard", reverse("quizapp:assignment-report", args=[assignment.pk])),
        (
            "export",
            reverse(
                "quizapp:assignment-export", args=[assignment.pk, "answers", "csv"]
            ),
        ),
    ]:
        timings, query_count = _time_page(client, url, repeats=10)
        figures[f"{name}_ms_{size}"] = round(statistics.median(timings), 1)
        figures[f"{name}_queries_{size}"] = query_count
    return figures


def bench_session_read(reads: int = 3000) -> dict[str, float]:
    """Microseconds to read one session from the database: Django's own
    engine (an ORM query) beside quizapp.ops.sessions (the same read in SQL).
    Every request of a signed-in student reads its session, the autosave's
    included, so the difference is paid on each save when there is no Redis."""
    from django.contrib.sessions.backends import db

    from quizapp.ops import sessions

    store = sessions.SessionStore()
    store["student_id"] = 1
    store.create()
    figures = {}
    for name, engine in (("django", db.SessionStore), ("sql", sessions.SessionStore)):
        engine(store.session_key).load()  # warm: connection, compiled regexes
        timings = []
        for _ in range(5):  # the median of five runs of `reads` reads
            started = time.perf_counter()
            for _ in range(reads):
                assert engine(store.session_key).load()["student_id"] == 1  # noqa: S101
            timings.append((time.perf_counter() - started) / reads * 1e6)
        figures[f"session_read_us_{name}"] = round(statistics.median(timings), 1)
    store.delete()
    return figures
