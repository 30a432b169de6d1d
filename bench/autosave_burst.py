"""The autosave under load through nginx and gunicorn (wrk drives it): a burst
of students clicking, then the save's capacity beside a naive view and an
empty one."""

import json
import os

from bench.common import PROJECT, script

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


def _fixture(env: dict[str, str], *args: str, stdin: str | None = None) -> str:
    return script("autosave_fixture.py", env, *args, stdin=stdin)


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
