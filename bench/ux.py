"""What a student and a teacher see, measured in a real browser (Debian's
Chromium) on the demo's live-blog lesson: 42 sentences, 30 to label.

    ux_student_page_px_390        the labeling page's height at 390 px (cards)
    ux_clicks_join_to_first_label clicks from the typed code and nickname to a
                                  saved first label
    ux_key_review_px_1280         a 42-sentence draft key's review page height
    ux_report_first_screen_facts  headline facts within the report's first
                                  800 px at 1280 px

Heights are document.documentElement.scrollHeight in CSS pixels."""

import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.request

from bench.common import CHROMIUM, CHROMIUM_FLAGS, PROJECT, free_port, script

PHONE = {"width": 390, "height": 844}
LAPTOP = {"width": 1280, "height": 800}
FIRST_SCREEN_PX = 800
# Each headline fact of the report (templates/teacher/_report_headline.html).
FACT = ".headline-facts > .fact"


def bench_ux() -> dict[str, float]:
    from playwright.sync_api import sync_playwright

    workdir = tempfile.mkdtemp(prefix="newsroom-ux-")
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{workdir}/ux.sqlite3",
        "DJANGO_ENV": "development",
    }
    env.pop("REDIS_URL", None)
    lesson = json.loads(script("ux_fixture.py", env))
    port = free_port()
    server = subprocess.Popen(  # noqa: S603 -- our own manage.py
        [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
        cwd=PROJECT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_for(f"{base}/healthz")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=CHROMIUM, args=CHROMIUM_FLAGS
            )
            figures = _student(browser, base, lesson) | _teacher(browser, base, lesson)
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=10)
    print(
        f"ux: student page {figures['ux_student_page_px_390']} px at 390, "
        f"{figures['ux_clicks_join_to_first_label']} clicks to a first label; "
        f"key review {figures['ux_key_review_px_1280']} px at 1280; "
        f"{figures['ux_report_first_screen_facts']} report facts on the first screen"
    )
    return figures


def _wait_for(url: str, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2):  # noqa: S310 -- loopback
                return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def _height(page) -> int:
    return page.evaluate("document.documentElement.scrollHeight")


def _student(browser, base: str, lesson: dict) -> dict[str, float]:
    page = browser.new_context(viewport=PHONE).new_page()
    page.goto(f"{base}/join/")
    page.get_by_label("Class code").fill(lesson["join_code"])
    page.get_by_label("Nickname").fill("Bench reader")
    clicks = 1
    page.get_by_role("button", name="Join").click()
    page.wait_for_load_state()
    if page.locator("input[type=radio]").count() == 0:
        # On the list of assignments: open the one there is.
        clicks += 1
        page.locator("main a[href*='/assignments/']").first.click()
        page.wait_for_load_state()
    height = _height(page)
    choice = page.locator("label:has(input[type=radio])").first
    with page.expect_response(lambda response: "/answer/" in response.url) as saved:
        clicks += 1
        choice.click()
    assert saved.value.ok, saved.value.status  # noqa: S101 -- the label was saved
    return {
        "ux_student_page_px_390": height,
        "ux_clicks_join_to_first_label": clicks,
    }


def _teacher(browser, base: str, lesson: dict) -> dict[str, float]:
    page = browser.new_context(viewport=LAPTOP).new_page()
    page.goto(f"{base}/accounts/login/")
    page.get_by_label("Username").fill(lesson["teacher"])
    page.get_by_label("Password").fill(lesson["password"])
    page.get_by_role("button", name="Log in").click()
    page.wait_for_load_state()
    page.goto(f"{base}/teach/articles/{lesson['draft_article_id']}/key/")
    key_review = _height(page)
    page.goto(f"{base}/teach/assignments/{lesson['report_assignment_id']}/report/")
    facts = page.evaluate(
        """([selector, limit]) => [...document.querySelectorAll(selector)]
            .filter((el) => el.getBoundingClientRect().bottom <= limit
                         && el.getBoundingClientRect().height > 0).length""",
        [FACT, FIRST_SCREEN_PX],
    )
    return {"ux_key_review_px_1280": key_review, "ux_report_first_screen_facts": facts}
