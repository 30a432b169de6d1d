"""The report as a teacher reads it: headline facts in plain words, the
student x sentence grid, work in progress left out until asked for, and an
empty state that says what to do."""

import re

import pytest
from pytest_django.asserts import assertContains, assertNotContains

from django.urls import reverse

from tests.factories import AssignmentFactory, StudentFactory
from tests.views.report_lesson import make_lesson, report_url, teacher_client


@pytest.fixture
def lesson(db):
    return make_lesson()


def section(page: str, marker: str) -> str:
    return page.split(marker)[1].split("</section>")[0]


@pytest.mark.django_db
def test_the_headline_gives_the_facts_in_plain_words(client, lesson):
    page = teacher_client(client, lesson).get(report_url(lesson)).content.decode()
    headline = section(page, 'class="headline"')

    for fact in [
        "Class average",
        "88%",
        "of 2 submitted attempts",
        "2 of 4",
        "Most missed sentence",
        "“The harbour board said the new timetable starts in April.”",
        "Sentence 2: 1 of 2 right",
        "most chose Unverified assertion",
        "Most common mix-up",
        "Telling sources apart",
    ]:
        assert fact in headline, fact
    # Jargon only as the term behind a plain name.
    for jargon in ["hit rate", "false alarm"]:
        assert jargon not in headline.lower()


@pytest.mark.django_db
def test_students_still_working_are_left_out_until_the_teacher_includes_them(
    client, lesson
):
    teacher = teacher_client(client, lesson)

    default = teacher.get(report_url(lesson))
    included = teacher.get(report_url(lesson), {"working": "1"})

    assertContains(default, "1 student still working is left out of the class")
    assertContains(default, "?working=1#working-note")
    assertContains(default, "No mix-up made more than once")
    assertContains(included, "The class figures include 1 student still working")
    assertContains(included, "Often calls sourced claims unverified")
    assertContains(included, "2 of 3 answers on sourced claims")


def grid_rows(page: str) -> dict[str, str]:
    grid = page.split('class="answer-grid"')[1].split("</table>")[0]
    rows = {}
    for row in grid.split("<tr>")[2:]:
        name = re.sub(r"<[^>]+>", "", row.split("</th>")[0]).strip()
        rows[name] = "".join(re.findall(r'class="mark mark-\w+">(.)</td>', row))
        if "Not started" in row:
            rows[name] = "Not started"
    return rows


@pytest.mark.django_db
def test_the_grid_marks_each_answer_with_a_symbol_and_links_to_grading(client, lesson):
    page = teacher_client(client, lesson).get(report_url(lesson)).content.decode()

    assert grid_rows(page) == {
        "Ada": "✓✓✓✓",
        "Bea": "✓✗✓✓",
        "Cy": "–✗✗–",
        "Dot": "Not started",
    }
    bea = lesson.attempts.get(student__nickname="Bea")
    assert reverse("quizapp:attempt-review", args=[bea.pk]) in page
    assert "A nickname opens that student" in page
    assert '<td class="mark mark-wrong">✗</td>' in page


@pytest.mark.django_db
def test_blanks_are_counted_as_students_on_every_sentence(client, lesson):
    response = teacher_client(client, lesson).get(report_url(lesson), {"working": "1"})

    assertContains(response, "1 student left it blank", count=2)


@pytest.mark.django_db
def test_an_assignment_nobody_submitted_says_what_to_do_and_shows_no_tables(client):
    assignment = AssignmentFactory()
    StudentFactory(classroom=assignment.classroom, nickname="Eli")

    response = teacher_client(client, assignment).get(report_url(assignment))

    assertContains(response, "Nobody has submitted this yet")
    assertContains(response, assignment.classroom.join_code)
    assertContains(
        response, reverse("quizapp:classroom-detail", args=[assignment.classroom.pk])
    )
    assertNotContains(response, "<table")


@pytest.mark.django_db
def test_the_report_has_a_breadcrumb_back_to_the_class_and_assignment(client, lesson):
    response = teacher_client(client, lesson).get(report_url(lesson))
    crumb = response.content.decode().split('class="breadcrumb"')[1].split("</p>")[0]

    assert reverse("quizapp:classroom-detail", args=[lesson.classroom.pk]) in crumb
    assert reverse("quizapp:assignment-detail", args=[lesson.pk]) in crumb
    assert 'aria-current="page">Report<' in crumb


@pytest.mark.django_db
def test_the_debrief_is_one_slide_per_sentence_most_missed_first_without_names(
    client, lesson
):
    teacher = teacher_client(client, lesson)
    url = reverse("quizapp:assignment-debrief", args=[lesson.pk])

    missed_first = teacher.get(url).content.decode()
    article_order = teacher.get(url, {"order": "article"}).content.decode()

    assert missed_first.count("data-slide") == 4
    first = missed_first.split("data-slide")[1]
    assert "Sentence 2 · 1 of 4" in first
    assert "The harbour board said" in first
    assert "Sentence 1 · 1 of 4" in article_order.split("data-slide")[1]
    assert 'class="layout-projector"' in missed_first
    for nickname in ["Ada", "Bea", "Cy", "Dot"]:
        assert nickname not in missed_first
    # The key sits behind "Show answer" until revealed.
    assert first.index("Show answer") < first.index("Key:")
