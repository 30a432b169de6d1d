import csv
import io
import json
from datetime import timedelta

import pytest
from pytest_django.asserts import assertContains, assertNotContains

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from articles.domain.labels import Label
from bench.roster import bulk_attempts, bulk_students
from quizapp.models import Answer, Attempt
from tests.factories import (
    AnswerKeyFactory,
    AssignmentFactory,
    StudentFactory,
)
from tests.views.report_lesson import answer, make_lesson, report_url, teacher_client

S, U, E = Label.SOURCED_CLAIM, Label.UNVERIFIED_ASSERTION, Label.EDITORIAL_APPEAL
SOURCED, RESIDENTS, HEADLINE = 2, 3, 0


@pytest.fixture
def lesson(db):
    return make_lesson()


@pytest.mark.django_db
def test_the_report_shows_completion_the_average_and_the_confusion_matrix(
    client, lesson
):
    response = teacher_client(client, lesson).get(report_url(lesson))

    assertContains(response, "2 of 4")
    assertContains(response, "1 still working · 1 not started")
    # Ada 100 %, Bea 75 %.
    assertContains(response, '<dd class="fact-value">88%</dd>', html=True)
    # Submitted work only: of the sourced claim, Ada answered sourced and Bea
    # unverified (50 % of the row); with Cy still working, 2 of 3 (67 %).
    assertContains(response, '1<span class="muted"> (50%)</span>')
    with_working = client.get(report_url(lesson), {"working": "1"})
    assertContains(with_working, '2<span class="muted"> (67%)</span>')


@pytest.mark.django_db
def test_a_sentence_most_of_the_class_disputes_is_flagged_with_a_link_to_the_key(
    client, lesson
):
    response = teacher_client(client, lesson).get(report_url(lesson), {"working": "1"})

    assertContains(
        response,
        "“The harbour board said the new timetable starts in April.” — key: "
        "Sourced claim; 2 of 3 chose otherwise, most often Unverified assertion.",
    )
    assertContains(
        response,
        reverse("articles:key-review", args=[lesson.exercise.article_id]),
    )


@pytest.mark.django_db
def test_sentences_come_in_article_order_or_most_missed_first(client, lesson):
    teacher = teacher_client(client, lesson)

    def order(**params):
        page = teacher.get(report_url(lesson), params).content.decode()
        bars = page.split('class="item-bars"')[1].split("</ol>")[0]
        return bars.index("The harbour board said") < bars.index(
            "Harbour board approves"
        )

    assert order() is False
    assert order(order="missed") is True


@pytest.mark.django_db
def test_a_matrix_cell_lists_the_students_and_sentences_behind_it(client, lesson):
    response = teacher_client(client, lesson).get(
        report_url(lesson),
        {"working": "1", "key": "sourced_claim", "given": "unverified_assertion"},
    )

    detail = response.content.decode().split('id="matrix-detail"')[1].split("</div>")[0]
    assert "<strong>Bea</strong>: The harbour board said" in detail
    assert "<strong>Cy</strong>: The harbour board said" in detail
    assert "Ada" not in detail


@pytest.mark.django_db
def test_discrimination_is_explained_and_shown_per_student(client, lesson):
    response = teacher_client(client, lesson).get(report_url(lesson), {"working": "1"})

    assertContains(response, "doubt true, sourced reporting")
    # Class: unverified spotted 4 of 5 answered; sourced called unverified 2 of 3.
    assertContains(response, "80% (4 of 5)")
    assertContains(response, "67% (2 of 3)")
    assertContains(response, "Doubting reliable sources")


@pytest.mark.django_db
def test_the_debrief_shades_sentences_without_naming_students(client, lesson):
    response = teacher_client(client, lesson).get(
        reverse("quizapp:assignment-debrief", args=[lesson.pk]), {"working": "1"}
    )

    assertContains(response, "Unverified assertion 67%")
    assertContains(response, '<rect class="fill-unverified_assertion" x="33"')
    for nickname in ["Ada", "Bea", "Cy", "Dot"]:
        assertNotContains(response, nickname)
    assertContains(response, "<details", count=4)


def export(client, assignment, kind, file_format, **params):
    return client.get(
        reverse("quizapp:assignment-export", args=[assignment.pk, kind, file_format]),
        params,
    )


@pytest.mark.django_db
def test_the_answers_csv_has_a_row_per_student_and_sentence(client, lesson):
    response = export(teacher_client(client, lesson), lesson, "answers", "csv")

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0][:8] == [
        "class",
        "assignment",
        "student",
        "sentence",
        "sentence_text",
        "key_label",
        "student_label",
        "correct",
    ]
    # Three students started, four asked sentences each.
    assert len(rows) == 1 + 3 * 4
    bea_sourced = next(r for r in rows if r[2] == "Bea" and r[3] == "2")
    assert bea_sourced[5:8] == ["Sourced claim", "Unverified assertion", "0"]
    # Numbers are written unquoted, so spreadsheets read them as numbers.
    assert ",Bea,2,The harbour board said" in response.content.decode()


@pytest.mark.django_db
def test_the_excel_csv_starts_with_a_byte_order_mark_and_defuses_formulas(
    client, lesson
):
    StudentFactory(classroom=lesson.classroom, nickname="=HYPERLINK(1)")

    response = export(
        teacher_client(client, lesson), lesson, "summary", "csv", excel="1"
    )

    text = response.content.decode("utf-8")
    assert text.startswith("\ufeffclass,")
    assert "'=HYPERLINK(1)" in text


@pytest.mark.django_db
def test_the_exports_match_what_the_report_shows(client, lesson):
    teacher = teacher_client(client, lesson)
    page = teacher.get(report_url(lesson)).content.decode()

    summary = json.loads(export(teacher, lesson, "summary", "json").content)
    columns = summary["columns"]
    for row in summary["rows"]:
        record = dict(zip(columns, row, strict=True))
        if record["score_percent"] is not None:
            assert f"{record['score_percent']}%</td>" in page
        assert f"{record['labels_right']} of {record['asked']}</td>" in page
    by_name = {row[2]: dict(zip(columns, row, strict=True)) for row in summary["rows"]}
    assert by_name["Ada"]["score_percent"] == 100
    assert by_name["Bea"]["score_percent"] == 75
    assert by_name["Dot"]["status"] == "Not started"


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["answers", "summary"])
def test_the_csv_and_json_exports_round_trip_to_the_same_table(client, lesson, kind):
    StudentFactory(classroom=lesson.classroom, nickname='Zoë "the, quoter"')
    teacher = teacher_client(client, lesson)

    from_csv = list(
        csv.reader(io.StringIO(export(teacher, lesson, kind, "csv").content.decode()))
    )
    from_json = json.loads(export(teacher, lesson, kind, "json").content)

    assert from_csv[0] == from_json["columns"]
    assert from_csv[1:] == [
        ["" if value is None else str(value) for value in row]
        for row in from_json["rows"]
    ]


@pytest.mark.django_db
def test_the_student_profile_puts_the_confusion_pattern_in_words(client, lesson):
    cy = lesson.classroom.students.get(nickname="Cy")
    second = AssignmentFactory(
        classroom=lesson.classroom,
        exercise__answer_key=AnswerKeyFactory(
            entries=[U, Label.NONE, S, U, E],
            article__uploaded_by=lesson.classroom.teacher,
        ),
    )
    answer(second, cy, {SOURCED: U, RESIDENTS: S, HEADLINE: S}, submit=True)
    attempt = Attempt.objects.get(assignment=second, student=cy)
    attempt.override_comment = "Talk about who said it."
    attempt.save()

    response = teacher_client(client, lesson).get(
        reverse("quizapp:student-profile", args=[cy.pk])
    )

    assertContains(response, "Often labels unverified assertions as sourced claims")
    assertContains(response, "Talk about who said it.")
    assertContains(response, "Doubts sourced and unverified claims alike", count=0)


@pytest.mark.django_db
def test_the_sourcing_profile_compares_two_articles(client, lesson):
    teacher = lesson.classroom.teacher
    first = lesson.exercise.article
    first.uploaded_by = teacher
    first.save()
    other = AnswerKeyFactory(
        entries=[S, Label.NONE, S, S, E], article__uploaded_by=teacher
    ).article
    client.force_login(teacher)

    response = client.get(
        reverse("quizapp:article-profile", args=[first.pk]), {"compare": other.pk}
    )

    # First: 1 sourced, 2 unverified, 1 appeal of 4; the other: 3 sourced, 1 appeal.
    assertContains(response, '<td class="number">2</td><td class="number">50%</td>')
    assertContains(response, '<td class="number">3</td><td class="number">75%</td>')


def _class_of(size: int, assignments: int):
    """A class of `size` students, each having answered two sentences of
    every assignment and half of them submitted (rows made in bulk: the
    sizes are the issue's, 60 x 20)."""
    first = AssignmentFactory()
    classroom = first.classroom
    every = [first] + [
        AssignmentFactory(
            classroom=classroom, exercise__answer_key=first.exercise.answer_key
        )
        for _ in range(assignments - 1)
    ]
    segments = {s.position: s for s in first.exercise.article.segments.all()}
    roster = bulk_students(classroom, size, code_prefix=f"Q{size}")
    attempts = bulk_attempts(
        every, roster, lambda _, submitted: (1, 4) if submitted else (None, None)
    )
    Answer.objects.bulk_create(
        Answer(attempt=attempt, segment=segments[position], label=U, seq=1)
        for attempt in attempts
        for position in (SOURCED, RESIDENTS)
    )
    return classroom, every


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.django_db
def test_report_pages_make_as_many_queries_for_a_big_class_as_for_a_small_one(
    client,
):
    counts = []
    for size, assignments in [(5, 3), (60, 20)]:
        classroom, every = _class_of(size, assignments)
        client.force_login(classroom.teacher)
        student = classroom.students.first()
        counts.append(
            [
                _queries(client, report_url(every[0])),
                _queries(client, report_url(every[0]) + "?working=1&order=missed"),
                _queries(
                    client, reverse("quizapp:assignment-debrief", args=[every[0].pk])
                ),
                _queries(
                    client,
                    reverse(
                        "quizapp:assignment-export",
                        args=[every[0].pk, "answers", "csv"],
                    ),
                ),
                _queries(client, reverse("quizapp:student-profile", args=[student.pk])),
                _queries(
                    client, reverse("quizapp:classroom-detail", args=[classroom.pk])
                ),
            ]
        )

    assert counts[0] == counts[1]


@pytest.mark.django_db
def test_an_odd_compare_value_is_ignored(client, lesson):
    client.force_login(lesson.classroom.teacher)
    url = reverse("quizapp:article-profile", args=[lesson.exercise.article_id])

    for value in ["²", "9" * 5000, "-1", "abc"]:
        assert client.get(url, {"compare": value}).status_code in {200, 404}


@pytest.mark.django_db
def test_a_student_silent_for_five_minutes_is_flagged_only_while_work_is_open(
    client, lesson
):
    client.force_login(lesson.classroom.teacher)
    url = reverse("quizapp:classroom-detail", args=[lesson.classroom.pk])
    cy = Attempt.objects.get(assignment=lesson, student__nickname="Cy")
    Attempt.objects.filter(pk=cy.pk).update(
        updated_at=timezone.now() - timedelta(minutes=6)
    )

    flagged = client.get(url, {"sort": "attention"})
    lesson.closed_at = timezone.now()
    lesson.save()
    after_closing = client.get(url)

    assertContains(flagged, "<strong>Stuck?</strong>", count=1)
    rows = flagged.content.decode().split('class="progress-table"')[1]
    assert rows.index(">Cy<") < rows.index(">Ada<")
    assertNotContains(after_closing, "<strong>Stuck?</strong>")
