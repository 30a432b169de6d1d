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


if __name__ == "__main__":
    main()
