"""The browser console stays quiet: no CSP violation, error or warning on the
main pages, on a stale form's refusal, or in the admin. The autouse
console_watch fixture (conftest.py) does the failing; these tests make sure
the pages it must cover are visited."""

import re

import pytest
from playwright.sync_api import expect

from articles.services import article_create
from quizapp.models import Student
from tests.browser.helpers import log_in
from tests.browser.test_key_review import PARAGRAPHS
from tests.factories import AdminFactory, AttemptFactory, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Refusing a stale form is right; Chromium logs the refusal's 403 status
# itself, so only that message is expected, never a CSP violation.
STALE_FORM = pytest.mark.allow_console(
    r"Failed to load resource: the server responded with a status of 403",
    reason="the test sends a form whose CSRF token no longer matches",
)


def drop_csrf_cookie(context) -> None:
    """As after logging in again in another tab: the page's token is stale."""
    kept = [cookie for cookie in context.cookies() if cookie["name"] != "csrftoken"]
    context.clear_cookies()
    context.add_cookies(kept)


def open_a_key_review_with_a_stale_token(page, live_server) -> None:
    """A teacher's draft key for "Ferry timetable", its page loaded, and then
    the CSRF cookie dropped so the page's forms no longer match."""
    teacher = UserFactory()
    article = article_create(
        title="Ferry timetable", text="\n\n".join(PARAGRAPHS), uploaded_by=teacher
    )
    log_in(page, live_server, teacher)
    page.goto(f"{live_server.url}/teach/articles/{article.pk}/key/")
    drop_csrf_cookie(page.context)


def test_the_watch_catches_a_csp_violation_an_uncaught_error_and_a_warning(
    live_server, page, console_watch
):
    page.goto(f"{live_server.url}/")
    with page.expect_event("pageerror"):
        page.evaluate(
            """() => {
                document.body.setAttribute("style", "color: red");
                console.warn("a warning");
                setTimeout(() => { throw new Error("uncaught"); });
            }"""
        )

    with pytest.raises(pytest.fail.Exception) as failure:
        console_watch.assert_quiet()
    console_watch.messages.clear()  # expected here: this test is about the watch
    report = str(failure.value)
    assert "securitypolicyviolation: style-src-attr blocked inline" in report
    assert "Applying inline style violates" in report
    assert "console.warning on" in report
    assert "pageerror on" in report


def test_the_main_teacher_and_student_pages_log_nothing(live_server, browser):
    attempt = AttemptFactory(
        student__nickname="Kit", assignment__exercise__title="Ferry timetable"
    )
    assignment = attempt.assignment
    teacher = assignment.classroom.teacher
    draft = article_create(
        title="Harbour draft", text="\n\n".join(PARAGRAPHS), uploaded_by=teacher
    )
    teacher_page = browser.new_context().new_page()
    log_in(teacher_page, live_server, teacher)

    # The key review, reached as a teacher would, with a label saved by htmx.
    teacher_page.get_by_role("link", name="Teaching").click()
    teacher_page.get_by_role("link", name="Harbour draft").first.click()
    # A click does not wait for the page's scripts: a choice made before htmx
    # binds the form is not sent (this failed under load). Wait for "load".
    teacher_page.wait_for_url(re.compile(r"/teach/articles/\d+/key/"))
    sentence = teacher_page.locator("form.sentence").nth(2)
    sentence.get_by_role("radio", name="Editorial appeal").check()
    expect(sentence.get_by_role("status")).to_contain_text("Saved: Editorial appeal")
    for path in [
        f"/teach/articles/{draft.pk}/key/?order=unsure",
        f"/teach/articles/{assignment.exercise.article_id}/key/",
        f"/teach/classes/{assignment.classroom_id}/",
        f"/teach/assignments/{assignment.pk}/",
        f"/teach/assignments/{assignment.pk}/report/",
        f"/teach/assignments/{assignment.pk}/debrief/",
    ]:
        teacher_page.goto(f"{live_server.url}{path}")
        expect(teacher_page.locator("h1")).to_be_visible()

    student = Student.objects.get(pk=attempt.student_id)
    student_page = browser.new_context().new_page()
    student_page.goto(f"{live_server.url}/rejoin/")
    student_page.get_by_label("Rejoin code").fill(student.rejoin_code)
    student_page.get_by_role("button", name="Rejoin").click()
    student_page.get_by_role("link", name="Ferry timetable").click()
    group = student_page.get_by_role("group").first
    group.get_by_role("radio", name="Sourced claim").check()
    expect(group.locator("xpath=..").get_by_role("status")).to_contain_text("Saved")


@STALE_FORM
def test_a_stale_form_on_the_key_review_page_is_refused_without_inline_style(
    live_server, page
):
    open_a_key_review_with_a_stale_token(page, live_server)

    page.get_by_role("button", name="Approve the key").click()

    expect(page.get_by_role("heading", name="This form had expired")).to_be_visible()


@STALE_FORM
@pytest.mark.allow_console(
    r"Response Status Error Code 403 from /teach/articles/",
    reason="htmx logs the refused save; the page itself must stay as it was",
)
def test_a_refused_save_in_debug_mode_leaves_the_key_review_page_alone(
    live_server, page, settings
):
    # With DEBUG on, django-htmx's helper used to write Django's error page
    # (inline <style>) over this one.
    settings.DEBUG = True
    open_a_key_review_with_a_stale_token(page, live_server)

    with page.expect_response(lambda response: response.status == 403):
        page.locator("form.sentence").first.get_by_role("radio").nth(2).check()

    expect(
        page.get_by_role("heading", name="Answer key: Ferry timetable")
    ).to_be_visible()


def test_admin_pages_name_their_icon(live_server, page):
    log_in(page, live_server, AdminFactory())
    for path in ["/admin/", "/admin/articles/article/", "/admin/auth/user/add/"]:
        page.goto(f"{live_server.url}{path}")
        # Without it the browser asks for /favicon.ico: a 404 in the console.
        expect(page.locator("link[rel=icon]")).to_have_count(1)
