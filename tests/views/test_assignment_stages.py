"""What a teacher sees on an assignment page in each stage: only the
actions that fit it, the primary one first and styled so."""

import re
from datetime import timedelta

import pytest
from pytest_django.asserts import assertContains, assertNotContains

from django.test import Client
from django.urls import reverse
from django.utils import timezone

from tests.factories import AssignmentFactory, StudentFactory

ACTIONS = {
    "Close now": "close",
    "Release results to students": "release",
    "Report: what the class understood": "report",
    "Debrief on the projector": "debrief",
    "Open again for the class": "reopen",
}


def page(assignment):
    client = Client()
    client.force_login(assignment.classroom.teacher)
    return client.get(reverse("quizapp:assignment-detail", args=[assignment.pk]))


def actions(response) -> list[tuple[str, bool]]:
    """The stage's actions in page order, each with whether it looks primary."""
    html = response.content.decode()
    section = html.split('class="stage-actions"', 1)[1].split("</section>", 1)[0]
    found = []
    for match in re.finditer(r"<(button|a)\b([^>]*)>\s*([^<]+?)\s*<", section):
        name = ACTIONS.get(match[3])
        if name:
            found.append((name, "secondary" not in match[2]))
    return found


def now():
    return timezone.now()


@pytest.mark.django_db
def test_an_open_assignment_whose_results_show_on_submit_offers_no_release():
    response = page(AssignmentFactory(feedback_policy="immediate"))

    assert actions(response) == [
        ("close", True),
        ("report", False),
        ("debrief", False),
    ]
    assertContains(response, "● Open")
    assertContains(response, "sees their results as soon as they submit")


@pytest.mark.django_db
def test_a_closed_assignment_with_results_held_puts_release_first():
    response = page(AssignmentFactory(feedback_policy="on_release", closed_at=now()))

    assert actions(response) == [
        ("release", True),
        ("report", False),
        ("debrief", False),
        ("reopen", False),
    ]
    assertContains(response, "■ Closed")
    assertContains(response, "held back until you release them")


@pytest.mark.django_db
def test_once_results_are_released_the_report_leads_and_release_is_gone():
    response = page(
        AssignmentFactory(
            feedback_policy="on_release",
            closed_at=now(),
            feedback_released_at=now(),
        )
    )

    assert actions(response) == [
        ("report", True),
        ("debrief", False),
        ("reopen", False),
    ]
    assertContains(response, "Results released")
    assertNotContains(response, "Release results to students")


@pytest.mark.django_db
def test_an_assignment_not_open_yet_says_when_and_offers_nothing_to_run():
    response = page(AssignmentFactory(opens_at=now() + timedelta(days=1)))

    assert actions(response) == []
    assertContains(response, "◷ Not open yet")
    assertContains(response, "Nothing to do until it opens.")


@pytest.mark.django_db
def test_the_assignment_page_leads_back_and_says_a_nickname_opens_grading():
    assignment = AssignmentFactory(classroom__name="Year 9")
    StudentFactory(classroom=assignment.classroom, nickname="Ana")

    response = page(assignment)

    assertContains(response, 'class="breadcrumb"')
    class_url = reverse("quizapp:classroom-detail", args=[assignment.classroom_id])
    assertContains(response, f'<a href="{class_url}">Year 9</a>', html=True)
    assertContains(response, "Open a nickname to see their answers")


@pytest.mark.django_db
def test_an_assignment_in_an_empty_class_says_what_to_do():
    response = page(AssignmentFactory())

    assertContains(response, "Nobody has joined this class yet.")
    assertContains(
        response,
        reverse(
            "quizapp:classroom-join-sheet",
            args=[response.context["assignment"].classroom_id],
        ),
    )
