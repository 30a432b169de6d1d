"""The teacher's class, assignment and grading pages in a real browser, with axe."""

import pytest
from playwright.sync_api import expect

from articles.domain.labels import Label
from quizapp.services.attempts import answer_save, attempt_submit
from tests.browser.helpers import log_in
from tests.factories import AttemptFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_class_assignment_and_grading_pages_work_and_pass_axe(
    live_server, page, assert_accessible
):
    attempt = AttemptFactory(
        student__nickname="Kit", assignment__exercise__title="Ferry timetable"
    )
    segment = attempt.assignment.exercise.article.segments.get(position=2)
    answer_save(attempt=attempt, segment=segment, label=Label.SOURCED_CLAIM, seq=1)
    attempt_submit(attempt=attempt)
    log_in(page, live_server, attempt.assignment.classroom.teacher)

    page.get_by_role("link", name=attempt.assignment.classroom.name).first.click()
    assert_accessible(page)
    page.get_by_role("link", name="Show the join page with a QR code").click()
    expect(page.get_by_role("img", name="QR code")).to_be_visible()
    assert_accessible(page)
    page.go_back()
    page.get_by_role("link", name="Ferry timetable").first.click()
    expect(page.get_by_role("heading", name="Ferry timetable")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("link", name="Kit").click()
    expect(page.get_by_role("heading", name="Kit: Ferry timetable")).to_be_visible()
    assert_accessible(page)

    page.get_by_label("Score (%)").fill("95")
    page.get_by_role("button", name="Save the score").click()

    expect(page.get_by_text("score 95% (set by you)")).to_be_visible()


def test_report_debrief_profile_and_sourcing_pages_pass_axe(
    live_server, page, assert_accessible
):
    attempt = AttemptFactory(
        student__nickname="Kit", assignment__exercise__title="Ferry timetable"
    )
    article = attempt.assignment.exercise.article
    for seq, (position, label) in enumerate(
        [(2, Label.UNVERIFIED_ASSERTION), (3, Label.UNVERIFIED_ASSERTION)], start=1
    ):
        answer_save(
            attempt=attempt,
            segment=article.segments.get(position=position),
            label=label,
            seq=seq,
        )
    attempt_submit(attempt=attempt)
    log_in(page, live_server, attempt.assignment.classroom.teacher)
    page.get_by_role("link", name=attempt.assignment.classroom.name).first.click()

    # The class page: a student's name opens their profile.
    page.get_by_role("link", name="Kit").click()
    expect(page.get_by_role("heading", name="Kit", exact=True)).to_be_visible()
    expect(page.get_by_text("Sourced claim: 0 of 1 right")).to_be_visible()
    assert_accessible(page)
    page.go_back()

    # The report, and a matrix cell chosen from the keyboard.
    page.get_by_role("link", name="Ferry timetable").first.click()
    page.get_by_role("link", name="Report: what the class understood").click()
    expect(page.get_by_role("heading", name="Report: Ferry timetable")).to_be_visible()
    assert_accessible(page)
    cell = page.get_by_role(
        "link", name="key Sourced claim, answered Unverified assertion"
    )
    cell.focus()
    page.keyboard.press("Enter")
    expect(page.locator("#matrix-detail")).to_contain_text(
        "Kit: The harbour board said the new timetable starts in April."
    )
    assert_accessible(page)

    # The debrief: no names; a sentence opened from the keyboard shows the key.
    page.get_by_role("link", name="Debrief on the projector").click()
    expect(page.get_by_text("Kit")).to_have_count(0)
    page.locator("summary").first.focus()
    page.keyboard.press("Enter")
    expect(page.get_by_text("Key:").first).to_be_visible()
    assert_accessible(page)

    # The article's sourcing profile.
    page.goto(f"{live_server.url}/teach/articles/{article.pk}/sourcing/")
    expect(page.get_by_role("heading", name="How")).to_be_visible()
    assert_accessible(page)

    # Every one of them fits a phone's width without scrolling sideways.
    page.set_viewport_size({"width": 360, "height": 740})
    assignment = attempt.assignment
    for path in [
        f"/teach/assignments/{assignment.pk}/report/",
        f"/teach/assignments/{assignment.pk}/debrief/",
        f"/teach/students/{attempt.student_id}/",
        f"/teach/articles/{article.pk}/sourcing/",
    ]:
        page.goto(f"{live_server.url}{path}")
        assert page.evaluate("document.documentElement.scrollWidth") <= 360, path
