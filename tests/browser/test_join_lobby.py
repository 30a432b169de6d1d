"""The join lobby in two real browsers: a pupil's second nickname waits, the
teacher's class page shows it without a reload, and letting it in moves the
pupil's page on by itself."""

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import log_in
from tests.factories import AssignmentFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def join(page, live_server, nickname: str) -> None:
    page.goto(f"{live_server.url}/join/?code=FERRY7")
    page.get_by_label("Nickname").fill(nickname)
    page.get_by_role("button", name="Join").click()


def test_a_second_nickname_waits_until_the_teacher_lets_it_in(
    live_server, browser, page, assert_accessible
):
    classroom = AssignmentFactory(classroom__join_code="FERRY7").classroom
    pupil = browser.new_context().new_page()
    join(pupil, live_server, "Alice")
    expect(pupil.get_by_text("Welcome, Alice!")).to_be_visible()
    log_in(page, live_server, classroom.teacher)
    page.goto(f"{live_server.url}/teach/classes/{classroom.pk}/")

    join(pupil, live_server, "Bob")

    expect(
        pupil.get_by_role("heading", name="Waiting for your teacher")
    ).to_be_visible()
    assert_accessible(pupil)
    # The class page's waiting list refreshes every 10 s on its own.
    waiting = page.get_by_role("region", name="Waiting to be let in (1)")
    expect(waiting).to_be_visible(timeout=15_000)
    expect(waiting.get_by_text("same device as Alice")).to_be_visible()
    assert_accessible(page)
    waiting.get_by_role("button", name="Let in Bob").click()
    expect(page.get_by_text("Bob is in.")).to_be_visible()
    expect(page.get_by_text("same device as Alice")).to_be_visible()

    expect(pupil.get_by_text("Your teacher let you in. Welcome, Bob!")).to_be_visible(
        timeout=10_000
    )
