"""Drive the real autosave endpoint from many simulated students at once.

Used by a multi-process test (small, correctness only) and by `make bench`
(large, with figures). Loopback only; every loop is bounded in count.
"""

import http.client
import re
import statistics
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import urlencode

CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@dataclass
class StudentSession:
    session_key: str
    work_path: str  # the assignment page
    save_paths: list[str]  # one answer-save URL per sentence
    csrf_token: str = ""


@dataclass
class LoadResult:
    latencies_ms: list[float] = field(default_factory=list)
    errors: int = 0
    acknowledged: dict[tuple[str, str], tuple[int, str]] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def saves_per_s(self) -> float:
        return len(self.latencies_ms) / self.seconds if self.seconds else 0.0

    def percentile_ms(self, share: float) -> float:
        if not self.latencies_ms:
            return 0.0
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))]

    @property
    def p50_ms(self) -> float:
        return statistics.median(self.latencies_ms) if self.latencies_ms else 0.0


def fetch_csrf(port: int, student: StudentSession) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request(
        "GET", student.work_path, headers={"Cookie": f"sessionid={student.session_key}"}
    )
    response = connection.getresponse()
    body = response.read().decode()
    connection.close()
    match = CSRF_INPUT.search(body)
    if response.status != 200 or match is None:
        raise RuntimeError(f"Could not open {student.work_path}: {response.status}")
    student.csrf_token = match.group(1)


def _send(
    connection: http.client.HTTPConnection,
    path: str,
    headers: dict[str, str],
    seq_label: tuple[int, str],
    outcomes: list[tuple[int, str, int, float]],
) -> None:
    """POST one save; record (seq, label, HTTP status or 0, milliseconds)."""
    seq_value, label = seq_label
    started = time.perf_counter()
    try:
        connection.request(
            "POST",
            path,
            body=urlencode({"label": label, "seq": seq_value}),
            headers=headers,
        )
        response = connection.getresponse()
        response.read()
        status = response.status
    except OSError:
        status = 0
    outcomes.append((seq_value, label, status, (time.perf_counter() - started) * 1000))


def run_load(
    *,
    port: int,
    students: list[StudentSession],
    labels: list[str],
    rounds: int,
    overlap: int = 1,
    think_s: float = 0.0,
    start_together: bool = True,
) -> LoadResult:
    """Each student saves every sentence `rounds` times; with `overlap` > 1
    each save is sent as that many concurrent requests with their seq numbers
    arriving out of order, as double clicks and retries do."""
    result = LoadResult()
    lock = threading.Lock()
    barrier = threading.Barrier(len(students)) if start_together else None

    def student_loop(index: int, student: StudentSession) -> None:
        connections = [
            http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            for _ in range(overlap)
        ]
        headers = {
            "Cookie": (
                f"sessionid={student.session_key}; csrftoken={student.csrf_token}"
            ),
            "X-CSRFToken": student.csrf_token,
            "HX-Request": "true",
            "Content-Type": "application/x-www-form-urlencoded",
        }
        if barrier is not None:
            barrier.wait(timeout=60)
        seq = 0
        for round_number in range(rounds):
            for path in student.save_paths:
                # The newest of this round's overlapping saves goes out first.
                batch = []
                for copy in range(overlap):
                    seq += 1
                    label = labels[(index + round_number + copy + seq) % len(labels)]
                    batch.append((seq, label))
                batch.reverse()
                threads = []
                outcomes: list[tuple[int, str, int, float]] = []
                if overlap == 1:
                    # One save at a time: no thread to start per request.
                    _send(connections[0], path, headers, batch[0], outcomes)
                for connection, seq_label in zip(connections, batch, strict=True):
                    if overlap == 1:
                        break
                    thread = threading.Thread(
                        target=_send,
                        args=(connection, path, headers, seq_label, outcomes),
                    )
                    thread.start()
                    threads.append(thread)
                for thread in threads:
                    thread.join(timeout=60)
                with lock:
                    for seq_value, label, status, latency in outcomes:
                        result.latencies_ms.append(latency)
                        if status != 200:
                            result.errors += 1
                            continue
                        key = (student.session_key, path)
                        if seq_value > result.acknowledged.get(key, (0, ""))[0]:
                            result.acknowledged[key] = (seq_value, label)
                if think_s:
                    time.sleep(think_s)
        for connection in connections:
            connection.close()

    started = time.perf_counter()
    workers = [
        threading.Thread(target=student_loop, args=(index, student))
        for index, student in enumerate(students)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=600)
    result.seconds = time.perf_counter() - started
    return result


class GunicornServer:
    """gunicorn with several worker processes on a free loopback port."""

    def __init__(self, *, env: dict[str, str], workers: int = 2) -> None:
        import socket

        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.env = env
        self.workers = workers
        self.process = None

    def __enter__(self) -> "GunicornServer":
        import subprocess
        import sys
        from pathlib import Path

        self.process = subprocess.Popen(  # noqa: S603 -- fixed arguments
            [
                sys.executable,
                "-m",
                "gunicorn",
                "quizapp.wsgi",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                str(self.workers),
                "--log-level",
                "warning",
            ],
            cwd=Path(__file__).resolve().parent.parent,
            env=self.env,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                connection = http.client.HTTPConnection(
                    "127.0.0.1", self.port, timeout=2
                )
                connection.request("GET", "/join/")
                if connection.getresponse().status == 200:
                    connection.close()
                    return self
            except OSError:
                time.sleep(0.2)
        self.__exit__(None, None, None)
        raise RuntimeError("gunicorn did not start within 60 s")

    def __exit__(self, *exc_info) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except Exception:
                self.process.kill()


def database_url(settings_dict: dict) -> str:
    """A DATABASE_URL for the database Django is connected to (the test one)."""
    if settings_dict["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{settings_dict['NAME']}"
    user = settings_dict.get("USER") or "postgres"
    host = settings_dict.get("HOST") or "127.0.0.1"
    port = settings_dict.get("PORT") or 5432
    return f"postgres://{user}@{host}:{port}/{settings_dict['NAME']}"
