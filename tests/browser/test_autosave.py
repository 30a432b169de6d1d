"""Autosave in a real browser: keyboard use, a lost connection, a reload."""

import pytest
from playwright.sync_api import expect

from articles.domain.labels import Label
from quizapp.models import Answer
from tests.factories import AssignmentFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SOURCED_SENTENCE = "The harbour board said the new timetable starts in April."
VAGUE_SENTENCE = "Some residents believe the change was rushed."
# These tests cut the connection on purpose: the browser logs each failed
# save and htmx logs its send error, which is what the retry answers.
OFFLINE_SAVES = pytest.mark.allow_console(
    r"/answer/: Failed to load resource: net::ERR_(INTERNET_DISCONNECTED|FAILED)",
    r"htmx-2\.min\.js: htmx:(sendError|afterRequest), ",
    reason="saves are sent while offline, and retried",
)


def open_the_labeling_page(page, live_server) -> None:
    """As a student new to a class with one assignment: join, and it opens."""
    assignment = AssignmentFactory(exercise__title="Ferry timetable")
    page.goto(f"{live_server.url}/join/?code={assignment.classroom.join_code}")
    page.get_by_label("Nickname").fill("Kit")
    page.get_by_role("button", name="Join").click()
    expect(page.get_by_role("heading", name="Ferry timetable", level=1)).to_be_visible()


@OFFLINE_SAVES
def test_a_label_saved_while_offline_is_retried_and_survives_a_reload(
    live_server, page, assert_accessible
):
    open_the_labeling_page(page, live_server)
    group = page.get_by_role("group", name=VAGUE_SENTENCE)
    status = group.locator("xpath=..").get_by_role("status")

    # Keyboard only: Tab into the radio group, arrows choose a label.
    group.get_by_role("radio", name="Sourced claim").focus()
    page.keyboard.press("ArrowRight")
    expect(status).to_have_text("Saved: Unverified assertion")

    page.context.set_offline(True)
    group.get_by_role("radio", name="Editorial appeal").check()
    expect(status).to_have_text("Not saved — retrying…")
    assert_accessible(page)
    page.context.set_offline(False)
    expect(status).to_have_text("Saved: Editorial appeal", timeout=10_000)

    page.reload()
    expect(
        page.get_by_role("group", name=VAGUE_SENTENCE).get_by_role(
            "radio", name="Editorial appeal"
        )
    ).to_be_checked()
    assert Answer.objects.get().label == Label.EDITORIAL_APPEAL


def test_a_choice_made_before_the_scripts_ran_is_saved_once_they_run(live_server, page):
    """A slow phone: the sentences show while the autosave script is still
    on its way, and the student taps one."""
    open_the_labeling_page(page, live_server)
    held = []

    def hold(route):  # the script does not arrive yet
        held.append(route)

    page.route("**/autosave.js", hold)
    page.reload(wait_until="commit")
    group = page.get_by_role("group", name=VAGUE_SENTENCE)
    group.get_by_role("radio", name="Unverified assertion").check()
    for _ in range(50):  # the route handler runs while Playwright waits
        if held:
            break
        page.wait_for_timeout(100)
    assert held, "the page asked for its autosave script"
    assert not Answer.objects.exists()  # nothing could be sent yet

    held[0].continue_()
    status = group.locator("xpath=..").get_by_role("status")
    expect(status).to_have_text("Saved: Unverified assertion")
    assert Answer.objects.get().label == Label.UNVERIFIED_ASSERTION


def test_fast_clicks_leave_the_last_label_stored(live_server, page):
    open_the_labeling_page(page, live_server)
    group = page.get_by_role("group", name=SOURCED_SENTENCE)

    for label in ["Editorial appeal", "Unverified assertion", "Sourced claim"] * 3:
        group.get_by_role("radio", name=label).check()
    expect(group.locator("xpath=..").get_by_role("status")).to_have_text(
        "Saved: Sourced claim"
    )

    assert Answer.objects.get().label == Label.SOURCED_CLAIM


@OFFLINE_SAVES
def test_a_whole_article_labeled_by_keyboard_through_a_dropped_connection(
    live_server, page, assert_accessible
):
    open_the_labeling_page(page, live_server)
    forms = page.locator("form[data-autosave]")
    expect(forms).to_have_count(4)
    keys = ["2", "1", "2", "3"]  # the key's labels for the four asked sentences

    forms.first.focus()
    for number, key in enumerate(keys):
        if number == 2:
            page.context.set_offline(True)
        page.keyboard.press(key)
        page.keyboard.press("Enter")  # save again and move on
    # While offline the last two choices cannot have reached the server.
    assert Answer.objects.count() <= 2
    assert_accessible(page)
    page.context.set_offline(False)
    expect(page.locator(".save-status .saved")).to_have_count(4, timeout=15_000)

    page.reload()
    expect(page.get_by_text("4 of 4 sentences labeled")).to_be_visible()
    stored = dict(
        Answer.objects.order_by("segment__position").values_list(
            "segment__position", "label"
        )
    )
    assert list(stored.values()) == [
        "unverified_assertion",
        "sourced_claim",
        "unverified_assertion",
        "editorial_appeal",
    ]


@OFFLINE_SAVES
def test_a_choice_made_offline_in_a_closed_tab_is_sent_on_the_next_visit(
    live_server, page
):
    open_the_labeling_page(page, live_server)
    work_url = page.url
    group = page.get_by_role("group", name=VAGUE_SENTENCE)

    # Saves fail (as on a dead connection) until the tab has been left.
    page.route("**/answer/", lambda route: route.abort())
    group.get_by_role("radio", name="Editorial appeal").check()
    expect(group.locator("xpath=..").get_by_role("status")).to_have_text(
        "Not saved — retrying…"
    )
    page.goto("about:blank")
    page.unroute("**/answer/")
    assert not Answer.objects.exists()
    page.goto(work_url)

    expect(
        page.get_by_role("group", name=VAGUE_SENTENCE)
        .locator("xpath=..")
        .get_by_role("status")
    ).to_have_text("Saved: Editorial appeal")
    assert Answer.objects.get().label == Label.EDITORIAL_APPEAL
