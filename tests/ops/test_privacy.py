"""Retention, and the admin's audit trail."""

import io
from datetime import timedelta

import pytest

from django.contrib.admin.models import CHANGE, LogEntry
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from articles.domain.labels import Label
from articles.models import Article
from quizapp.models import Answer, Attempt, Classroom, JoinRequest, Student
from quizapp.services.attempts import answer_save
from tests.factories import ArticleFactory, AttemptFactory, StudentFactory

pytestmark = pytest.mark.django_db


def purge(*args) -> str:
    output = io.StringIO()
    call_command("purge_old_data", *args, stdout=output)
    return output.getvalue()


def test_students_inactive_past_the_retention_period_are_deleted_with_their_work(
    settings,
):
    settings.STUDENT_DATA_RETENTION_DAYS = 30
    old = AttemptFactory(student__nickname="Old")
    segment = old.assignment.exercise.article.segments.get(position=2)
    answer_save(attempt=old, segment=segment, label=Label.SOURCED_CLAIM, seq=1)
    Student.objects.filter(pk=old.student_id).update(
        last_seen_at=timezone.now() - timedelta(days=31)
    )
    recent = StudentFactory(classroom=old.assignment.classroom, nickname="Recent")
    Student.objects.filter(pk=recent.pk).update(
        created_at=timezone.now() - timedelta(days=90),
        last_seen_at=timezone.now() - timedelta(days=2),
    )
    never_seen = StudentFactory(classroom=old.assignment.classroom)
    Student.objects.filter(pk=never_seen.pk).update(
        created_at=timezone.now() - timedelta(days=45)
    )

    assert "Would delete 2 student(s)" in purge("--dry-run")
    assert Student.objects.count() == 3

    assert "Deleted 2 student(s)" in purge()
    assert list(Student.objects.values_list("nickname", flat=True)) == ["Recent"]
    assert not Attempt.objects.exists()
    assert not Answer.objects.exists()
    # The teacher's class and material stay.
    assert Classroom.objects.filter(pk=old.assignment.classroom_id).exists()


def test_any_visit_keeps_a_student_from_the_purge(client, settings):
    from tests.conftest import sign_in_student

    settings.STUDENT_DATA_RETENTION_DAYS = 30
    student = StudentFactory()
    Student.objects.filter(pk=student.pk).update(
        created_at=timezone.now() - timedelta(days=60),
        last_seen_at=timezone.now() - timedelta(days=31),
    )
    sign_in_student(client, student)

    client.get(reverse("quizapp:student-home"))  # reading, not saving

    assert "Deleted 0 student(s)" in purge()
    assert Student.objects.filter(pk=student.pk).exists()


def test_old_admin_log_entries_are_purged_too(settings, admin_user):
    settings.STUDENT_DATA_RETENTION_DAYS = 30
    article = ArticleFactory()
    LogEntry.objects.log_actions(
        user_id=admin_user.pk,
        queryset=[article],
        action_flag=CHANGE,
        change_message="x",
    )
    LogEntry.objects.update(action_time=timezone.now() - timedelta(days=31))

    assert "1 admin log entr(ies)" in purge()
    assert not LogEntry.objects.exists()


def test_old_requests_to_join_are_purged_too(settings):
    settings.STUDENT_DATA_RETENTION_DAYS = 30
    classroom = StudentFactory().classroom
    for nickname in ["Old Ask", "New Ask"]:
        JoinRequest.objects.create(
            classroom=classroom,
            nickname=nickname,
            device_digest=nickname,
            reason=JoinRequest.Reason.ROSTER_LOCKED,
        )
    JoinRequest.objects.filter(nickname="Old Ask").update(
        created_at=timezone.now() - timedelta(days=31)
    )

    assert "1 request(s) to join a class" in purge()
    assert list(JoinRequest.objects.values_list("nickname", flat=True)) == ["New Ask"]


def test_the_admins_sharing_action_is_in_the_audit_log(client, admin_user):
    articles = [ArticleFactory(), ArticleFactory(is_shared=True)]
    client.force_login(admin_user)

    client.post(
        reverse("admin:articles_article_changelist"),
        {
            "action": "share_with_all_teachers",
            "_selected_action": [article.pk for article in articles],
        },
    )

    assert Article.objects.filter(is_shared=True).count() == 2
    entry = LogEntry.objects.get()
    assert (entry.user, entry.action_flag, entry.object_id) == (
        admin_user,
        CHANGE,
        str(articles[0].pk),
    )
    assert entry.get_change_message() == "Shared with every teacher"
    log_page = client.get(reverse("admin:admin_logentry_changelist"))
    assert "Shared with every teacher" in log_page.content.decode()
