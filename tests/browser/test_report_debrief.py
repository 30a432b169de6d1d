"""The report, the projector debrief and grading in place, in a real browser:
what a teacher sees at a phone's and a laptop's width."""

import itertools

import pytest
from playwright.sync_api import expect

from articles.domain.labels import Label
from bench.roster import bulk_attempts, bulk_students
from quizapp.models import Answer
from quizapp.services.attempts import answer_save, attempt_submit
from tests.browser.helpers import log_in
from tests.factories import AnswerKeyFactory, AssignmentFactory, AttemptFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

S, U, E = Label.SOURCED_CLAIM, Label.UNVERIFIED_ASSERTION, Label.EDITORIAL_APPEAL
SENTENCES = 40
STUDENTS = 150


def big_lesson():
    """40 asked sentences, 150 students, every second one submitted."""
    text = "Ferry fares rise\n\n" + " ".join(
        f"Sentence number {n} says the council reported a change to route {n}."
        for n in range(1, SENTENCES)
    )
    key = AnswerKeyFactory(article__text=text, entries=[S, U, E])
    assignment = AssignmentFactory(
        exercise__answer_key=key, exercise__title="Long ferry lesson"
    )
    roster = bulk_students(assignment.classroom, STUDENTS, code_prefix="BIG")
    attempts = bulk_attempts(
        [assignment],
        roster,
        lambda n, done: (n % 10, SENTENCES) if done else (None, None),
    )
    segments = list(key.article.segments.order_by("position"))
    labels = itertools.cycle([S, U, E, U])
    Answer.objects.bulk_create(
        Answer(attempt=attempt, segment=segment, label=next(labels), seq=1)
        for attempt in attempts
        for segment in segments[: 30 if attempt.is_submitted else 5]
    )
    return assignment


def test_a_big_class_report_fits_the_screen_with_facts_first(
    live_server, page, assert_accessible
):
    assignment = big_lesson()
    log_in(page, live_server, assignment.classroom.teacher)
    url = f"{live_server.url}/teach/assignments/{assignment.pk}/report/"

    for width, height in [(1280, 800), (390, 844)]:
        page.set_viewport_size({"width": width, "height": height})
        page.goto(url)
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        facts = page.locator(".headline-facts .fact")
        expect(facts).to_have_count(5)
        if width == 1280:
            above_the_fold = [
                box["y"] + box["height"] <= height
                for box in (facts.nth(i).bounding_box() for i in range(5))
            ]
            assert sum(above_the_fold) >= 4
        # The grid scrolls inside its box; the names stay in view.
        grid = page.locator(".answer-grid-scroll")
        assert grid.evaluate("el => el.scrollWidth > el.clientWidth")
        name = page.locator(".answer-grid tbody th").first
        before = name.bounding_box()["x"]
        grid.evaluate("el => { el.scrollLeft = 400; }")
        assert abs(name.bounding_box()["x"] - before) < 1
        expect(page.locator(".answer-grid tbody tr")).to_have_count(STUDENTS)
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(url)
    assert_accessible(page)
    page.get_by_role("link", name="Include students still working").click()
    expect(page.get_by_text("The class figures include 75 students")).to_be_visible()


def lesson_with_one_answer():
    attempt = AttemptFactory(
        student__nickname="Kit", assignment__exercise__title="Ferry timetable"
    )
    article = attempt.assignment.exercise.article
    for seq, (position, label) in enumerate([(2, U), (3, U), (4, E)], start=1):
        answer_save(
            attempt=attempt,
            segment=article.segments.get(position=position),
            label=label,
            seq=seq,
        )
    return attempt_submit(attempt=attempt)


def test_the_debrief_shows_one_sentence_at_a_time_and_the_answer_on_space(
    live_server, page, assert_accessible
):
    attempt = lesson_with_one_answer()
    log_in(page, live_server, attempt.assignment.classroom.teacher)
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(f"{live_server.url}/teach/assignments/{attempt.assignment_id}/debrief/")

    slides = page.locator("[data-slide]")
    expect(slides.nth(0)).to_be_visible()
    expect(slides.nth(1)).to_be_hidden()
    expect(page.get_by_text("Kit")).to_have_count(0)
    expect(page.locator("[data-position]")).to_have_text("1 of 4")
    first_key = slides.nth(0).locator(".debrief-key")
    expect(first_key).to_be_hidden()
    size = page.evaluate(
        "parseFloat(getComputedStyle(document.querySelector('main')).fontSize)"
    )
    assert size >= 28
    assert_accessible(page)

    page.keyboard.press("ArrowRight")
    expect(slides.nth(0)).to_be_hidden()
    expect(slides.nth(1)).to_be_visible()
    expect(page.locator("[data-position]")).to_have_text("2 of 4")
    expect(slides.nth(1).locator(".debrief-key")).to_be_hidden()
    page.keyboard.press("Space")
    expect(slides.nth(1).locator(".debrief-key")).to_be_visible()
    page.keyboard.press("ArrowLeft")
    expect(slides.nth(0)).to_be_visible()
    page.get_by_role("button", name="Next").click()
    expect(slides.nth(1)).to_be_visible()
    assert_accessible(page)
    page.set_viewport_size({"width": 390, "height": 844})
    assert page.evaluate("document.documentElement.scrollWidth") <= 390


def test_a_mark_saves_in_place_without_reloading(live_server, page, assert_accessible):
    attempt = lesson_with_one_answer()
    log_in(page, live_server, attempt.assignment.classroom.teacher)
    page.goto(f"{live_server.url}/teach/attempts/{attempt.pk}/")
    segment = attempt.assignment.exercise.article.segments.get(position=2)
    page.evaluate("window.notReloaded = true")

    page.locator(f"#mark-{segment.pk}").select_option("right")

    expect(page.locator(f"#mark-status-{segment.pk}")).to_contain_text("Saved")
    expect(page.locator(f"#verdict-{segment.pk}")).to_contain_text("(your mark)")
    assert page.evaluate("window.notReloaded === true")
    expect(page.locator("#attempt-score-line")).to_contain_text("75%")
    assert_accessible(page)
