from io import StringIO

import pytest
from pytest_django.asserts import assertContains

from django.core.management import call_command
from django.urls import reverse

from quizapp.models import Assignment, Attempt, Classroom, Exercise


@pytest.mark.django_db
def test_the_demo_command_loads_a_ready_lesson_and_prints_the_logins():
    out = StringIO()

    call_command("seed_demo", stdout=out)

    printed = out.getvalue()
    assert "Teacher login   teacher / newsroom-demo" in printed
    assert "Class join code FERRY27" in printed
    assert "Students open   http://127.0.0.1:8000/join/  and type FERRY27" in printed
    # 127.0.0.1 is this computer only: the way to let phones in is named.
    assert "run make demo LAN=1" in printed
    classroom = Classroom.objects.get(join_code="FERRY27")
    assert Exercise.objects.count() == 2
    assert all(exercise.answer_key.is_approved for exercise in Exercise.objects.all())
    assert Assignment.objects.filter(classroom=classroom).count() == 1
    assert (
        Attempt.objects.filter(
            status=Attempt.Status.SUBMITTED, assignment__classroom=classroom
        ).count()
        == 1
    )


@pytest.mark.django_db
def test_the_demo_has_a_class_whose_report_shows_typical_misconceptions(client):
    call_command("seed_demo", stdout=StringIO())
    assignment = Assignment.objects.get(classroom__name="Year 10 News Literacy")
    client.force_login(assignment.classroom.teacher)

    report = client.get(reverse("quizapp:assignment-report", args=[assignment.pk]))
    bo = assignment.classroom.students.get(nickname="Bo")
    profile = client.get(reverse("quizapp:student-profile", args=[bo.pk]))

    # The report's wording is its own tests' business: here, that it opens
    # on a class that has all submitted.
    assert report.status_code == 200
    assert (
        Attempt.objects.filter(
            assignment=assignment, status=Attempt.Status.SUBMITTED
        ).count()
        == 12
    )
    assertContains(profile, "Often labels sourced claims as unverified assertions")


@pytest.mark.django_db
def test_running_the_demo_command_twice_changes_nothing():
    call_command("seed_demo", stdout=StringIO())
    out = StringIO()

    call_command("seed_demo", stdout=out)

    assert "already present" in out.getvalue()
    assert Classroom.objects.count() == 2


@pytest.mark.django_db
def test_with_the_lan_switch_the_demo_prints_the_address_students_type():
    out = StringIO()

    call_command(
        "seed_demo",
        url="http://127.0.0.1:8000/",
        join_url="http://192.0.2.55:8000/join/",
        stdout=out,
    )

    printed = out.getvalue()
    assert "Students open   http://192.0.2.55:8000/join/  and type FERRY27" in printed
    assert "make demo LAN=1" not in printed
