"""The faults a lesson must survive, for `make bench` (bench/lessons.py) and
the process tests (tests/processes/test_lesson_load.py): every gunicorn
worker killed, and a Redis of the lesson's own stopped. Each is called as
`fault(server)` once a quarter of the answers are saved. Cutting database
connections is not here: the tests must spare their own connection, the
bench has none to spare."""

import os
import shutil
import signal
import socket
import subprocess
import time

from bench.common import free_port


def worker_pids(server) -> list[int]:
    found = subprocess.run(  # noqa: S603 -- pgrep, fixed arguments
        [shutil.which("pgrep"), "-P", str(server.process.pid)],
        capture_output=True,
        text=True,
        check=True,
    )
    return [int(pid) for pid in found.stdout.split()]


def kill_workers(server) -> None:
    """SIGKILL each worker in turn, as an out-of-memory killer would: one at
    a time is the issue's fault; all four in a row make sure some requests
    are caught mid-flight (an idle worker dies without anyone noticing)."""
    for pid in worker_pids(server):
        os.kill(pid, signal.SIGKILL)
        time.sleep(0.05)


class ThrowawayRedis:
    """A redis-server on a free loopback port that keeps nothing on disk, for
    one lesson to lose: `stop` is the fault, leaving the block kills it."""

    def __init__(self) -> None:
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = None

    def __enter__(self) -> "ThrowawayRedis":
        self.process = subprocess.Popen(  # noqa: S603 -- redis-server, fixed arguments
            [
                shutil.which("redis-server"),
                "--port",
                str(self.port),
                "--save",
                "",
                "--appendonly",
                "no",
                "--bind",
                "127.0.0.1",
            ],
            stdout=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return self
            except OSError:
                if time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError(
                        "redis-server did not start within 10 s"
                    ) from None
                time.sleep(0.05)

    def stop(self, server=None) -> None:
        self.process.kill()
        self.process.wait()

    def __exit__(self, *exc_info) -> None:
        self.stop()
