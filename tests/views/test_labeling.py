import pytest
from pytest_django.asserts import assertContains, assertNotContains, assertRedirects

from django.test import Client
from django.urls import reverse
from django.utils import timezone

from articles.domain.labels import Label
from quizapp.models import Answer, Attempt
from tests.conftest import sign_in_student
from tests.factories import ArticleFactory, AssignmentFactory
from tests.views.labeling_pages import asked_segment, save_url, work_url


def progress_html(answered, asked):
    return (
        f'<p class="progress" id="progress" data-asked="{asked}">'
        f"<span data-progress-count>{answered}</span> of {asked} "
        '<span class="progress-noun">sentences</span> labeled</p>'
    )


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
def test_each_choice_shows_a_short_name_and_keeps_the_full_one(
    student_client, assignment
):
    response = student_client.get(work_url(assignment))

    for short, full in [
        ("Sourced", "Sourced claim"),
        ("Unverified", "Unverified assertion"),
        ("Appeal", "Editorial appeal"),
    ]:
        assertContains(
            response, f'<span class="choice-short" aria-hidden="true">{short}</span>'
        )
        assertContains(response, f'<span class="choice-full">{full}</span>')


@pytest.mark.django_db
def test_the_bar_holds_the_legend_progress_next_blank_and_submit(
    student_client, assignment
):
    first_blank = assignment.exercise.article.segments.get(position=0)

    response = student_client.get(work_url(assignment))

    bar = response.content.decode().split('class="action-bar labeling-bar"')[1]
    assert "What do the labels mean?" in bar
    assert "sentences</span> labeled" in bar
    assert f'href="#sentence-{first_blank.pk}">Next unlabeled</a>' in bar
    assert "Submit<span" in bar
    # The legend and keyboard help no longer come before the first sentence.
    before_article = response.content.decode().split("<article")[0]
    assert "What do the labels mean?" not in before_article
    assert 'class="help keyboard-help"' in before_article  # hidden by CSS on phones


@pytest.mark.django_db
def test_a_byline_is_shown_but_not_asked(student_client, assignment):
    response = student_client.get(work_url(assignment))

    byline = assignment.exercise.article.segments.get(text="By Lena Marsh")
    assertContains(
        response,
        f'<p class="chrome-segment" data-paragraph="{byline.paragraph}">'
        "By Lena Marsh</p>",
        html=True,
    )


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


@pytest.fixture
def removed_student_client(student):
    """Signed in as a student the teacher has since removed from the class."""
    client = sign_in_student(Client(), student)
    student.removed_at = timezone.now()
    student.save()
    return client


# Who saves, with which label, and what the refusal says.
REFUSED_SAVES = [
    pytest.param(
        "removed_student_client",
        "sourced_claim",
        404,
        "not in your work",
        id="a-removed-student",
    ),
    pytest.param(
        "client",
        "sourced_claim",
        403,
        "rejoin code",
        id="no-session-is-told-to-join-again",
    ),
    pytest.param(
        "student_client",
        "propaganda",
        422,
        "choose one of the labels",
        id="an-unknown-label",
    ),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("saver", "label", "status", "reason"), REFUSED_SAVES)
def test_a_refused_htmx_save_says_why_and_stores_nothing(
    request, assignment, saver, label, status, reason
):
    client = request.getfixturevalue(saver)

    response = client.post(
        save_url(assignment, asked_segment(assignment)),
        {"label": label, "seq": "1"},
        headers={"HX-Request": "true"},
    )

    assertContains(response, reason, status_code=status)
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
