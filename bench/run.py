"""Benchmark: prints figures and writes bench/results.json (a flat object of
named numbers). Runs on a throwaway SQLite file so the demo data is untouched.

    make bench              every part
    python bench/run.py dashboards sessions   only those parts

Parts: labeler, import, dashboards, sessions, ux, load, faults, autosave.
Each lives in a module of its own (text_speed, pages, ux, lessons,
autosave_burst).
"""

import json
import os
import sys
import tempfile
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
RESULTS = PROJECT / "bench" / "results.json"
sys.path.insert(0, str(PROJECT))

POSTGRES_URL = os.environ.get(
    "BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/newsroom_bench"
)


def main() -> None:
    workdir = tempfile.mkdtemp(prefix="newsroom-bench-")
    os.environ["DATABASE_URL"] = f"sqlite:///{workdir}/bench.sqlite3"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "quizapp.settings")
    import django

    django.setup()
    from django.core.management import call_command

    from bench.autosave_burst import bench_autosave
    from bench.common import postgres_ready
    from bench.lessons import bench_faults, bench_lesson_load
    from bench.pages import bench_dashboards, bench_progress_table, bench_session_read
    from bench.text_speed import bench_import, bench_labeler
    from bench.ux import bench_ux

    call_command("migrate", verbosity=0)
    only = set(sys.argv[1:])  # e.g. "autosave": run only those parts

    def wanted(part: str) -> bool:
        return not only or part in only

    figures = {}
    if wanted("labeler"):
        figures.update(bench_labeler())
    if wanted("import"):
        figures.update(bench_import())
    if wanted("dashboards"):
        figures.update(bench_progress_table(students=35, assignments=5))
        figures.update(bench_dashboards(students=35))
        figures.update(bench_dashboards(students=300))
    if wanted("sessions"):
        figures.update(bench_session_read())
    if wanted("ux"):
        figures.update(bench_ux())
    postgres = postgres_ready(POSTGRES_URL)
    if not postgres:
        print(f"PostgreSQL not reachable at {POSTGRES_URL}: its figures skipped")
    if postgres and wanted("load"):
        figures.update(bench_lesson_load(POSTGRES_URL))
    if postgres and wanted("faults"):
        figures.update(bench_faults(POSTGRES_URL))
    if wanted("autosave"):
        figures.update(bench_autosave("sqlite", os.environ["DATABASE_URL"]))
        if postgres:
            figures.update(bench_autosave("postgres", POSTGRES_URL))
    _write(figures)


def _write(figures: dict[str, float]) -> None:
    RESULTS.parent.mkdir(exist_ok=True)
    previous = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    RESULTS.write_text(json.dumps(previous | figures, indent=2, sort_keys=True) + "\n")
    for name, value in figures.items():
        print(f"{name:40} {value}")
    print(f"written to {RESULTS.relative_to(PROJECT)}")


if __name__ == "__main__":
    main()
