"""The reader pool never keeps a process from exiting.

Pebble's workers are not daemon processes, so at exit multiprocessing joins
them and an idle one never ends: `import_articles` printed its summary and
hung about once in twenty runs. Fifty full runs of the command would take
about 100 s (each starts Django and a forkserver), so the fifty are split:
one subprocess starts, uses and stops the pool 50 times, checking each time
that no child is left for exit to wait on, then exits with a pool still
running (the atexit path); and a few full command runs check the command's
own way out. Every process gets a time limit, so a hang fails the test
instead of stalling the suite.
"""

import subprocess
import sys
import textwrap

import pytest

from tests.factories import AdminFactory
from tests.processes.test_batch_worker_processes import PROJECT, manage, worker_env

POOL_CYCLES = 50
COMMAND_RUNS = 6

POOL_LOOP = textwrap.dedent(
    f"""
    import multiprocessing
    from articles.extraction import isolation

    if __name__ == "__main__":
        for cycle in range({POOL_CYCLES}):
            assert isolation.run_isolated(len, b"row") == 3
            isolation.shutdown_pool()
            left = multiprocessing.active_children()
            assert not left, f"cycle {{cycle}}: children left {{left}}"
        # Leave one pool running: exit itself must stop it.
        assert isolation.run_isolated(len, b"last") == 4
        print("done")
    """
)


def test_the_pool_stops_cleanly_fifty_times_and_at_exit(tmp_path):
    script = tmp_path / "pool_loop.py"
    script.write_text(POOL_LOOP)

    finished = subprocess.run(
        [sys.executable, str(script)],
        cwd=PROJECT,
        env={"PYTHONPATH": str(PROJECT), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert (finished.returncode, finished.stdout.strip()) == (0, "done"), (
        finished.stderr
    )
    # No "leaked semaphore" warning or FileNotFoundError from a torn-down queue.
    assert finished.stderr == ""


@pytest.mark.django_db(transaction=True)
def test_the_command_exits_after_its_summary_every_time(tmp_path):
    AdminFactory(username="ed")
    rows = tmp_path / "rows.csv"
    rows.write_text('title,text\n"Tides","The harbour master said the tide turns."\n')
    page = tmp_path / "page.txt"
    page.write_text("The ferry captain said the crossing was calm.")

    for run in range(COMMAND_RUNS):
        finished = subprocess.run(
            manage("import_articles", str(rows), str(page), "--user", "ed"),
            cwd=PROJECT,
            env=worker_env(),
            capture_output=True,
            text=True,
            timeout=30,  # about 2 s when it exits; a hang fails here
        )

        assert finished.returncode == 0, finished.stderr
        summary = "2 imported" if run == 0 else "2 already in the library"
        assert summary in finished.stdout
        assert "Error" not in finished.stderr
