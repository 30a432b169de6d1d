"""Drive the real autosave endpoint from many simulated students at once.

Used by a multi-process test (small, correctness only) and by `make bench`
(large, with figures). Loopback only; every loop is bounded in count.
"""

import asyncio
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


def _save_request(
    port: int, path: str, student: StudentSession, seq: int, label: str
) -> bytes:
    body = urlencode({"label": label, "seq": seq}).encode()
    head = (
        f"POST {path} HTTP/1.1\r\n"
        f"Host: 127.0.0.1:{port}\r\n"
        f"Cookie: sessionid={student.session_key}; csrftoken={student.csrf_token}\r\n"
        f"X-CSRFToken: {student.csrf_token}\r\n"
        "HX-Request: true\r\n"
        "Content-Type: application/x-www-form-urlencoded\r\n"
        f"Content-Length: {len(body)}\r\n"
        # One request per connection, as gunicorn's sync workers serve them.
        "Connection: close\r\n\r\n"
    )
    return head.encode() + body


async def _post(port: int, request: bytes) -> tuple[int, float]:
    """Send one request; (HTTP status or 0 on a network error, milliseconds)."""
    started = time.perf_counter()
    try:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            writer.write(request)
            status_line = await reader.readline()
            await reader.read()  # to the end: the server closes
        finally:
            writer.close()
        status = int(status_line.split()[1])
    except (OSError, IndexError, ValueError):
        status = 0
    return status, (time.perf_counter() - started) * 1000


def run_load(
    *,
    port: int,
    students: list[StudentSession],
    labels: list[str],
    rounds: int,
    overlap: int = 1,
    think_s: float = 0.0,
    timeout_s: float = 600,
) -> LoadResult:
    """Every student starts at the same moment and saves each sentence
    `rounds` times, pausing `think_s` between saves; with `overlap` > 1 each
    save goes out as that many concurrent requests whose seq numbers arrive
    out of order, as double clicks and retries do.

    One asyncio loop drives all students: a thread per student would cost
    the client more CPU than the server it measures."""
    outcome: list[LoadResult | BaseException] = []

    def run() -> None:
        try:
            outcome.append(
                asyncio.run(
                    asyncio.wait_for(
                        _run_load(port, students, labels, rounds, overlap, think_s),
                        timeout=timeout_s,
                    )
                )
            )
        except BaseException as error:  # handed to the caller below
            outcome.append(error)

    # A thread of its own: the caller's thread may already run an event loop
    # (Playwright's sync API leaves one in pytest's), and asyncio.run refuses
    # to start inside another.
    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    return outcome[0]


async def _run_load(
    port: int,
    students: list[StudentSession],
    labels: list[str],
    rounds: int,
    overlap: int,
    think_s: float,
) -> LoadResult:
    result = LoadResult()

    async def student_loop(index: int, student: StudentSession) -> None:
        seq = 0
        for round_number in range(rounds):
            for path in student.save_paths:
                batch = []
                for copy in range(overlap):
                    seq += 1
                    label = labels[(index + round_number + copy + seq) % len(labels)]
                    batch.append((seq, label))
                # The newest of the overlapping saves goes out first.
                batch.reverse()
                outcomes = await asyncio.gather(
                    *(
                        _post(port, _save_request(port, path, student, *seq_label))
                        for seq_label in batch
                    )
                )
                for (seq_value, label), (status, latency) in zip(
                    batch, outcomes, strict=True
                ):
                    result.latencies_ms.append(latency)
                    if status != 200:
                        result.errors += 1
                        continue
                    key = (student.session_key, path)
                    if seq_value > result.acknowledged.get(key, (0, ""))[0]:
                        result.acknowledged[key] = (seq_value, label)
                if think_s:
                    await asyncio.sleep(think_s)

    started = time.perf_counter()
    await asyncio.gather(
        *(student_loop(index, student) for index, student in enumerate(students))
    )
    result.seconds = time.perf_counter() - started
    return result


class GunicornServer:
    """gunicorn with several worker processes on a free loopback port."""

    def __init__(self, *, env: dict[str, str], workers: int = 2) -> None:
        from bench.common import free_port

        self.port = free_port()
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
