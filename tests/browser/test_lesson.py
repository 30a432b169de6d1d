"""The whole lesson in a real browser, teacher and student side by side, on a
phone (390x844) and a laptop (1280x800): on every page nothing scrolls
sideways and axe-core finds nothing serious; the student's first sentence is
on the first screen, and each page's primary action (key review's Approve,
the labeling page's Submit) is in view without scrolling."""

import re

import pytest
from playwright.sync_api import Page, expect

from tests.factories import TEST_PASSWORD, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ARTICLE_TEXT = (
    "Town hall to reopen after repairs\n"
    "By Omar Reyes\n\n"
    "Mayor Lina Ortiz said the building will reopen on 3 June. "
    "Insiders claim the repairs cost twice the budget. "
    "Isn't it time the council stopped wasting our money?"
)
KEY = [
    ("Town hall to reopen after repairs", "Unverified assertion"),
    ("By Omar Reyes", "None"),
    ("Mayor Lina Ortiz said the building will reopen on 3 June.", "Sourced claim"),
    ("Insiders claim the repairs cost twice the budget.", "Unverified assertion"),
    ("Isn't it time the council stopped wasting our money?", "Editorial appeal"),
]


def sentence(page: Page, text: str):
    """The form of one sentence, found by its legend as a person would."""
    return page.get_by_role("group", name=text)


KEYS = {
    "Sourced claim": "1",
    "Unverified assertion": "2",
    "Editorial appeal": "3",
    "None": "4",
}


VIEWPORTS = {
    "phone": {"width": 390, "height": 844},
    "laptop": {"width": 1280, "height": 800},
}


def assert_fits(page: Page) -> None:
    """Nothing wider than the screen: no sideways scrolling."""
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= page.viewport_size["width"], f"{page.url}: {width} px wide"


def assert_in_view(page: Page, locator) -> None:
    """Visible on the screen as it is, without scrolling."""
    expect(locator).to_be_visible()
    box = locator.bounding_box()
    assert box is not None
    assert box["y"] >= 0, f"{page.url}: above the screen"
    assert box["y"] + box["height"] <= page.viewport_size["height"], (
        f"{page.url}: below the first screen"
    )


def key_label(page: Page, text: str, label: str) -> None:
    """Set a key label from the keyboard, as the review screen allows."""
    # The keys work once the page's deferred scripts have run.
    page.wait_for_load_state("domcontentloaded")
    sentence_form = page.get_by_role("form", name=text)
    if not sentence_form.is_visible():
        # Page clutter waits in its own folded group.
        page.locator("#page-clutter > summary").click()
    sentence_form.focus()
    page.keyboard.press(KEYS[label])
    expect(sentence_form.get_by_role("status")).to_contain_text(f"Saved: {label}")


def label_sentence(page: Page, text: str, label: str) -> None:
    group = sentence(page, text)
    group.get_by_role("radio", name=label).check()
    expect(group.locator("xpath=..").get_by_role("status")).to_contain_text("Saved")


@pytest.mark.parametrize("screen", VIEWPORTS)
def test_teacher_prepares_a_lesson_and_a_student_completes_it(
    live_server, browser, assert_accessible, screen
):
    teacher_user = UserFactory(username="ms.hughes")
    teacher = browser.new_context(viewport=VIEWPORTS[screen]).new_page()
    student = browser.new_context(viewport=VIEWPORTS[screen]).new_page()

    # The teacher logs in and creates a class.
    teacher.goto(f"{live_server.url}/accounts/login/")
    assert_accessible(teacher)
    teacher.get_by_label("Username").fill(teacher_user.username)
    teacher.get_by_label("Password").fill(TEST_PASSWORD)
    teacher.get_by_role("button", name="Log in").click()
    expect(teacher.get_by_role("heading", name="Teaching", exact=True)).to_be_visible()
    assert_accessible(teacher)
    teacher.get_by_role("link", name="Create a class").click()
    assert_accessible(teacher)
    teacher.get_by_label("Class name").fill("Year 9 Media")
    teacher.get_by_role("button", name="Create the class").click()
    join_code = teacher.locator(".join-code").inner_text().strip()
    assert re.fullmatch(r"[A-Z0-9]{7}", join_code)
    assert_accessible(teacher)

    # ...pastes an article and sets the key by hand.
    teacher.get_by_role("link", name="Add an article").click()
    assert_accessible(teacher)
    teacher.get_by_label("Or paste the article text").fill(ARTICLE_TEXT)
    teacher.get_by_role("button", name="Preview").click()
    expect(teacher.get_by_role("heading", name="Preview: 5 sentences")).to_be_visible()
    teacher.get_by_label("Title").fill("Town hall to reopen")
    teacher.get_by_role("button", name="Save article").click()
    expect(teacher.get_by_text("split into 5 sentences")).to_be_visible()
    assert_accessible(teacher)
    assert_fits(teacher)
    assert_in_view(teacher, teacher.get_by_role("button", name="Approve the key"))
    for text, label in KEY:
        key_label(teacher, text, label)
    teacher.reload()
    expect(
        sentence(teacher, KEY[2][0]).get_by_role("radio", name="Sourced claim")
    ).to_be_checked()
    teacher.get_by_role("button", name="Approve the key").click()
    expect(teacher.get_by_text("Key version 1 approved")).to_be_visible()

    # ...makes an exercise and assigns it to the class.
    teacher.get_by_role("link", name="Make an exercise from this article").click()
    assert_accessible(teacher)
    teacher.get_by_label("Title").fill("Who says so? Town hall")
    teacher.get_by_role("button", name="Create the exercise").click()
    assert_accessible(teacher)
    teacher.get_by_label("Class", exact=True).select_option(label="Year 9 Media")
    teacher.get_by_role("button", name="Assign").click()
    expect(teacher.get_by_text("Assigned to Year 9 Media.")).to_be_visible()

    # The student joins with the code and a nickname.
    student.goto(f"{live_server.url}/")
    assert_accessible(student)
    student.get_by_label("Class code").fill(join_code.lower())
    student.get_by_label("Nickname").fill("Robin")
    student.get_by_role("button", name="Join").click()
    # The class's one open assignment opens at once.
    expect(student.get_by_text("Welcome, Robin!")).to_be_visible()
    expect(
        student.get_by_role("heading", name="Who says so? Town hall", level=1)
    ).to_be_visible()
    assert_accessible(student)
    assert_fits(student)
    assert_in_view(student, sentence(student, KEY[0][0]))
    assert_in_view(student, student.get_by_role("button", name="Submit my answers"))

    # ...labels every sentence (each click saved at once) and reloads.
    asked = [(text, label) for text, label in KEY if label != "None"]
    expect(student.get_by_text("0 of 4 sentences labeled")).to_be_visible()
    for text, label in asked[:-1]:
        label_sentence(student, text, label)
    label_sentence(student, asked[-1][0], "Sourced claim")  # a wrong answer
    expect(student.get_by_text("4 of 4 sentences labeled")).to_be_visible()
    student.reload()
    expect(
        sentence(student, asked[-1][0]).get_by_role("radio", name="Sourced claim")
    ).to_be_checked()

    # ...takes one label back with 0, then gives it again with the mouse.
    last = student.get_by_role("form", name=asked[-1][0])
    last.focus()
    student.keyboard.press("0")
    expect(last.get_by_role("status")).to_contain_text("Label cleared")
    expect(student.get_by_text("3 of 4 sentences labeled")).to_be_visible()
    label_sentence(student, asked[-1][0], "Sourced claim")
    expect(student.get_by_text("4 of 4 sentences labeled")).to_be_visible()

    # ...submits and sees the score and which answers were right.
    student.get_by_role("button", name="Submit my answers").click()
    expect(student.get_by_text("3 of 4")).to_be_visible()
    expect(student.get_by_text(re.compile(r"^✓ Right$"))).to_have_count(3)
    expect(student.get_by_text("The key says")).to_have_count(1)
    assert_accessible(student)
    assert_fits(student)

    # The teacher's progress table (the class page) shows the student's score.
    expect(teacher.get_by_role("heading", name="Year 9 Media")).to_be_visible()
    teacher.reload()
    row = teacher.get_by_role("row", name=re.compile("Robin"))
    expect(row.first).to_contain_text("Submitted · 75%")
    assert_accessible(teacher)
    assert_fits(teacher)
