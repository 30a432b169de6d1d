import pytest
from pytest_django.asserts import assertContains, assertNotContains, assertRedirects

from django.urls import reverse

from articles.domain.labels import Label
from articles.models import Article, KeyEntry
from quizapp.models import Assignment, Classroom, Exercise
from tests.factories import (
    AnswerFactory,
    AnswerKeyFactory,
    AssignmentFactory,
    AttemptFactory,
    ClassroomFactory,
    StudentFactory,
)

PASTED = (
    "Library opening hours extended\n\n"
    "The county librarian said the doors will stay open until 8 p.m. on weekdays. "
    "<script>alert('x')</script> Critics call it a waste."
)


def asked_ids(answer_key):
    return [entry.segment_id for entry in answer_key.entries.exclude(label=Label.NONE)]


def progress_url(classroom):
    return reverse("quizapp:classroom-detail", args=[classroom.pk])


@pytest.mark.django_db
def test_a_pasted_article_is_shown_with_suggestions_and_their_decisive_words(
    client, teacher
):
    client.force_login(teacher)

    response = client.post(
        reverse("articles:article-save"),
        {"intent": "save", "title": "Library hours", "text": PASTED},
        follow=True,
    )

    assertContains(response, "split into 3 sentences")
    assertContains(
        response,
        "<mark>The county librarian said</mark> the doors will stay open until "
        "8 p.m. on weekdays.",
    )
    assertContains(response, "&#x27;The county librarian said&#x27; names who is")
    assertContains(response, "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;")
    assertNotContains(response, "<script>alert")


@pytest.mark.django_db
def test_text_without_words_is_refused_and_creates_nothing(client, teacher):
    client.force_login(teacher)

    response = client.post(
        reverse("articles:article-save"),
        {"intent": "save", "title": "Empty", "text": "... 123 !!"},
    )

    assertContains(response, "The text has no words in it", status_code=422)
    assert not Article.objects.exists()


@pytest.mark.django_db
def test_each_key_label_is_saved_at_once_and_shown_after_a_reload(client, teacher):
    answer_key = AnswerKeyFactory(
        approved_at=None, entries=[None], article__uploaded_by=teacher
    )
    entry = answer_key.entries.first()
    client.force_login(teacher)

    response = client.post(
        reverse("articles:key-entry-save", args=[answer_key.article_id, entry.pk]),
        {"label": "unverified_assertion", "rationale": "No source named."},
        headers={"HX-Request": "true"},
    )

    assertContains(response, "Saved: Unverified assertion")
    page = client.get(reverse("articles:key-review", args=[answer_key.article_id]))
    assertContains(page, 'value="unverified_assertion" checked')
    assertContains(page, 'value="No source named."')


@pytest.mark.django_db
def test_approving_an_incomplete_key_says_what_is_missing(client, teacher):
    answer_key = AnswerKeyFactory(
        approved_at=None,
        entries=[Label.SOURCED_CLAIM, None],
        article__uploaded_by=teacher,
    )
    client.force_login(teacher)

    response = client.post(
        reverse("quizapp:key-approve", args=[answer_key.article_id]), follow=True
    )

    assertContains(response, "sentence(s) still need a label")
    answer_key.refresh_from_db()
    assert not answer_key.is_approved


@pytest.mark.django_db
def test_another_teacher_cannot_change_a_draft_key(client, teacher, other_teacher):
    answer_key = AnswerKeyFactory(
        approved_at=None, entries=[None], article__uploaded_by=teacher
    )
    entry = answer_key.entries.first()
    client.force_login(other_teacher)

    response = client.post(
        reverse("articles:key-entry-save", args=[answer_key.article_id, entry.pk]),
        {"label": "sourced_claim"},
    )

    assert response.status_code == 404
    assert KeyEntry.objects.get(pk=entry.pk).label == ""


@pytest.mark.django_db
def test_a_teacher_makes_an_exercise_and_assigns_it(client, teacher):
    answer_key = AnswerKeyFactory(article__uploaded_by=teacher)
    classroom = ClassroomFactory(teacher=teacher, name="Year 9")
    client.force_login(teacher)

    client.post(
        reverse("quizapp:exercise-new", args=[answer_key.article_id]),
        {
            "title": "Ferry",
            "instructions": "Label each sentence.",
            "asked": asked_ids(answer_key),
        },
    )
    exercise = Exercise.objects.get()
    response = client.post(
        reverse("quizapp:exercise-detail", args=[exercise.pk]),
        {"classroom": classroom.pk, "feedback_policy": "immediate"},
        follow=True,
    )

    assertRedirects(response, progress_url(classroom))
    assertContains(response, "Assigned to Year 9.")
    assert exercise.answer_key == answer_key


@pytest.mark.django_db
def test_where_feedback_is_chosen_the_teacher_reads_its_trade_off(client, teacher):
    assignment = AssignmentFactory(
        exercise__created_by=teacher, classroom__teacher=teacher
    )
    client.force_login(teacher)

    for url in [
        reverse("quizapp:exercise-detail", args=[assignment.exercise.pk]),
        reverse("quizapp:assignment-detail", args=[assignment.pk]),
    ]:
        page = client.get(url)
        assertContains(page, "shows the key to anyone who submits")


@pytest.mark.django_db
def test_assigning_to_another_teachers_class_is_refused(client, teacher):
    exercise = AssignmentFactory(exercise__created_by=teacher).exercise
    foreign = ClassroomFactory()
    client.force_login(teacher)

    response = client.post(
        reverse("quizapp:exercise-detail", args=[exercise.pk]),
        {"classroom": foreign.pk, "feedback_policy": "immediate"},
    )

    assertContains(response, "Select a valid choice")
    assert not Assignment.objects.filter(classroom=foreign).exists()


@pytest.mark.django_db
def test_a_due_time_before_the_opening_time_is_refused(client, teacher):
    answer_key = AnswerKeyFactory(article__uploaded_by=teacher)
    classroom = ClassroomFactory(teacher=teacher)
    client.force_login(teacher)
    client.post(
        reverse("quizapp:exercise-new", args=[answer_key.article_id]),
        {"title": "X", "asked": asked_ids(answer_key)},
    )

    response = client.post(
        reverse("quizapp:exercise-detail", args=[Exercise.objects.get().pk]),
        {
            "classroom": classroom.pk,
            "feedback_policy": "immediate",
            "opens_at": "2026-03-02T10:00",
            "due_at": "2026-03-01T10:00",
        },
    )

    assertContains(response, "The due time must be after the opening time.")
    assert not Assignment.objects.exists()


@pytest.mark.django_db
def test_creating_a_class_shows_its_join_code(client, teacher):
    client.force_login(teacher)

    response = client.post(
        reverse("quizapp:classroom-new"), {"name": "Year 10"}, follow=True
    )

    classroom = Classroom.objects.get()
    assertContains(
        response,
        f'<p class="join-code">{classroom.join_code}</p>',
        html=True,
    )


@pytest.mark.django_db
def test_the_progress_table_shows_each_student_with_status_and_score(client):
    assignment = AssignmentFactory()
    submitted = AttemptFactory(
        assignment=assignment,
        student__nickname="Ana",
        status="submitted",
        score_correct=3,
        score_total=4,
    )
    working = AttemptFactory(assignment=assignment, student__nickname="Ben")
    AnswerFactory(attempt=working)
    StudentFactory(classroom=assignment.classroom, nickname="Cleo")
    client.force_login(assignment.classroom.teacher)

    response = client.get(progress_url(assignment.classroom))

    assertContains(response, '<th scope="row">Ana</th>', html=True)
    assertContains(response, "Submitted · 75%")
    assertContains(response, "In progress · 1 of 4")
    assertContains(response, "Not started")
    assert submitted.student.classroom == assignment.classroom


@pytest.mark.django_db
def test_the_polled_progress_table_comes_without_the_page(client):
    assignment = AssignmentFactory()
    client.force_login(assignment.classroom.teacher)

    response = client.get(
        progress_url(assignment.classroom), headers={"HX-Request": "true"}
    )

    assertContains(response, 'id="progress-table"')
    assertNotContains(response, "<main")


@pytest.mark.parametrize("class_size", [2, 30])
@pytest.mark.django_db
def test_progress_page_query_count_does_not_grow_with_the_class(
    client, django_assert_num_queries, settings, class_size
):
    assignment = AssignmentFactory()
    second = AssignmentFactory(
        classroom=assignment.classroom,
        exercise__created_by=assignment.classroom.teacher,
    )
    for student in StudentFactory.create_batch(
        class_size, classroom=assignment.classroom
    ):
        AnswerFactory(attempt__assignment=assignment, attempt__student=student)
        AttemptFactory(assignment=second, student=student)
    client.force_login(assignment.classroom.teacher)

    # session (unless Redis holds it), user, the class, assignments, students,
    # attempts
    session_queries = 0 if settings.SESSION_ENGINE.endswith("cached_db") else 1
    with django_assert_num_queries(session_queries + 5):
        client.get(progress_url(assignment.classroom), headers={"HX-Request": "true"})


@pytest.mark.django_db
def test_names_typed_by_students_and_teachers_come_back_escaped(client):
    assignment = AssignmentFactory(
        classroom__name="<b>Year 9</b>",
        exercise__title="<img src=x onerror=alert(1)>",
    )
    StudentFactory(classroom=assignment.classroom, nickname="<script>x()</script>")
    client.force_login(assignment.classroom.teacher)

    response = client.get(progress_url(assignment.classroom))

    assertContains(response, "&lt;script&gt;x()&lt;/script&gt;")
    assertContains(response, "&lt;b&gt;Year 9&lt;/b&gt;")
    assertContains(response, "&lt;img src=x onerror=alert(1)&gt;")
    assertNotContains(response, "<script>x()")
    assertNotContains(response, "<img src=x")


@pytest.mark.parametrize("class_size", [2, 30])
@pytest.mark.django_db
def test_the_whole_class_page_query_count_does_not_grow_with_the_class(
    client, django_assert_num_queries, settings, class_size
):
    assignment = AssignmentFactory()
    ClassroomFactory(teacher=assignment.classroom.teacher)  # a class to move to
    for student in StudentFactory.create_batch(
        class_size, classroom=assignment.classroom
    ):
        AnswerFactory(attempt__assignment=assignment, attempt__student=student)
    client.force_login(assignment.classroom.teacher)

    # session (unless Redis holds it), user, class, assignments, students,
    # attempts, waiting to be let in, removed students, other classes
    session_queries = 0 if settings.SESSION_ENGINE.endswith("cached_db") else 1
    with django_assert_num_queries(session_queries + 8):
        client.get(progress_url(assignment.classroom))


@pytest.mark.django_db
def test_the_teacher_home_counts_each_assignments_progress(client):
    assignment = AssignmentFactory(exercise__title="Ferry timetable")
    AttemptFactory(assignment=assignment, status="submitted")
    AttemptFactory(assignment=assignment)
    StudentFactory(classroom=assignment.classroom)
    client.force_login(assignment.classroom.teacher)

    response = client.get(reverse("quizapp:teacher-home"))

    assertContains(response, "3 students")
    assertContains(
        response, "Ferry timetable</a>: 1 submitted, 1 in progress, 1 not started"
    )


@pytest.mark.parametrize("classes", [1, 6])
@pytest.mark.django_db
def test_the_teacher_home_query_count_does_not_grow_with_classes(
    client, django_assert_num_queries, settings, teacher, classes
):
    for _ in range(classes):
        assignment = AssignmentFactory(
            classroom__teacher=teacher,
            exercise__created_by=teacher,
            exercise__answer_key__article__uploaded_by=teacher,
        )
        AttemptFactory(assignment=assignment)
    client.force_login(teacher)

    # session, user, classes, assignments, articles, their keys, exercises,
    # archived classes
    session_queries = 0 if settings.SESSION_ENGINE.endswith("cached_db") else 1
    with django_assert_num_queries(session_queries + 7):
        client.get(reverse("quizapp:teacher-home"))


@pytest.mark.django_db
def test_a_sentence_left_out_of_an_exercise_is_neither_asked_nor_scored(
    client, teacher
):
    from quizapp.services.attempts import attempt_submit

    answer_key = AnswerKeyFactory(article__uploaded_by=teacher)
    asked = asked_ids(answer_key)
    client.force_login(teacher)
    client.post(
        reverse("quizapp:exercise-new", args=[answer_key.article_id]),
        {"title": "Ferry", "asked": asked[1:], "requires_evidence": "on"},
    )
    exercise = Exercise.objects.get()
    assignment = AssignmentFactory(exercise=exercise, classroom__teacher=teacher)
    attempt = AttemptFactory(assignment=assignment)

    submitted = attempt_submit(attempt=attempt)

    assert exercise.requires_evidence
    assert exercise.skipped_segment_ids == [asked[0]]
    assert submitted.score_total == len(asked) - 1
    progress = client.get(progress_url(assignment.classroom))
    assertContains(progress, "Submitted · 0%")


@pytest.mark.django_db
def test_an_exercise_must_ask_at_least_one_sentence(client, teacher):
    answer_key = AnswerKeyFactory(article__uploaded_by=teacher)
    client.force_login(teacher)

    response = client.post(
        reverse("quizapp:exercise-new", args=[answer_key.article_id]),
        {"title": "Ferry"},
    )

    assertContains(response, "Keep at least one sentence to ask.")
    assert not Exercise.objects.exists()


@pytest.mark.django_db
def test_an_article_shared_by_an_admin_is_open_to_every_teacher(client, other_teacher):
    answer_key = AnswerKeyFactory()
    client.force_login(other_teacher)
    url = reverse("quizapp:exercise-new", args=[answer_key.article_id])
    assert client.get(url).status_code == 404

    Article.objects.filter(pk=answer_key.article_id).update(is_shared=True)

    assertContains(client.get(url), "Make an exercise")


@pytest.mark.django_db
def test_creating_a_class_twice_with_one_name_is_explained_not_duplicated(
    client, teacher
):
    client.force_login(teacher)
    client.post(reverse("quizapp:classroom-new"), {"name": "Year 10"})

    again = client.post(reverse("quizapp:classroom-new"), {"name": "year 10"})

    assertContains(again, "You already have a class with that name.")
    assert Classroom.objects.filter(teacher=teacher).count() == 1
