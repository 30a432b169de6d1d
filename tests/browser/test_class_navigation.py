"""A teacher's way round a class in a real browser, on a phone and a laptop:
each assignment's Report, Debrief, Grade and Export from the class page,
the roster that fills with the live table, an assignment page whose first
action fits its stage, a pasted article's details found, axe-clean pages
and no horizontal scroll."""

import pytest
from playwright.sync_api import expect

from django.utils import timezone

from quizapp.services.students import student_join
from tests.browser.helpers import log_in
from tests.factories import AssignmentFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SIZES = [(390, 844), (1280, 800)]


def no_horizontal_scroll(page) -> None:
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= page.viewport_size["width"], page.url


@pytest.mark.parametrize(("width", "height"), SIZES, ids=["phone", "laptop"])
def test_from_the_class_page_every_assignment_leads_on(
    live_server, page, assert_accessible, width, height
):
    page.set_viewport_size({"width": width, "height": height})
    assignment = AssignmentFactory(
        exercise__title="Ferry timetable",
        classroom__name="Year 9",
        feedback_policy="on_release",
        closed_at=timezone.now(),
    )
    student_join(classroom=assignment.classroom, nickname="Ana")
    log_in(page, live_server, assignment.classroom.teacher)

    page.get_by_role("link", name="Year 9").first.click()
    row = page.locator(f"#assignment-{assignment.pk}")
    for name in ("Report", "Debrief", "Grade", "Export"):
        expect(row.get_by_role("link", name=f"{name} Ferry timetable")).to_be_visible()
    expect(row.get_by_text("■ Closed")).to_be_visible()
    assert_accessible(page)
    no_horizontal_scroll(page)

    row.get_by_role("link", name="Grade Ferry timetable").click()
    expect(page.get_by_role("heading", name="Students")).to_be_in_viewport()
    # Closed with results held back: releasing them is the first, primary
    # action, in reach without scrolling.
    page.evaluate("window.scrollTo(0, 0)")
    release = page.get_by_role("button", name="Release results to students")
    expect(release).to_be_in_viewport()
    assert "secondary" not in (release.get_attribute("class") or "")
    assert_accessible(page)
    no_horizontal_scroll(page)

    release.click()
    expect(page.get_by_text("Results released:")).to_be_visible()
    expect(
        page.get_by_role("button", name="Release results to students")
    ).to_have_count(0)
    report = page.get_by_role("link", name="Report: what the class understood")
    expect(report).to_have_class("button")
    page.get_by_role("link", name="Year 9").click()
    expect(page.get_by_role("heading", name="Year 9")).to_be_visible()


def test_a_student_who_joins_appears_in_the_table_and_the_roster_together(
    live_server, page
):
    assignment = AssignmentFactory(classroom__name="Year 9")
    log_in(page, live_server, assignment.classroom.teacher)
    page.goto(f"{live_server.url}/teach/classes/{assignment.classroom_id}/")
    expect(page.get_by_text("Nobody has joined yet: show them")).to_be_visible()

    student_join(classroom=assignment.classroom, nickname="Ana")

    roster = page.locator("#roster")
    # The next refresh (every 10 seconds) brings both.
    expect(roster.get_by_role("rowheader", name="Ana")).to_be_visible(timeout=15_000)
    expect(
        page.locator(".progress-table").get_by_role("link", name="Ana")
    ).to_be_visible()
    expect(page.get_by_text("Nobody has joined yet")).to_have_count(0)


@pytest.mark.parametrize(("width", "height"), SIZES, ids=["phone", "laptop"])
def test_a_pasted_article_arrives_with_its_details_filled_in(
    live_server, page, assert_accessible, teacher, width, height
):
    page.set_viewport_size({"width": width, "height": height})
    log_in(page, live_server, teacher)
    page.goto(f"{live_server.url}/teach/articles/new/")
    page.get_by_label("Article text").fill(
        "Ferry vote splits the island\n\nBy Ana Ortiz, Island Gazette\n\n"
        "Published 27 December 2024, 10:01\n\n"
        "The council will vote on Monday, the mayor said."
    )
    page.get_by_role("button", name="Preview").click()

    expect(page.get_by_label("Byline")).to_have_value("Ana Ortiz")
    expect(page.get_by_label("Outlet")).to_have_value("Island Gazette")
    expect(page.get_by_label("Published on")).to_have_value("2024-12-27")
    expect(page.get_by_text("Found in the text and filled in")).to_be_visible()
    assert_accessible(page)
    no_horizontal_scroll(page)
