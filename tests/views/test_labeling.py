from datetime import timedelta

import pytest
from pytest_django.asserts import assertContains, assertNotContains, assertRedirects

from django.test import Client
from django.urls import reverse
from django.utils import timezone

from articles.domain.labels import Label
from quizapp.models import Answer, Assignment, Attempt
from tests.conftest import sign_in_student
from tests.factories import ArticleFactory, AssignmentFactory, StudentFactory

# Submitting with blank sentences asks once more; these tests have confirmed.
CONFIRMED = {"confirm": "yes"}


def work_url(assignment):
    return reverse("quizapp:assignment-work", args=[assignment.pk])


def save_url(assignment, segment):
    return reverse("quizapp:answer-save", args=[assignment.pk, segment.pk])


def progress_html(answered, asked):
    return (
        f'<p class="progress" id="progress" data-asked="{asked}">'
        f"<span data-progress-count>{answered}</span> of {asked} sentences labeled</p>"
    )


def asked_segment(assignment):
    """The third sentence, which the sample key labels as sourced."""
    return assignment.exercise.article.segments.get(position=2)


@pytest.mark.django_db
def test_the_student_page_lists_their_assignments_with_status(
    student_client, assignment
):
    response = student_client.get(reverse("quizapp:student-home"))

    assertContains(response, assignment.exercise.title)
    assertContains(response, "Not started")


@pytest.mark.django_db
def test_the_labeling_page_shows_each_sentence_with_the_three_labels(
    student_client, assignment
):
    response = student_client.get(work_url(assignment))

    assertContains(
        response, "The harbour board said the new timetable starts in April."
    )
    assertContains(response, 'name="label" value="sourced_claim"', count=4)
    assertContains(response, progress_html(0, 4), html=True)
    assertContains(response, 'hx-history="false"')


@pytest.mark.django_db
def test_a_byline_is_shown_but_not_asked(student_client, assignment):
    response = student_client.get(work_url(assignment))

    assertContains(response, '<p class="chrome-segment">By Lena Marsh</p>', html=True)


@pytest.mark.django_db
def test_an_htmx_save_returns_only_the_status_and_survives_a_reload(
    student_client, assignment
):
    segment = asked_segment(assignment)

    response = student_client.post(
        save_url(assignment, segment),
        {"label": "unverified_assertion", "seq": "7"},
        headers={"HX-Request": "true"},
    )

    assertContains(response, "Saved: Unverified assertion")
    assertNotContains(response, "<main")
    page = student_client.get(work_url(assignment))
    assertContains(page, 'value="unverified_assertion" checked')
    assertContains(page, progress_html(1, 4), html=True)


@pytest.mark.django_db
def test_clearing_a_label_takes_it_back_and_an_older_save_cannot_bring_it_back(
    student_client, assignment
):
    segment = asked_segment(assignment)
    url = save_url(assignment, segment)
    htmx = {"HX-Request": "true"}
    student_client.post(url, {"label": "sourced_claim", "seq": "5"}, headers=htmx)

    cleared = student_client.post(url, {"clear": "1", "seq": "6"}, headers=htmx)
    late = student_client.post(
        url, {"label": "sourced_claim", "seq": "5"}, headers=htmx
    )

    assertContains(cleared, "Label cleared")
    assertContains(late, "Label cleared")
    page = student_client.get(work_url(assignment))
    assertNotContains(page, 'value="sourced_claim" checked')
    assertContains(page, progress_html(0, 4), html=True)
    assertContains(page, 'data-saved-seq="6"')


@pytest.mark.django_db
def test_a_save_with_neither_label_nor_clear_changes_nothing(
    student_client, assignment
):
    segment = asked_segment(assignment)
    url = save_url(assignment, segment)
    student_client.post(url, {"label": "sourced_claim", "seq": "5"})

    response = student_client.post(url, {"seq": "9"}, headers={"HX-Request": "true"})

    assertContains(response, "choose one of the labels", status_code=422)
    assert (Answer.objects.get().label, Answer.objects.get().seq) == (
        Label.SOURCED_CLAIM,
        5,
    )


@pytest.mark.django_db
def test_a_removed_student_cannot_save_and_is_told_so(student, assignment):
    client = sign_in_student(Client(), student)
    student.removed_at = timezone.now()
    student.save()

    response = client.post(
        save_url(assignment, asked_segment(assignment)),
        {"label": "sourced_claim", "seq": "1"},
        headers={"HX-Request": "true"},
    )

    assertContains(response, "not in your work", status_code=404)
    assert not Answer.objects.exists()


@pytest.mark.django_db
def test_an_htmx_save_without_a_session_says_to_join_again(client, assignment):
    response = client.post(
        save_url(assignment, asked_segment(assignment)),
        {"label": "sourced_claim", "seq": "1"},
        headers={"HX-Request": "true"},
    )

    assertContains(response, "rejoin code", status_code=403)
    assert not Answer.objects.exists()


@pytest.mark.django_db
def test_a_save_without_javascript_redirects_back_to_the_sentence(
    student_client, assignment
):
    segment = asked_segment(assignment)

    response = student_client.post(
        save_url(assignment, segment), {"label": "sourced_claim"}
    )

    assertRedirects(response, f"{work_url(assignment)}#sentence-{segment.pk}")
    assert Answer.objects.get().label == Label.SOURCED_CLAIM


@pytest.mark.django_db
def test_an_unknown_label_is_refused_and_nothing_is_stored(student_client, assignment):
    response = student_client.post(
        save_url(assignment, asked_segment(assignment)),
        {"label": "propaganda", "seq": "3"},
        headers={"HX-Request": "true"},
    )

    assertContains(response, "choose one of the labels", status_code=422)
    assert not Answer.objects.exists()


@pytest.mark.django_db
def test_a_segment_of_another_article_cannot_be_answered(student_client, assignment):
    foreign_segment = ArticleFactory().segments.first()

    response = student_client.post(
        save_url(assignment, foreign_segment), {"label": "sourced_claim", "seq": "1"}
    )

    assert response.status_code == 404
    assert not Answer.objects.exists()


@pytest.mark.django_db
def test_another_class_assignment_is_not_found(student_client):
    other_assignment = AssignmentFactory()

    response = student_client.get(work_url(other_assignment))

    assert response.status_code == 404
    assert not Attempt.objects.exists()


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

    assertContains(response, "Submitted. Well done!")
    assertContains(response, "1 of 4")
    assertContains(
        response,
        "You spotted 0 of 1 unverified assertions, and called one of them "
        "a sourced claim.",
    )
    assertContains(response, "Right</span>", count=1)
    assertContains(response, "The key says", count=1)


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

    assertContains(response, "left blank", count=4)
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
def test_a_save_without_csrf_token_is_forbidden(student, assignment):
    client = sign_in_student(Client(enforce_csrf_checks=True), student)

    response = client.post(
        save_url(assignment, asked_segment(assignment)),
        {"label": "sourced_claim", "seq": "1"},
    )

    assert response.status_code == 403
    assert not Answer.objects.exists()


@pytest.mark.django_db
def test_a_browser_that_has_not_joined_is_sent_to_the_join_page(client, assignment):
    response = client.get(work_url(assignment))

    assertRedirects(response, reverse("quizapp:join"))


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


@pytest.mark.django_db
def test_ids_too_big_for_any_column_are_not_found_not_an_error(
    student_client, assignment
):
    huge = 2**64
    url = f"/me/assignments/{assignment.pk}/segments/{huge}/answer/"

    response = student_client.post(
        url, {"label": "sourced_claim", "seq": "1"}, headers={"HX-Request": "true"}
    )

    assert response.status_code == 404
    assert not Answer.objects.exists()
