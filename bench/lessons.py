"""Whole lessons over HTTP against gunicorn, PostgreSQL and Redis: the load
(a synchronized join, then labeling and submitting) and the same lesson
under faults, each checked in the database afterwards."""

import json
import os

from bench.common import PROJECT, script

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
    from bench.lessonload import run_lesson_on_gunicorn

    codes = json.loads(
        script("lesson_fixture.py", env, "prepare", str(classes), str(sentences))
    )
    result = run_lesson_on_gunicorn(
        env,
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
        script("lesson_fixture.py", env, "check", stdin=json.dumps(sent))
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
    import psycopg

    from bench.faults import ThrowawayRedis, kill_workers

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

    figures: dict[str, float] = {}
    survived = lost_total = 0
    students = FAULT_CLASSES * FAULT_PER_CLASS
    with ThrowawayRedis() as redis_server:
        faults = [
            ("kill_workers", kill_workers, {}),
            ("pg_terminate", cut_connections, {}),
            ("redis_down", redis_server.stop, {"REDIS_URL": redis_server.url}),
        ]
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
    figures["faults_run"] = len(faults)
    figures["faults_survived"] = survived
    figures["faults_lost_answers"] = lost_total
    return figures
