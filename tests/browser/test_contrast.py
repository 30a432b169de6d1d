"""The footer's high-contrast switch: it darkens the palette, says whether
it is on, is remembered on the device, and the page stays accessible."""

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def ink(page) -> str:
    return page.evaluate(
        "getComputedStyle(document.documentElement).getPropertyValue('--ink').trim()"
    )


def test_the_high_contrast_switch_is_kept_across_pages(
    page, live_server, assert_accessible
):
    page.goto(f"{live_server.url}/join/")
    switch = page.get_by_role("button", name="High contrast")
    expect(switch).to_have_attribute("aria-pressed", "false")
    normal = ink(page)

    switch.click()

    expect(switch).to_have_attribute("aria-pressed", "true")
    assert ink(page) == "#000000" != normal
    assert_accessible(page)
    page.goto(f"{live_server.url}/accounts/login/")
    expect(page.get_by_role("button", name="High contrast")).to_have_attribute(
        "aria-pressed", "true"
    )
    assert ink(page) == "#000000"

    page.get_by_role("button", name="High contrast").click()

    assert ink(page) == normal


def test_a_system_asking_for_more_contrast_gets_it_until_the_reader_chooses(
    browser, live_server
):
    context = browser.new_context(contrast="more")
    page = context.new_page()
    page.goto(f"{live_server.url}/join/")

    expect(page.get_by_role("button", name="High contrast")).to_have_attribute(
        "aria-pressed", "true"
    )
    assert ink(page) == "#000000"
    context.close()
