"""Hostile text everywhere a user can put text, shown in a real browser with
the CSP switched off: only escaping stands between the payload and a script.
No dialog may open, and each payload must show as the text it is."""

import pytest
from playwright.sync_api import expect

from articles.domain.labels import Label
from articles.models import Segment
from quizapp.services.attempts import answer_save, attempt_submit
from quizapp.services.grading import attempt_score_override, mark_override_set
from tests.browser.helpers import log_in
from tests.factories import AttemptFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCRIPT = "<script>alert('script')</script>"
IMAGE = "<img src=x onerror=\"alert('img')\">"
BREAKOUT = "\"'><svg onload=alert('svg')>"
ARTICLE_TEXT = (
    f"Harbour board {SCRIPT} approves timetable\n"
    f"By Lena {IMAGE}\n\n"
    f"The harbour board said the timetable starts in April {BREAKOUT}. "
    "Some residents believe the change was rushed. "
    "Isn't it time the town finally had a say?"
)


@pytest.fixture
def hostile_attempt():
    attempt = AttemptFactory(
        student__nickname=f"Kit{IMAGE}"[:40],
        assignment__classroom__name=f"Form {BREAKOUT}",
        assignment__exercise__title=f"Ferry {SCRIPT}",
        assignment__exercise__answer_key__article__title=f"Ferry {IMAGE}",
        assignment__exercise__answer_key__article__text=ARTICLE_TEXT,
    )
    segment = Segment.objects.get(
        article=attempt.assignment.exercise.article, position=2
    )
    answer_save(attempt=attempt, segment=segment, label=Label.SOURCED_CLAIM, seq=1)
    attempt_submit(attempt=attempt)
    teacher = attempt.assignment.classroom.teacher
    mark_override_set(
        attempt=attempt,
        segment=segment,
        is_correct=False,
        comment=f"Look again {SCRIPT}",
        set_by=teacher,
    )
    attempt_score_override(attempt=attempt, percent=50, comment=f"Note {BREAKOUT}")
    return attempt


def test_no_payload_runs_on_any_teacher_or_student_page(
    live_server, browser, hostile_attempt
):
    context = browser.new_context(bypass_csp=True)
    page = context.new_page()
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    attempt = hostile_attempt
    assignment = attempt.assignment
    article = assignment.exercise.article
    log_in(page, live_server, assignment.classroom.teacher)
    teacher_pages = [
        "/teach/",
        f"/teach/classes/{assignment.classroom_id}/",
        f"/teach/assignments/{assignment.pk}/",
        f"/teach/attempts/{attempt.pk}/",
        f"/teach/assignments/{assignment.pk}/report/",
        f"/teach/assignments/{assignment.pk}/debrief/",
        f"/teach/students/{attempt.student_id}/",
        f"/teach/articles/{article.pk}/key/",
        f"/teach/articles/{article.pk}/sourcing/",
    ]
    for path in teacher_pages:
        response = page.goto(f"{live_server.url}{path}")
        assert response.status == 200, path

    page.goto(f"{live_server.url}/teach/attempts/{attempt.pk}/")
    # Comments come back in their edit boxes: escaped inside the attribute.
    expect(page.locator("input[value^='Look again']")).to_have_value(
        f"Look again {SCRIPT}"
    )
    expect(
        page.get_by_role("textbox", name="Comment for the student (optional)")
    ).to_have_value(f"Note {BREAKOUT}")
    page.goto(f"{live_server.url}/teach/classes/{assignment.classroom_id}/")
    expect(page.get_by_role("heading", name=f"Form {BREAKOUT}")).to_be_visible()
    page.goto(f"{live_server.url}/teach/articles/{article.pk}/key/")
    expect(
        page.get_by_role("heading", name=f"Answer key: Ferry {IMAGE}")
    ).to_be_visible()
    expect(page.get_by_text(f"Harbour board {SCRIPT} approves")).to_be_visible()

    # The student's own pages.
    context.clear_cookies()
    page.goto(f"{live_server.url}/rejoin/")
    page.get_by_label("Rejoin code").fill(attempt.student.rejoin_code)
    page.get_by_role("button", name="Rejoin").click()
    expect(page.get_by_text(f"Ferry {SCRIPT}").first).to_be_visible()
    page.get_by_role("link", name=f"Ferry {SCRIPT}").click()
    expect(page.get_by_text(f"April {BREAKOUT}", exact=False).first).to_be_visible()

    assert dialogs == []
    context.close()
