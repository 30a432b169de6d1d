"""Benchmark: prints figures and writes bench/results.json (a flat object of
named numbers). Runs on a throwaway SQLite file so the demo data is untouched.

    make bench
"""

import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
RESULTS = PROJECT / "bench" / "results.json"
sys.path.insert(0, str(PROJECT))


def main() -> None:
    workdir = tempfile.mkdtemp(prefix="newsroom-bench-")
    os.environ["DATABASE_URL"] = f"sqlite:///{workdir}/bench.sqlite3"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "quizapp.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    figures = {}
    figures.update(bench_labeler())
    figures.update(bench_progress_table(students=35, assignments=5))
    figures.update(bench_autosave("sqlite", os.environ["DATABASE_URL"]))
    postgres_url = os.environ.get(
        "BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/newsroom_bench"
    )
    if _postgres_ready(postgres_url):
        figures.update(bench_autosave("postgres", postgres_url))
    else:
        print(
            f"PostgreSQL not reachable at {postgres_url}: its autosave figures skipped"
        )
    RESULTS.parent.mkdir(exist_ok=True)
    previous = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    RESULTS.write_text(json.dumps(previous | figures, indent=2, sort_keys=True) + "\n")
    for name, value in figures.items():
        print(f"{name:40} {value}")
    print(f"written to {RESULTS.relative_to(PROJECT)}")


def bench_labeler() -> dict[str, float]:
    """Segment + label speed on one core, on the demo articles' text."""
    from articles.domain.pipeline import analyse
    from articles.domain.segmenting import normalise_text
    from quizapp.demo.articles import DEMO_ARTICLES

    source = "\n\n".join(article.text for article in DEMO_ARTICLES)
    # About 1,000 words of article text, whole paragraphs at a time.
    paragraphs = source.split("\n\n")
    article_paragraphs: list[str] = []
    while sum(len(p.split()) for p in article_paragraphs) < 1000:
        article_paragraphs.append(paragraphs[len(article_paragraphs) % len(paragraphs)])
    article = normalise_text("\n\n".join(article_paragraphs))
    article_words = len(article.split())
    analyse(article)  # load the lexicons once, as a running server has
    timings = []
    for _ in range(20):
        started = time.perf_counter()
        analyse(article)
        timings.append(time.perf_counter() - started)
    per_article = statistics.median(timings)
    started = time.perf_counter()
    for _ in range(100):
        analyse(article)
    hundred = time.perf_counter() - started
    return {
        "label_ms_per_1000_words": round(per_article * 1000 * 1000 / article_words, 2),
        "label_words_per_s": round(article_words / per_article),
        "label_words_per_s_100_articles": round(100 * article_words / hundred),
    }


def bench_progress_table(*, students: int, assignments: int) -> dict[str, float]:
    """Time and queries to render a teacher's progress table for a full class."""
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse

    from articles.domain.labels import Label
    from articles.services import (
        answer_key_approve,
        article_create,
        key_entry_set_label,
    )
    from quizapp.demo.articles import FERRY
    from quizapp.services import (
        answer_save,
        assignment_create,
        attempt_for,
        attempt_submit,
        classroom_create,
        exercise_create,
        student_join,
    )

    teacher = get_user_model().objects.create_user("bench-teacher")
    article = article_create(title=FERRY.title, text=FERRY.text, uploaded_by=teacher)
    answer_key = article.answer_keys.get()
    entries = list(answer_key.entries.select_related("segment"))
    for entry in entries:
        key_entry_set_label(entry=entry, label=Label.SOURCED_CLAIM)
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
    client.get(url)  # warm the template cache
    timings = []
    for _ in range(30):
        started = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - started) * 1000)
        if response.status_code != 200:
            raise RuntimeError(f"The progress page answered {response.status_code}.")
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    size = f"{students}x{assignments}"
    return {
        f"progress_table_ms_{size}": round(statistics.median(timings), 2),
        f"progress_table_p95_ms_{size}": round(
            statistics.quantiles(timings, n=20)[-1], 2
        ),
        f"progress_table_queries_{size}": len(queries),
    }


# The burst; BENCH_BURST_STUDENTS makes a quicker run while working.
BURST_STUDENTS = int(os.environ.get("BENCH_BURST_STUDENTS", "600"))
SENTENCES_EACH = 40
THINK_S = 0.02


def _postgres_ready(url: str) -> bool:
    """Create the bench database if its server answers; False if it does not."""
    from urllib.parse import urlsplit

    import psycopg

    parts = urlsplit(url)
    server = {
        "host": parts.hostname or "127.0.0.1",
        "port": parts.port or 5432,
        "user": parts.username or "postgres",
        "connect_timeout": 5,
    }
    name = parts.path.lstrip("/")
    try:
        with psycopg.connect(dbname="postgres", autocommit=True, **server) as admin:
            exists = admin.execute(
                "SELECT 1 FROM pg_database WHERE datname = %s", [name]
            ).fetchone()
            if not exists:
                admin.execute(f'CREATE DATABASE "{name}"')  # name from our own setting
    except psycopg.Error:
        return False
    return True


def bench_autosave(name: str, url: str) -> dict[str, float]:
    """A burst of students saving labels through gunicorn (2 workers) on
    loopback; every acknowledged save is checked in the database afterwards."""
    import subprocess
    import sys

    # Fresh schema and data in a child process bound to that database, so
    # this process's own connection (the SQLite bench file) is untouched.
    # DEBUG off, as served for real: debug mode keeps every query in memory.
    env = {**os.environ, "DATABASE_URL": url, "DJANGO_ENV": "development", "DEBUG": "0"}
    subprocess.run(
        [sys.executable, "manage.py", "flush", "--noinput"],
        cwd=PROJECT,
        env=env,
        check=False,
        capture_output=True,
    )
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "-v0"],
        cwd=PROJECT,
        env=env,
        check=True,
    )
    prepared = subprocess.run(  # noqa: S603
        [sys.executable, str(PROJECT / "bench" / "autosave_fixture.py")],
        cwd=PROJECT,
        env={
            **env,
            "BURST_STUDENTS": str(BURST_STUDENTS),
            "SENTENCES_EACH": str(SENTENCES_EACH),
        },
        check=True,
        capture_output=True,
        text=True,
    )
    sessions = json.loads(prepared.stdout)
    from quizapp.loadtest import GunicornServer, StudentSession, fetch_csrf, run_load

    students = [StudentSession(**session) for session in sessions["students"]]
    with GunicornServer(env=env, workers=2) as server:
        for student in students:
            fetch_csrf(server.port, student)
        result = run_load(
            port=server.port,
            students=students,
            labels=["sourced_claim", "unverified_assertion", "editorial_appeal"],
            rounds=1,
            think_s=THINK_S,
        )
    checked = subprocess.run(  # noqa: S603
        [sys.executable, str(PROJECT / "bench" / "autosave_fixture.py"), "--check"],
        cwd=PROJECT,
        env=env,
        input=json.dumps(
            [
                [key[0], key[1], seq, label]
                for key, (seq, label) in result.acknowledged.items()
            ]
        ),
        check=True,
        capture_output=True,
        text=True,
    )
    stale = int(checked.stdout.strip())
    previous_errors = getattr(bench_autosave, "errors", 0)
    bench_autosave.errors = previous_errors + result.errors
    previous_stale = getattr(bench_autosave, "stale", 0)
    bench_autosave.stale = previous_stale + stale
    return {
        f"autosave_saves_per_s_{name}": round(result.saves_per_s),
        f"autosave_p50_ms_{name}": round(result.p50_ms, 1),
        f"autosave_p99_ms_{name}": round(result.percentile_ms(0.99), 1),
        f"autosave_saves_{name}": len(result.latencies_ms),
        "autosave_errors": bench_autosave.errors,
        "autosave_stale_rows": bench_autosave.stale,
    }


if __name__ == "__main__":
    main()
