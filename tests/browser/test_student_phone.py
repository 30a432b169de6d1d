"""The student's labeling page as a pupil sees it on a phone (390 x 844) and a
laptop (1280 x 800): the first sentence on the first screen, the choices in one
row of thumb-sized targets, Submit always in reach, the keyboard help only
where a keyboard is in use, the reading view, long articles."""

import pytest
from playwright.sync_api import expect

from articles.services import (
    answer_key_accept_remaining,
    answer_key_approve,
    article_create,
)
from quizapp.demo.articles import STORM_LIVE
from quizapp.management.commands.seed_demo import Command as SeedDemo
from quizapp.models import Answer
from quizapp.services.assignments import assignment_create, exercise_create
from quizapp.services.classrooms import classroom_create
from tests.factories import UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {
    "viewport": {"width": 390, "height": 844},
    "is_mobile": True,
    "has_touch": True,
    "device_scale_factor": 1,
}
LAPTOP = {"viewport": {"width": 1280, "height": 800}}
CARDS_PAGE_MAX_PX = 4_500  # the target for the 30-sentence live blog


def live_blog_lesson(title="Live blogs: storm coverage"):
    """The demo's live blog (30 sentences to label) assigned to a new class."""
    teacher = UserFactory()
    article = SeedDemo()._article(STORM_LIVE, teacher)
    classroom = classroom_create(teacher=teacher, name="Year 9")
    exercise = exercise_create(
        answer_key=article.answer_keys.get(), title=title, created_by=teacher
    )
    return assignment_create(exercise=exercise, classroom=classroom)


def long_lesson(sentences=200):
    """An article of `sentences` sentences, one of them 600 characters long."""
    teacher = UserFactory()
    long_sentence = (
        "The council said "
        + "the repairs to the harbour wall, the ferry ramp and the old pier " * 9
    )[:595].rstrip() + " end."
    paragraphs = [
        " ".join(
            f"The harbour board said timetable {number} starts in April."
            for number in range(start, start + 5)
        )
        for start in range(0, sentences - 1, 5)
    ]
    paragraphs.insert(1, long_sentence)
    article = article_create(
        title="A long day at the harbour",
        text="\n\n".join(paragraphs),
        uploaded_by=teacher,
    )
    key = article.answer_keys.get()
    answer_key_accept_remaining(answer_key=key)
    key = answer_key_approve(answer_key=key, approved_by=teacher)
    classroom = classroom_create(teacher=teacher, name="Year 9")
    exercise = exercise_create(answer_key=key, title="Long", created_by=teacher)
    return assignment_create(exercise=exercise, classroom=classroom)


def join(page, live_server, assignment, nickname="Kit"):
    """Join with the code and a nickname: the one assignment opens at once."""
    page.goto(f"{live_server.url}/join/?code={assignment.classroom.join_code}")
    page.get_by_label("Nickname").fill(nickname)
    page.get_by_role("button", name="Join").click()
    expect(
        page.get_by_role("heading", name=assignment.exercise.title, level=1)
    ).to_be_visible()
    # The heading shows while a long page is still streaming in; measure the
    # page only once all of it has arrived.
    page.wait_for_load_state("load")


def no_horizontal_scroll(page) -> bool:
    return page.evaluate(
        "document.documentElement.scrollWidth <= document.documentElement.clientWidth"
    )


def test_on_a_phone_the_first_sentence_and_submit_are_on_the_first_screen(
    live_server, browser, assert_accessible
):
    assignment = live_blog_lesson()
    page = browser.new_context(**PHONE).new_page()
    join(page, live_server, assignment)

    first = page.locator("form.sentence").first
    box = first.bounding_box()
    assert box["y"] + box["height"] <= 844, "the first sentence card is below the fold"
    submit = page.get_by_role("button", name="Submit my answers")
    expect(submit).to_be_in_viewport()
    expect(page.get_by_text("0 of 30 sentences labeled")).to_be_in_viewport()
    expect(page.get_by_text("What do the labels mean?")).to_be_in_viewport()
    expect(page.locator("#keyboard-help")).to_be_hidden()
    # The three choices: one row, equal widths, at least 44 px tall.
    choices = [
        first.get_by_role("radio", name=name).locator("xpath=..").bounding_box()
        for name in ["Sourced claim", "Unverified assertion", "Editorial appeal"]
    ]
    assert len({round(choice["y"]) for choice in choices}) == 1
    assert all(choice["height"] >= 44 for choice in choices)
    assert max(c["width"] for c in choices) - min(c["width"] for c in choices) < 2
    expect(first.get_by_text("Unverified", exact=True)).to_be_visible()
    height = page.evaluate("document.documentElement.scrollHeight")
    print(f"\nlabeling page, 30 sentences at 390 px: {height} px")  # noqa: T201
    assert height <= CARDS_PAGE_MAX_PX
    assert no_horizontal_scroll(page)
    assert_accessible(page)

    # Submit stays in reach further down, and the legend opens in the bar.
    page.locator("form.sentence").nth(15).scroll_into_view_if_needed()
    expect(submit).to_be_in_viewport()
    page.get_by_text("What do the labels mean?").click()
    expect(page.get_by_text("Says who said it")).to_be_visible()
    assert_accessible(page)


def test_a_tap_marks_the_choice_with_a_tick_and_next_unlabeled_moves_on(
    live_server, browser
):
    assignment = live_blog_lesson()
    page = browser.new_context(**PHONE).new_page()
    join(page, live_server, assignment)
    forms = page.locator("form.sentence")

    forms.first.get_by_role("radio", name="Unverified assertion").tap()
    expect(forms.first.get_by_role("status")).to_have_text(
        "Saved: Unverified assertion"
    )
    chosen = forms.first.locator(".choice", has=page.locator("input:checked"))
    assert "✓" in chosen.evaluate("el => getComputedStyle(el, '::before').content")
    expect(page.get_by_text("1 of 30 sentences labeled")).to_be_visible()

    page.get_by_role("link", name="Next unlabeled").tap()
    expect(forms.nth(1)).to_be_focused()
    expect(forms.nth(1)).to_be_in_viewport()
    forms.nth(1).get_by_role("radio", name="Sourced claim").tap()
    page.get_by_role("link", name="Next unlabeled").tap()
    expect(forms.nth(2)).to_be_focused()


def test_the_reading_view_saves_a_label_that_survives_a_reload(
    live_server, browser, assert_accessible
):
    assignment = live_blog_lesson()
    page = browser.new_context(**PHONE).new_page()
    join(page, live_server, assignment)
    headline = STORM_LIVE.title

    page.get_by_role("button", name="Read as text").tap()
    expect(page.locator("form.sentence").first).to_be_hidden()
    sentence = page.get_by_role("button", name=headline)
    sentence.tap()
    expect(sentence).to_have_attribute("aria-expanded", "true")
    panel = page.locator("#read-panel")
    assert_accessible(page)
    panel.get_by_role("radio", name="Unverified assertion").tap()
    expect(panel.get_by_role("status")).to_have_text("Saved: Unverified assertion")
    expect(sentence.locator(".read-mark")).to_have_text("U")
    assert no_horizontal_scroll(page)

    page.reload()
    expect(page.get_by_role("button", name="Read as text")).to_have_attribute(
        "aria-pressed", "true"
    )
    expect(page.get_by_role("button", name=headline)).to_contain_text(
        "Unverified assertion"
    )
    assert Answer.objects.get().label == "unverified_assertion"

    # Back to the cards: the same answer, checked, and the form in its place.
    page.get_by_role("button", name="Cards").tap()
    expect(
        page.locator("form.sentence").first.get_by_role(
            "radio", name="Unverified assertion"
        )
    ).to_be_checked()


def test_the_reading_view_works_from_the_keyboard(live_server, browser):
    assignment = live_blog_lesson()
    page = browser.new_context(**LAPTOP).new_page()
    join(page, live_server, assignment)
    expect(page.locator("#keyboard-help")).to_be_visible()

    page.get_by_role("button", name="Read as text").click()
    first = page.locator(".read-sentence").first
    first.focus()
    page.keyboard.press("Enter")
    panel = page.locator("#read-panel")
    expect(panel.get_by_role("radio", name="Sourced claim")).to_be_focused()
    page.keyboard.press("ArrowRight")  # the next radio: unverified
    expect(panel.get_by_role("status")).to_have_text("Saved: Unverified assertion")
    page.keyboard.press("Escape")
    expect(first).to_be_focused()
    expect(panel).to_have_count(0)
    page.keyboard.press("ArrowDown")
    page.keyboard.press("3")  # label without opening
    second = page.locator(".read-sentence").nth(1)
    expect(second.locator(".read-mark")).to_have_text("A")
    expect(page.get_by_text("2 of 30 sentences labeled")).to_be_visible(timeout=10_000)


def test_on_a_laptop_submit_and_the_keyboard_help_show_without_scrolling(
    live_server, browser, assert_accessible
):
    assignment = live_blog_lesson()
    page = browser.new_context(**LAPTOP).new_page()
    join(page, live_server, assignment)

    expect(page.get_by_role("button", name="Submit my answers")).to_be_in_viewport()
    expect(page.locator("#keyboard-help")).to_be_in_viewport()
    expect(page.locator("form.sentence").first).to_be_in_viewport()
    expect(
        page.locator("form.sentence").first.get_by_text("Unverified assertion")
    ).to_be_visible()
    assert no_horizontal_scroll(page)
    assert_accessible(page)


def test_on_a_phone_the_keyboard_help_appears_once_a_key_is_pressed(
    live_server, browser
):
    assignment = live_blog_lesson()
    page = browser.new_context(**PHONE).new_page()
    join(page, live_server, assignment)
    expect(page.locator("#keyboard-help")).to_be_hidden()

    page.keyboard.press("Tab")

    expect(page.locator("#keyboard-help")).to_be_visible()


@pytest.mark.parametrize("context", [PHONE, LAPTOP], ids=["390", "1280"])
def test_a_200_sentence_article_with_a_600_character_sentence_stays_usable(
    live_server, browser, context
):
    assignment = long_lesson()
    page = browser.new_context(**context).new_page()
    join(page, live_server, assignment)

    expect(page.locator("form.sentence").nth(189)).to_be_attached()
    assert no_horizontal_scroll(page)
    long_card = page.locator("form.sentence", has_text="the old pier").first
    assert long_card.bounding_box()["width"] <= context["viewport"]["width"]
    page.get_by_role("button", name="Read as text").click()
    assert no_horizontal_scroll(page)
    last = page.locator(".read-sentence").last
    last.scroll_into_view_if_needed()
    last.click()
    page.locator("#read-panel").get_by_role("radio", name="Sourced claim").click()
    expect(page.locator("#read-panel").get_by_role("status")).to_have_text(
        "Saved: Sourced claim"
    )
    expect(page.get_by_role("button", name="Submit my answers")).to_be_in_viewport()
