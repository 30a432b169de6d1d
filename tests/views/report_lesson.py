"""The report lesson: four students at every stage of one assignment, and
the helpers the report tests share."""

from django.urls import reverse

from articles.domain.labels import Label
from quizapp.models import Attempt
from quizapp.services import attempts
from tests.factories import AssignmentFactory, StudentFactory

S, U, E = Label.SOURCED_CLAIM, Label.UNVERIFIED_ASSERTION, Label.EDITORIAL_APPEAL
# The sample article's asked sentences by position (1 is the byline).
HEADLINE, SOURCED, RESIDENTS, QUESTION = 0, 2, 3, 4


def answer(assignment, student, labels: dict[int, Label], *, submit=False):
    attempt = attempts.attempt_for(assignment=assignment, student=student)
    segments = {s.position: s for s in assignment.exercise.article.segments.all()}
    for seq, (position, label) in enumerate(labels.items(), start=1):
        attempts.answer_save(
            attempt=attempt, segment=segments[position], label=label, seq=seq
        )
    if submit:
        attempts.attempt_submit(attempt=Attempt.objects.get(pk=attempt.pk))
    return attempt


def make_lesson():
    """Four students: one all right, one calling the sourced claim
    unverified, one half done with two confusions, one not started."""
    assignment = AssignmentFactory()
    nicknames = ["Ada", "Bea", "Cy", "Dot"]
    students = {
        name: StudentFactory(classroom=assignment.classroom, nickname=name)
        for name in nicknames
    }
    answer(
        assignment,
        students["Ada"],
        {HEADLINE: U, SOURCED: S, RESIDENTS: U, QUESTION: E},
        submit=True,
    )
    answer(
        assignment,
        students["Bea"],
        {HEADLINE: U, SOURCED: U, RESIDENTS: U, QUESTION: E},
        submit=True,
    )
    answer(assignment, students["Cy"], {SOURCED: U, RESIDENTS: S})
    return assignment


def report_url(assignment):
    return reverse("quizapp:assignment-report", args=[assignment.pk])


def teacher_client(client, assignment):
    client.force_login(assignment.classroom.teacher)
    return client
