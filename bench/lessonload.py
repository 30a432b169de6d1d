"""A whole lesson over HTTP, for the load and fault tests and `make bench`.

Students of several classes join at the same moment (code and nickname),
open the assignment, label every sentence with a think time before each
click, and submit. Like the real page (autosave.js) a save or submit that
fails on the network or with a 5xx is retried with the same seq after a
back-off, so a crashed worker or a dropped database connection costs time,
not answers. Afterwards the database is checked against what the server
acknowledged. Loopback only; every loop is bounded.
"""

import asyncio
import random
import re
import threading
import time
from dataclasses import dataclass, field
from urllib.parse import urlencode

CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
WORK_LINK = re.compile(r'href="(/me/assignments/(\d+)/)"')
SAVE_URL = re.compile(r'hx-post="(/me/assignments/\d+/segments/(\d+)/answer/)"')
LABELS = ["sourced_claim", "unverified_assertion", "editorial_appeal"]
RETRIED_STATUSES = {0, 500, 502, 503, 504}
MAX_TRIES = 10
REQUEST_TIMEOUT_S = 30


@dataclass
class LessonResult:
    joined: int = 0
    latencies_ms: list[float] = field(default_factory=list)
    # The same, split: joining (join page, join, home, assignment page),
    # saving and submitting.
    phase_ms: dict[str, list[float]] = field(
        default_factory=lambda: {"join": [], "save": [], "submit": []}
    )
    # Every answer that was not a success, retried or not (a network error
    # counts as status 0).
    errors: int = 0
    retries: int = 0
    # Saves or submits still failing after every retry.
    gave_up: int = 0
    # (nickname, segment id) -> (seq, label) the server acknowledged.
    acknowledged: dict[tuple[str, int], tuple[int, str]] = field(default_factory=dict)
    submitted: set[str] = field(default_factory=set)
    seconds: float = 0.0

    def percentile_ms(self, share: float, phase: str = "") -> float:
        timings = self.phase_ms[phase] if phase else self.latencies_ms
        if not timings:
            return 0.0
        ordered = sorted(timings)
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


class _Browser:
    """One student's cookies and CSRF token, over raw HTTP/1.1 requests."""

    def __init__(self, port: int, result: LessonResult) -> None:
        self.port = port
        self.result = result
        self.phase = "join"
        self.cookies: dict[str, str] = {}
        self.csrf = ""

    async def request(
        self, method: str, path: str, form: dict | None = None, htmx: bool = False
    ) -> tuple[int, str, str]:
        """(status or 0 on a network error, Location header, body)."""
        body = urlencode(form or {}, doseq=True).encode()
        cookie = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        head = [
            f"{method} {path} HTTP/1.1",
            f"Host: 127.0.0.1:{self.port}",
            "Connection: close",
        ]
        if cookie:
            head.append(f"Cookie: {cookie}")
        if method == "POST":
            head += [
                "Content-Type: application/x-www-form-urlencoded",
                f"Content-Length: {len(body)}",
                f"X-CSRFToken: {self.csrf}",
            ]
        if htmx:
            head.append("HX-Request: true")
        started = time.perf_counter()
        try:
            raw = await asyncio.wait_for(
                self._exchange(("\r\n".join(head) + "\r\n\r\n").encode() + body),
                timeout=REQUEST_TIMEOUT_S,
            )
        except (OSError, TimeoutError, asyncio.IncompleteReadError):
            raw = b""
        elapsed_ms = (time.perf_counter() - started) * 1000
        self.result.latencies_ms.append(elapsed_ms)
        self.result.phase_ms[self.phase].append(elapsed_ms)
        return self._parse(raw)

    async def _exchange(self, request: bytes) -> bytes:
        reader, writer = await asyncio.open_connection("127.0.0.1", self.port)
        try:
            writer.write(request)
            return await reader.read()  # to the end: the server closes
        finally:
            writer.close()

    def _parse(self, raw: bytes) -> tuple[int, str, str]:
        head, _, body = raw.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        try:
            status = int(lines[0].split()[1])
        except (IndexError, ValueError):
            return 0, "", ""
        location = ""
        for line in lines[1:]:
            name, _, value = line.partition(":")
            if name.lower() == "set-cookie":
                cookie_name, _, rest = value.strip().partition("=")
                self.cookies[cookie_name] = rest.split(";", 1)[0]
            elif name.lower() == "location":
                location = value.strip()
        text = body.decode("utf-8", "replace")
        if match := CSRF_INPUT.search(text):
            self.csrf = match.group(1)
        return status, location, text

    async def retried_post(self, path: str, form: dict, *, htmx: bool) -> int:
        """POST until it succeeds, as the page's script does; final status."""
        for attempt in range(MAX_TRIES):
            status, _, _ = await self.request("POST", path, form, htmx=htmx)
            if status in {200, 302}:
                return status
            self.result.errors += 1
            if status not in RETRIED_STATUSES:
                break
            self.result.retries += 1
            await asyncio.sleep(min(0.25 * 2**attempt, 4.0))
        self.result.gave_up += 1
        return status


async def _student(
    port: int,
    code: str,
    nickname: str,
    think_s: tuple[float, float],
    start: asyncio.Event,
    result: LessonResult,
    chooser: random.Random,
) -> None:
    browser = _Browser(port, result)
    await browser.request("GET", f"/join/?code={code}")
    await start.wait()  # everyone joins at the same moment
    status = await browser.retried_post(
        "/join/",
        {"code": code, "nickname": nickname, "csrfmiddlewaretoken": browser.csrf},
        htmx=False,
    )
    if status != 302:
        return
    result.joined += 1
    _, _, home = await browser.request("GET", "/me/")
    link = WORK_LINK.search(home)
    if link is None:
        result.errors += 1
        return
    work_path = link.group(1)
    _, _, page = await browser.request("GET", work_path)
    saves = SAVE_URL.findall(page)
    browser.phase = "save"
    for number, (save_path, segment_id) in enumerate(saves, start=1):
        await asyncio.sleep(chooser.uniform(*think_s))
        label = LABELS[(number + len(nickname)) % len(LABELS)]
        status = await browser.retried_post(
            save_path, {"label": label, "seq": number}, htmx=True
        )
        if status == 200:
            result.acknowledged[(nickname, int(segment_id))] = (number, label)
    browser.phase = "submit"
    status = await browser.retried_post(
        f"{work_path}submit/", {"confirm": "yes"}, htmx=False
    )
    if status == 302:
        result.submitted.add(nickname)


def run_lesson(
    *,
    port: int,
    join_codes: list[str],
    students_per_class: int,
    think_s: tuple[float, float],
    timeout_s: float = 900,
    result: LessonResult | None = None,
) -> LessonResult:
    """Run the lesson; pass `result` to watch it fill from another thread."""
    result = result or LessonResult()

    async def lesson() -> None:
        start = asyncio.Event()
        chooser = random.Random(7)  # noqa: S311 - think times, not secrets
        students = [
            _student(
                port,
                code,
                f"S{class_number}-{number}",
                think_s,
                start,
                result,
                random.Random(chooser.random()),  # noqa: S311
            )
            for class_number, code in enumerate(join_codes)
            for number in range(students_per_class)
        ]
        tasks = [asyncio.ensure_future(student) for student in students]
        await asyncio.sleep(0.5)  # every join page is open
        started = time.perf_counter()
        start.set()
        await asyncio.gather(*tasks)
        result.seconds = time.perf_counter() - started

    failure: list[BaseException] = []

    def run() -> None:
        try:
            asyncio.run(asyncio.wait_for(lesson(), timeout=timeout_s))
        except BaseException as error:  # handed to the caller below
            failure.append(error)

    # Its own thread: the caller's may run an event loop already (Playwright).
    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    if failure:
        raise failure[0]
    return result


def run_lesson_on_gunicorn(
    env: dict[str, str],
    *,
    join_codes: list[str],
    students_per_class: int,
    sentences: int,
    think_s: tuple[float, float],
    fault=None,
    timeout_s: float = 900,
) -> LessonResult:
    """Run the lesson against gunicorn with 4 workers started with `env`;
    once a quarter of the answers are saved, call `fault(server)` (a worker
    killed, connections cut...)."""
    from bench.loadtest import GunicornServer

    result = LessonResult()
    with GunicornServer(env=env, workers=4) as server:
        lesson = threading.Thread(
            target=run_lesson,
            kwargs={
                "port": server.port,
                "join_codes": join_codes,
                "students_per_class": students_per_class,
                "think_s": think_s,
                "timeout_s": timeout_s,
                "result": result,
            },
        )
        lesson.start()
        if fault is not None:
            quarter = len(join_codes) * students_per_class * sentences // 4
            deadline = time.monotonic() + timeout_s
            while len(result.acknowledged) < quarter and lesson.is_alive():
                if time.monotonic() > deadline:
                    break
                time.sleep(0.02)
            fault(server)
        lesson.join(timeout_s)
    return result


# The database side (Django ORM): set-up and checks ------------------------


def prepare_lesson(*, classes: int, sentences: int) -> list[str]:
    """A teacher, an approved key of `sentences` sentences and one assigned
    class per join code; returns the join codes."""
    from django.contrib.auth import get_user_model

    from articles.domain.labels import Label
    from quizapp.demo.keys import long_demo_key
    from quizapp.services.assignments import assignment_create, exercise_create
    from quizapp.services.classrooms import classroom_create

    teacher = get_user_model().objects.create_user(f"lesson-{time.time_ns()}")
    key = long_demo_key(
        teacher=teacher,
        title="Lesson",
        sentences=sentences,
        asked_label=Label.SOURCED_CLAIM,
    )
    exercise = exercise_create(answer_key=key, title="Lesson", created_by=teacher)
    codes = []
    for number in range(classes):
        classroom = classroom_create(teacher=teacher, name=f"Lesson class {number}")
        assignment_create(exercise=exercise, classroom=classroom)
        codes.append(classroom.join_code)
    return codes


@dataclass(frozen=True)
class LessonCheck:
    lost_answers: int  # acknowledged, then missing or older in the database
    submissions_missing: int
    submissions_duplicated: int


def check_lesson(result: LessonResult, join_codes: list[str]) -> LessonCheck:
    from django.db.models import Count

    from quizapp.models import Answer, Attempt

    stored = {
        (nickname, segment_id): (seq, label)
        for nickname, segment_id, seq, label in Answer.objects.filter(
            attempt__student__classroom__join_code__in=join_codes
        ).values_list("attempt__student__nickname", "segment_id", "seq", "label")
    }
    lost = sum(
        1 for key, saved in result.acknowledged.items() if stored.get(key) != saved
    )
    attempts = Attempt.objects.filter(assignment__classroom__join_code__in=join_codes)
    submitted = set(
        attempts.filter(status=Attempt.Status.SUBMITTED).values_list(
            "student__nickname", flat=True
        )
    )
    duplicated = (
        attempts.values("student_id", "assignment_id")
        .annotate(copies=Count("pk"))
        .filter(copies__gt=1)
        .count()
    )
    return LessonCheck(
        lost_answers=lost,
        submissions_missing=len(result.submitted - submitted),
        submissions_duplicated=duplicated,
    )
