"""A teacher's class pages: creating a class, the live progress table, the
whole class page and the home overview, with query counts that stay flat as
classes grow."""

import pytest
from pytest_django.asserts import assertContains, assertNotContains

from django.urls import reverse

from quizapp.models import Classroom
from tests.factories import (
    AnswerFactory,
    AssignmentFactory,
    AttemptFactory,
    ClassroomFactory,
    StudentFactory,
)


def progress_url(classroom):
    return reverse("quizapp:classroom-detail", args=[classroom.pk])


def students_who_answered(assignment, class_size):
    """`class_size` students in the assignment's class, each with one answer."""
    students = StudentFactory.create_batch(class_size, classroom=assignment.classroom)
    for student in students:
        AnswerFactory(attempt__assignment=assignment, attempt__student=student)
    return students


def session_queries(settings):
    """The session's query: none when Redis holds the session."""
    return 0 if settings.SESSION_ENGINE.endswith("cached_db") else 1


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
    for student in students_who_answered(assignment, class_size):
        AttemptFactory(assignment=second, student=student)
    client.force_login(assignment.classroom.teacher)

    # user, the class, assignments, students, attempts; the roster refreshed
    # with the table: removed students, other classes
    with django_assert_num_queries(session_queries(settings) + 7):
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
    students_who_answered(assignment, class_size)
    client.force_login(assignment.classroom.teacher)

    # user, class, assignments, students, attempts, waiting to be let in,
    # removed students, other classes
    with django_assert_num_queries(session_queries(settings) + 8):
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
def test_creating_a_class_twice_with_one_name_is_explained_not_duplicated(
    client, teacher
):
    client.force_login(teacher)
    client.post(reverse("quizapp:classroom-new"), {"name": "Year 10"})

    again = client.post(reverse("quizapp:classroom-new"), {"name": "year 10"})

    assertContains(again, "You already have a class with that name.")
    assert Classroom.objects.filter(teacher=teacher).count() == 1


@pytest.mark.django_db
def test_the_class_page_lists_each_assignment_with_its_links(client):
    assignment = AssignmentFactory(
        exercise__title="Ferry timetable", classroom__name="Year 9"
    )
    client.force_login(assignment.classroom.teacher)

    response = client.get(progress_url(assignment.classroom))

    links = {
        "Report": reverse("quizapp:assignment-report", args=[assignment.pk]),
        "Debrief": reverse("quizapp:assignment-debrief", args=[assignment.pk]),
        "Grade": reverse("quizapp:assignment-detail", args=[assignment.pk])
        + "#students",
        "Export": reverse(
            "quizapp:assignment-export", args=[assignment.pk, "answers", "csv"]
        ),
    }
    page = response.content.decode()
    item = page.split(f'id="assignment-{assignment.pk}"', 1)[1].split("</li>", 1)[0]
    for name, url in links.items():
        assert f'href="{url}"' in item, name
        assert f"{name}<span" in item
    assertContains(response, "● Open")
    assertContains(
        response,
        f'<a href="{reverse("quizapp:teacher-home")}">Teaching</a>',
        html=True,
    )


@pytest.mark.django_db
def test_a_class_with_nothing_assigned_says_what_to_do(client, teacher):
    classroom = ClassroomFactory(teacher=teacher)
    client.force_login(teacher)

    response = client.get(progress_url(classroom))

    assertContains(response, "Choose an exercise and assign it to this class")


@pytest.mark.django_db
def test_the_roster_refreshes_with_the_progress_table(client):
    """A student who joins after the page loaded shows in the table and in
    the student list of the same refresh: never "Nobody" beside a full
    table."""
    assignment = AssignmentFactory()
    client.force_login(assignment.classroom.teacher)
    first = client.get(progress_url(assignment.classroom))
    assertContains(first, "Nobody has joined yet")

    ana = StudentFactory(classroom=assignment.classroom, nickname="Ana")
    refresh = client.get(
        progress_url(assignment.classroom), headers={"HX-Request": "true"}
    )

    html = refresh.content.decode()
    table, roster = html.split('id="roster"', 1)
    assert "Ana</a>" in table
    assert ana.rejoin_code_display in roster
    assert "Nobody" not in html


@pytest.mark.django_db
def test_after_assigning_the_class_page_shows_the_new_assignment_with_its_links(
    client, teacher
):
    classroom = ClassroomFactory(teacher=teacher, name="Year 9")
    exercise = AssignmentFactory(
        exercise__created_by=teacher, classroom__teacher=teacher
    ).exercise
    client.force_login(teacher)

    response = client.post(
        reverse("quizapp:exercise-detail", args=[exercise.pk]),
        {"classroom": classroom.pk, "feedback_policy": "immediate"},
        follow=True,
    )

    new = classroom.assignments.get()
    assertContains(response, "Its report, debrief and grading are below.")
    assertContains(response, f'id="assignment-{new.pk}"')
    assertContains(response, reverse("quizapp:assignment-report", args=[new.pk]))
