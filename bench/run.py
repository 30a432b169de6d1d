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
    only = set(sys.argv[1:])  # e.g. "autosave": run only those parts
    figures = {}
    if not only or "labeler" in only:
        figures.update(bench_labeler())
    if not only or "import" in only:
        figures.update(bench_import())
    if not only or "dashboards" in only:
        figures.update(bench_progress_table(students=35, assignments=5))
        figures.update(bench_dashboards(students=35))
        figures.update(bench_dashboards(students=300))
    if not only or "load" in only or "faults" in only:
        postgres_url = os.environ.get(
            "BENCH_POSTGRES_URL",
            "postgres://postgres@127.0.0.1:5432/newsroom_bench",
        )
        if _postgres_ready(postgres_url):
            if not only or "load" in only:
                figures.update(bench_lesson_load(postgres_url))
            if not only or "faults" in only:
                figures.update(bench_faults(postgres_url))
        else:
            print(f"PostgreSQL not reachable at {postgres_url}: load figures skipped")
    if only and "autosave" not in only:
        _write(figures)
        return
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
    _write(figures)


def _write(figures: dict[str, float]) -> None:
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


def bench_import(runs: int = 7) -> dict[str, float]:
    """Upload to stored article, the way the upload page does it: the file
    read in the limited child process, then labeled and stored. A 1,000-word
    saved web page and a 10-page PDF, both generated (tests/uploads.py)."""
    import io

    from pypdf import PdfReader

    from django.contrib.auth import get_user_model

    from articles.batches import services as batch_services
    from articles.extraction import extract_isolated
    from tests import uploads

    teacher = get_user_model().objects.create_user("bench-importer")
    html = uploads.html_page(uploads.article_paragraphs(words=1000))
    pdf = uploads.pdf_document(uploads.article_paragraphs(words=4000))
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    figures: dict[str, float] = {"import_pdf_pages": pages}
    extract_isolated(html, "warm-up.html")  # start the reader's process pool
    for kind, data in [("html", html), ("pdf", pdf)]:
        totals, reads = [], []
        for run in range(runs):
            started = time.perf_counter()
            extracted = extract_isolated(data, f"article.{kind}")
            read = time.perf_counter()
            # A new sentence each run, or the second import finds the first.
            batch_services.article_import(
                uploaded_by=teacher,
                title=f"{kind} {run}",
                text=f"{extracted.text}\n\nRun {run} of the benchmark.",
            )
            totals.append((time.perf_counter() - started) * 1000)
            reads.append((read - started) * 1000)
        figures[f"import_{kind}_ms"] = round(statistics.median(totals), 1)
        figures[f"import_{kind}_read_ms"] = round(statistics.median(reads), 1)
        if kind == "html":
            figures["import_html_words"] = len(extracted.text.split())
    return figures


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
    from quizapp.demo.keys import long_demo_key
    from quizapp.domain.nicknames import nickname_key
    from quizapp.models import Answer, Attempt, Student
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
    roster = Student.objects.bulk_create(
        Student(
            classroom=classroom,
            nickname=f"S{n}",
            nickname_key=nickname_key(f"S{n}"),  # bulk_create skips save()
            rejoin_code=f"D{students}{n:06d}",
        )
        for n in range(students)
    )
    attempts = Attempt.objects.bulk_create(
        Attempt(
            assignment=assignment,
            student=student,
            status=Attempt.Status.SUBMITTED if n % 2 else Attempt.Status.IN_PROGRESS,
            score_correct=n % 40,
            score_total=40,
        )
        for n, student in enumerate(roster)
    )
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


# The burst; BENCH_BURST_STUDENTS makes a quicker run while working.
BURST_STUDENTS = int(os.environ.get("BENCH_BURST_STUDENTS", "600"))
SENTENCES_EACH = 40
# A quick student: a click a second. 600 of them offer about 600 saves/s.
THINK_MS = int(os.environ.get("BENCH_THINK_MS", "1000"))
# Saves in flight at once for the capacity runs: enough to keep both
# workers busy, few enough that the queue does not become the latency.
CAPACITY_CONNECTIONS = 8
# Enough saves for a steady rate, few enough to keep make bench short.
CAPACITY_SAVES = 6000
AUTOSAVE_WORKERS = int(os.environ.get("BENCH_AUTOSAVE_WORKERS", "2"))


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


# The lesson load (issue 9): 600 students in 20 classes of 30 join at the
# same moment, label 40 sentences each with 2-6 s of thought before each
# click, and submit; PostgreSQL + Redis, gunicorn with 4 workers.
LOAD_CLASSES, LOAD_PER_CLASS, LOAD_SENTENCES = 20, 30, 40
LOAD_THINK_S = (2.0, 6.0)
# Each fault run: half the students and sentences, the fault at a quarter.
FAULT_CLASSES, FAULT_PER_CLASS, FAULT_SENTENCES = 10, 30, 20
REDIS_BENCH_URL = "redis://127.0.0.1:6379/12"


def _lesson_env(url: str, **extra: str) -> dict[str, str]:
    """A fresh schema in the PostgreSQL bench database; Redis database 12."""
    import subprocess
    import sys

    env = {
        **os.environ,
        "DATABASE_URL": url,
        "REDIS_URL": REDIS_BENCH_URL,
        "DATABASE_POOL": "1",
        "DJANGO_ENV": "development",
        "DEBUG": "0",
        **extra,
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    for command in (["flush", "--noinput"], ["migrate", "-v0"]):
        subprocess.run(  # noqa: S603 -- manage.py, fixed arguments
            [sys.executable, "manage.py", *command],
            cwd=PROJECT,
            env=env,
            check=command[0] == "migrate",
            capture_output=True,
        )
    import redis

    redis.Redis.from_url(REDIS_BENCH_URL).flushdb()
    return env


def _run_checked_lesson(env, *, classes, per_class, sentences, think_s, fault=None):
    """(client result, database check) of one lesson; `fault(server)` runs
    once a quarter of the answers are saved."""
    from bench.lessonload import run_lesson_with_fault
    from bench.loadtest import GunicornServer

    codes = json.loads(
        _script("lesson_fixture.py", env, "prepare", str(classes), str(sentences))
    )
    with GunicornServer(env=env, workers=4) as server:
        result = run_lesson_with_fault(
            server=server,
            join_codes=codes,
            students_per_class=per_class,
            sentences=sentences,
            think_s=think_s,
            fault=fault,
        )
    sent = {
        "codes": codes,
        "acknowledged": [[*key, *value] for key, value in result.acknowledged.items()],
        "submitted": sorted(result.submitted),
    }
    check = json.loads(
        _script("lesson_fixture.py", env, "check", stdin=json.dumps(sent))
    )
    return result, check


def _lost(result, check, students: int, sentences: int) -> int:
    """Answers the students gave that are not in the database as given:
    acknowledged but missing or older, or never acknowledged at all."""
    unacknowledged = students * sentences - len(result.acknowledged)
    return check["lost_answers"] + unacknowledged + check["submissions_missing"]


def bench_lesson_load(url: str) -> dict[str, float]:
    env = _lesson_env(url)
    students = LOAD_CLASSES * LOAD_PER_CLASS
    result, check = _run_checked_lesson(
        env,
        classes=LOAD_CLASSES,
        per_class=LOAD_PER_CLASS,
        sentences=LOAD_SENTENCES,
        think_s=LOAD_THINK_S,
    )
    return {
        "load_students": students,
        "load_sentences_each": LOAD_SENTENCES,
        "load_requests": len(result.latencies_ms),
        "load_seconds": round(result.seconds, 1),
        "load_p50_ms": round(result.percentile_ms(0.50), 1),
        "load_p95_ms": round(result.percentile_ms(0.95), 1),
        "load_p99_ms": round(result.percentile_ms(0.99), 1),
        "load_join_p50_ms": round(result.percentile_ms(0.50, "join"), 1),
        "load_join_p99_ms": round(result.percentile_ms(0.99, "join"), 1),
        "load_save_p50_ms": round(result.percentile_ms(0.50, "save"), 1),
        "load_save_p95_ms": round(result.percentile_ms(0.95, "save"), 1),
        "load_save_p99_ms": round(result.percentile_ms(0.99, "save"), 1),
        "load_submit_p99_ms": round(result.percentile_ms(0.99, "submit"), 1),
        "load_errors": result.errors,
        "load_lost_answers": _lost(result, check, students, LOAD_SENTENCES),
        "load_submissions": len(result.submitted),
        "load_duplicate_submissions": check["submissions_duplicated"],
    }


def bench_faults(url: str) -> dict[str, float]:
    """The lesson (smaller) three times, each with a fault a quarter in:
    every gunicorn worker SIGKILLed in turn; every app connection cut with
    pg_terminate_backend; Redis stopped. Survived: nothing lost after it."""
    import shutil
    import signal
    import socket
    import subprocess

    import psycopg

    def kill_workers(server) -> None:
        found = subprocess.run(  # noqa: S603 -- pgrep, fixed arguments
            [shutil.which("pgrep"), "-P", str(server.process.pid)],
            capture_output=True,
            text=True,
            check=True,
        )
        for pid in found.stdout.split():
            os.kill(int(pid), signal.SIGKILL)
            time.sleep(0.05)

    def cut_connections(server) -> None:
        name = url.rsplit("/", 1)[1]
        with psycopg.connect(
            url.rsplit("/", 1)[0] + "/postgres", autocommit=True
        ) as db:
            db.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = %s AND pid <> pg_backend_pid()",
                [name],
            )

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        redis_port = probe.getsockname()[1]
    redis_server = subprocess.Popen(  # noqa: S603 -- redis-server, fixed arguments
        [
            shutil.which("redis-server"),
            "--port",
            str(redis_port),
            "--save",
            "",
            "--appendonly",
            "no",
            "--bind",
            "127.0.0.1",
        ],
        stdout=subprocess.DEVNULL,
    )
    time.sleep(0.5)

    def stop_redis(server) -> None:
        redis_server.kill()
        redis_server.wait()

    faults = [
        ("kill_workers", kill_workers, {}),
        ("pg_terminate", cut_connections, {}),
        ("redis_down", stop_redis, {"REDIS_URL": f"redis://127.0.0.1:{redis_port}/0"}),
    ]
    figures: dict[str, float] = {}
    survived = lost_total = 0
    students = FAULT_CLASSES * FAULT_PER_CLASS
    try:
        for name, fault, extra in faults:
            env = _lesson_env(url, **extra)
            result, check = _run_checked_lesson(
                env,
                classes=FAULT_CLASSES,
                per_class=FAULT_PER_CLASS,
                sentences=FAULT_SENTENCES,
                think_s=(0.5, 2.0),
                fault=fault,
            )
            lost = _lost(result, check, students, FAULT_SENTENCES)
            figures[f"fault_{name}_errors_retried"] = result.errors
            figures[f"fault_{name}_p99_ms"] = round(result.percentile_ms(0.99), 1)
            figures[f"fault_{name}_lost_answers"] = lost
            survived += lost == 0 and check["submissions_duplicated"] == 0
            lost_total += lost
    finally:
        redis_server.kill()
    figures["faults_run"] = len(faults)
    figures["faults_survived"] = survived
    figures["faults_lost_answers"] = lost_total
    return figures


def _fixture(env: dict[str, str], *args: str, stdin: str | None = None) -> str:
    return _script("autosave_fixture.py", env, *args, stdin=stdin)


def _script(
    name: str, env: dict[str, str], *args: str, stdin: str | None = None
) -> str:
    """Run one of bench/'s scripts in a process bound to env's database."""
    import subprocess
    import sys

    return subprocess.run(  # noqa: S603 -- our own script
        [sys.executable, str(PROJECT / "bench" / name), *args],
        cwd=PROJECT,
        env=env,
        input=stdin,
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def _saves(students: list, *, path_of=lambda path: path) -> list[tuple]:
    """Every student's save of every sentence once, sentence by sentence
    across the class (as a lesson goes), each with its own seq."""
    labels = ["sourced_claim", "unverified_assertion", "editorial_appeal"]
    return [
        (
            path_of(student.save_paths[sentence]),
            student.session_key,
            student.csrf_token,
            labels[(number + sentence) % len(labels)],
            1000 + sentence,
        )
        for sentence in range(SENTENCES_EACH)
        for number, student in enumerate(students)
    ]


def _checked(env: dict[str, str], saves: list[tuple]) -> int:
    """Answers not stored as sent; with no errors every save was answered
    with 200, so each one must be there with its label and seq."""
    rows = [
        [session_key, path, seq, label] for path, session_key, _, label, seq in saves
    ]
    return int(_fixture(env, "--check", stdin=json.dumps(rows)).strip())


def bench_autosave(name: str, url: str) -> dict[str, float]:
    """Autosave through gunicorn (2 sync workers) behind nginx, on loopback,
    driven by wrk (bench/wrk_burst.py says why both):

    - the burst: BURST_STUDENTS students start together and each labels
      SENTENCES_EACH sentences, thinking THINK_MS before each click; every
      save is then checked in the database;
    - capacity: the same saves with CAPACITY_CONNECTIONS in flight and no
      pause, through the real view, a naive update_or_create view
      (bench/naive_save.py), and a view that does nothing (the floor)."""
    import subprocess
    import sys

    from bench.loadtest import GunicornServer, StudentSession, fetch_csrf
    from bench.wrk_burst import NginxProxy, run_wrk

    # Fresh schema and data in a child process bound to that database, so
    # this process's own connection (the SQLite bench file) is untouched.
    # DEBUG off, as served for real: debug mode keeps every query in memory.
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "DJANGO_ENV": "development",
        "DEBUG": "0",
        "DJANGO_SETTINGS_MODULE": "bench.settings",
    }
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
    sessions = json.loads(
        _fixture(
            {
                **env,
                "BURST_STUDENTS": str(BURST_STUDENTS),
                "SENTENCES_EACH": str(SENTENCES_EACH),
            }
        )
    )
    students = [StudentSession(**session) for session in sessions["students"]]
    with GunicornServer(env=env, workers=AUTOSAVE_WORKERS) as server:
        for student in students:
            fetch_csrf(server.port, student)
        with NginxProxy(upstream=server.port) as proxy:
            burst_saves = _saves(students)
            burst = run_wrk(
                port=proxy.port,
                saves=burst_saves,
                connections=len(students),
                think_ms=THINK_MS,
            )
            stale = _checked(env, burst_saves)

            def capacity(path_of):
                _fixture(env, "--reset")
                saves = _saves(students, path_of=path_of)[:CAPACITY_SAVES]
                return run_wrk(
                    port=proxy.port,
                    saves=saves,
                    connections=CAPACITY_CONNECTIONS,
                    think_ms=0,
                ), saves

            real, real_saves = capacity(lambda path: path)
            real_stale = _checked(env, real_saves)
            naive, _ = capacity(lambda path: path.replace("/me/", "/bench/naive/", 1))
            floor, _ = capacity(lambda path: "/bench/floor/")
    errors = burst.errors + real.errors
    previous_errors = getattr(bench_autosave, "errors", 0)
    bench_autosave.errors = previous_errors + errors
    previous_stale = getattr(bench_autosave, "stale", 0)
    bench_autosave.stale = previous_stale + stale + real_stale
    if burst.first_refusal or real.first_refusal:
        print(f"refused: {burst.first_refusal or real.first_refusal}")
    figures = {
        f"autosave_saves_per_s_{name}": round(burst.saves_per_s),
        f"autosave_p50_ms_{name}": round(burst.p50_ms, 1),
        f"autosave_p99_ms_{name}": round(burst.p99_ms, 1),
        f"autosave_saves_{name}": burst.answered,
        "autosave_errors": bench_autosave.errors,
        "autosave_stale_rows": bench_autosave.stale,
        f"autosave_capacity_saves_per_s_{name}": round(real.saves_per_s),
        f"autosave_capacity_p99_ms_{name}": round(real.p99_ms, 1),
        f"autosave_naive_saves_per_s_{name}": round(naive.saves_per_s),
        f"autosave_naive_p99_ms_{name}": round(naive.p99_ms, 1),
        f"autosave_naive_errors_{name}": naive.errors,
        f"autosave_speedup_vs_naive_{name}": round(
            real.saves_per_s / naive.saves_per_s, 2
        )
        if naive.saves_per_s
        else 0,
        f"autosave_floor_requests_per_s_{name}": round(floor.saves_per_s),
    }
    print(
        f"autosave on {name}: burst {figures[f'autosave_saves_per_s_{name}']} "
        f"saves/s, p99 {figures[f'autosave_p99_ms_{name}']} ms; capacity "
        f"{figures[f'autosave_capacity_saves_per_s_{name}']} saves/s vs naive "
        f"update_or_create {figures[f'autosave_naive_saves_per_s_{name}']} "
        f"({figures[f'autosave_speedup_vs_naive_{name}']}x) and an empty view "
        f"{figures[f'autosave_floor_requests_per_s_{name}']} requests/s"
    )
    return figures


if __name__ == "__main__":
    main()
