"""Submitting an attempt: the score and which answers were right, blanks,
due times, double submits, feedback release and evidence marks."""

from datetime import timedelta

import pytest
from pytest_django.asserts import assertContains, assertNotContains

from django.urls import reverse
from django.utils import timezone

from articles.domain.labels import Label
from quizapp.models import Answer, Assignment, Attempt
from tests.conftest import sign_in_student
from tests.factories import AssignmentFactory, StudentFactory
from tests.views.labeling_pages import asked_segment, save_url, work_url

# Submitting with blank sentences asks once more; these tests have confirmed.
CONFIRMED = {"confirm": "yes"}


@pytest.mark.django_db
def test_submitting_shows_the_score_and_which_answers_were_right(
    student_client, assignment
):
    segment = asked_segment(assignment)
    student_client.post(save_url(assignment, segment), {"label": "sourced_claim"})
    vague = assignment.exercise.article.segments.get(position=3)
    student_client.post(save_url(assignment, vague), {"label": "sourced_claim"})

    response = student_client.post(
        reverse("quizapp:attempt-submit", args=[assignment.pk]),
        CONFIRMED,
        follow=True,
    )

    assertContains(response, "Submitted with 2 sentences left blank.")
    assertContains(response, "<strong>1 of 4 right</strong> (25 %)", html=True)
    assertContains(response, "You handed this in with 2 sentences blank")
    assertContains(response, "This one was hard.")
    assertNotContains(response, "Well done")
    assertContains(
        response,
        "You spotted 0 of 1 unverified assertions, and called one of them "
        "a sourced claim.",
    )
    assertContains(response, "Right</span>", count=1)
    assertContains(response, "The key says", count=1)


@pytest.mark.django_db
def test_a_full_and_right_submission_is_praised_and_says_nothing_is_blank(
    student_client, assignment
):
    key = assignment.exercise.answer_key
    for entry in key.entries.select_related("segment").exclude(label=Label.NONE):
        student_client.post(save_url(assignment, entry.segment), {"label": entry.label})

    response = student_client.post(
        reverse("quizapp:attempt-submit", args=[assignment.pk]), follow=True
    )

    assertContains(response, "Submitted with every sentence labeled.")
    assertContains(response, "<strong>4 of 4 right</strong> (100 %)", html=True)
    assertContains(response, "Excellent")
    assertNotContains(response, "blank")


@pytest.mark.django_db
def test_submitting_with_blank_sentences_lists_them_and_asks_again(
    student_client, assignment
):
    student_client.post(
        save_url(assignment, asked_segment(assignment)), {"label": "sourced_claim"}
    )

    response = student_client.post(
        reverse("quizapp:attempt-submit", args=[assignment.pk]), follow=True
    )

    assertContains(response, "3 sentences still have no label")
    assertContains(response, "Some residents believe the change was rushed.", count=2)
    assertContains(response, "Submit anyway")
    assert Attempt.objects.get().status == Attempt.Status.IN_PROGRESS


@pytest.mark.django_db
def test_the_key_of_a_sentence_left_blank_stays_hidden(student_client, assignment):
    """An empty attempt under a second nickname must not reveal the answers."""
    response = student_client.post(
        reverse("quizapp:attempt-submit", args=[assignment.pk]),
        CONFIRMED,
        follow=True,
    )

    assertContains(response, "<em>left blank</em>", count=4)
    assertContains(response, "Submitted with 4 sentences left blank.")
    assertNotContains(response, "The key says")
    assertNotContains(response, "Because of how sentence")


@pytest.mark.django_db
def test_after_the_due_time_answers_are_kept_but_can_no_longer_change(client):
    assignment = AssignmentFactory(due_at=timezone.now() + timedelta(hours=1))
    student = StudentFactory(classroom=assignment.classroom)
    sign_in_student(client, student)
    segment = asked_segment(assignment)
    client.post(save_url(assignment, segment), {"label": "sourced_claim", "seq": "1"})
    Assignment.objects.filter(pk=assignment.pk).update(
        due_at=timezone.now() - timedelta(minutes=1)
    )

    late = client.post(
        save_url(assignment, segment),
        {"label": "editorial_appeal", "seq": "2"},
        headers={"HX-Request": "true"},
    )
    page = client.get(work_url(assignment))

    assertContains(late, "This assignment closed at", status_code=409)
    assertContains(page, "This assignment is closed")
    assertNotContains(page, "Submit my answers")
    assert Answer.objects.get().label == Label.SOURCED_CLAIM


@pytest.mark.django_db
def test_an_assignment_not_yet_open_is_not_shown(client):
    assignment = AssignmentFactory(opens_at=timezone.now() + timedelta(days=1))
    sign_in_student(client, StudentFactory(classroom=assignment.classroom))

    response = client.get(work_url(assignment), follow=True)

    assertContains(response, "This assignment has not opened yet.")
    assert not Attempt.objects.exists()


@pytest.mark.django_db
def test_a_double_submit_scores_once_and_keeps_answers_read_only(
    student_client, assignment
):
    submit_url = reverse("quizapp:attempt-submit", args=[assignment.pk])
    student_client.post(submit_url, CONFIRMED)
    first = Attempt.objects.get().submitted_at

    student_client.post(submit_url, CONFIRMED)
    late_save = student_client.post(
        save_url(assignment, asked_segment(assignment)),
        {"label": "sourced_claim", "seq": "99"},
        headers={"HX-Request": "true"},
    )

    assert Attempt.objects.get().submitted_at == first
    assertContains(late_save, "already submitted", status_code=409)
    assert not Answer.objects.exists()


@pytest.mark.django_db
def test_feedback_waits_for_release_when_the_teacher_chose_so(client):
    assignment = AssignmentFactory(feedback_policy="on_release")
    sign_in_student(client, StudentFactory(classroom=assignment.classroom))
    client.post(reverse("quizapp:attempt-submit", args=[assignment.pk]), CONFIRMED)

    response = client.get(work_url(assignment))

    assertContains(response, "Your teacher will show you the results later")
    assertNotContains(response, "The key says")


@pytest.mark.django_db
def test_evidence_words_are_saved_and_the_wrong_ones_earn_half_a_point(client):
    from quizapp.models import Exercise

    assignment = AssignmentFactory()
    Exercise.objects.filter(pk=assignment.exercise_id).update(requires_evidence=True)
    key = assignment.exercise.answer_key
    segment = assignment.exercise.article.segments.get(position=2)
    entry = key.entries.get(segment=segment)
    said = segment.text.index("said")
    entry.evidence = [
        [segment.start, segment.start + said + 4]
    ]  # "The harbour board said"
    entry.save()
    sign_in_student(client, StudentFactory(classroom=assignment.classroom))
    page = client.get(work_url(assignment))
    assertContains(page, "Mark the words that show it")
    april = segment.start + segment.text.index("April")

    saved = client.post(
        save_url(assignment, segment),
        {"label": "sourced_claim", "seq": "5", "evidence": [f"{april}-{april + 5}"]},
        headers={"HX-Request": "true"},
    )
    outside = client.post(
        save_url(assignment, segment),
        {"label": "sourced_claim", "seq": "6", "evidence": ["0-3"]},
        headers={"HX-Request": "true"},
    )
    malformed = client.post(
        save_url(assignment, segment),
        {"label": "sourced_claim", "seq": "7", "evidence": ["²-³", "9" * 5000 + "-1"]},
        headers={"HX-Request": "true"},
    )
    result = client.post(
        reverse("quizapp:attempt-submit", args=[assignment.pk]), CONFIRMED, follow=True
    )

    assert saved.status_code == 200
    assertContains(outside, "mark words inside this sentence", status_code=422)
    assertContains(malformed, "mark words inside this sentence", status_code=422)
    assert Answer.objects.get().evidence == [[april, april + 5]]
    assertContains(result, "0.5 of 4")
    assertContains(result, "half a point")
    assertContains(result, "<mark>The harbour board said</mark>")


@pytest.mark.django_db
def test_the_student_page_shows_the_score_only_once_results_are_released(client):
    assignment = AssignmentFactory(
        feedback_policy="on_release", exercise__title="Ferry timetable"
    )
    sign_in_student(client, StudentFactory(classroom=assignment.classroom))
    client.post(reverse("quizapp:attempt-submit", args=[assignment.pk]), CONFIRMED)

    before = client.get(reverse("quizapp:student-home"))
    Assignment.objects.filter(pk=assignment.pk).update(
        feedback_released_at=timezone.now()
    )
    after = client.get(reverse("quizapp:student-home"))

    assertContains(before, "Submitted")
    assertNotContains(before, "score")
    assertContains(after, "Feedback available, score 0%")
