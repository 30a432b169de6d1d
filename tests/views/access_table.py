"""The role x URL table that tests/views/test_access.py walks: a world with
one object of each kind, a client for each role, and for every named URL its
method, arguments and the status each role must get."""

from django.test import Client

from articles.domain.labels import Label
from articles.models import ImportBatch, ImportItem
from quizapp.models import JoinRequest
from quizapp.views.join import JOIN_REQUEST_SESSION_KEY
from tests.conftest import sign_in_student
from tests.factories import (
    AdminFactory,
    AnswerKeyFactory,
    AssignmentFactory,
    AttemptFactory,
    ClassroomFactory,
    StudentFactory,
    UserFactory,
)

ROLES = ["anonymous", "student", "other_student", "teacher", "other_teacher", "admin"]


class World:
    """One teacher's class with an assignment, a draft article, and outsiders."""

    def __init__(self) -> None:
        self.assignment = AssignmentFactory()
        self.teacher = self.assignment.classroom.teacher
        self.classroom = self.assignment.classroom
        self.exercise = self.assignment.exercise
        self.article = self.exercise.article
        self.segment = self.article.segments.get(position=2)
        self.draft_key = AnswerKeyFactory(
            approved_at=None,
            entries=[Label.SOURCED_CLAIM],
            article__uploaded_by=self.teacher,
        )
        self.draft_entry = self.draft_key.entries.first()
        self.student = StudentFactory(classroom=self.classroom)
        self.attempt = AttemptFactory(assignment=self.assignment, student=self.student)
        self.other_student = StudentFactory(classroom=ClassroomFactory())
        self.other_teacher = UserFactory()
        self.admin = AdminFactory()
        self.batch = ImportBatch.objects.create(
            created_by=self.admin, source_name="articles.csv"
        )
        ImportItem.objects.create(
            batch=self.batch, position=0, name="row 2", status="refused", message="x"
        )
        self.join_request = JoinRequest.objects.create(
            classroom=self.classroom,
            nickname="Second name",
            device_digest="d" * 64,
            reason=JoinRequest.Reason.DEVICE_USED,
        )

    def client_for(self, role: str, *, enforce_csrf_checks: bool = False) -> Client:
        client = Client(enforce_csrf_checks=enforce_csrf_checks)
        if role == "anonymous":
            # A browser waiting in the class's lobby: not anyone yet.
            session = client.session
            session[JOIN_REQUEST_SESSION_KEY] = self.join_request.pk
            session.save()
        elif role in {"student", "other_student"}:
            sign_in_student(client, getattr(self, role))
        elif role == "teacher":
            client.force_login(self.teacher)
        elif role in {"other_teacher", "admin"}:
            client.force_login(getattr(self, role))
        return client


def statuses(anonymous, student, other_student, teacher, other_teacher, admin):
    return dict(
        zip(
            ROLES,
            [anonymous, student, other_student, teacher, other_teacher, admin],
            strict=True,
        )
    )


STUDENT_ONLY = statuses(302, 200, 200, 302, 302, 302)
OWN_CLASS_STUDENT = statuses(302, 200, 404, 302, 302, 302)
ANY_TEACHER = statuses(302, 302, 302, 200, 200, 200)
OWNER_TEACHER = statuses(302, 302, 302, 200, 404, 200)
# A POST that redirects back to the class page, for its teacher and admins.
OWNER_TEACHER_POST = statuses(302, 302, 302, 302, 404, 302)
EVERYONE = statuses(200, 200, 200, 200, 200, 200)
ADMIN_ONLY = statuses(302, 302, 302, 403, 403, 200)

# name: (method, url args from the world, POST data, expected status per role)
CASES = {
    "healthz": ("get", lambda w: [], None, EVERYONE),
    "login": ("get", lambda w: [], None, EVERYONE),
    "logout": ("post", lambda w: [], {}, statuses(302, 302, 302, 302, 302, 302)),
    "quizapp:landing": (
        "get",
        lambda w: [],
        None,
        statuses(200, 302, 302, 302, 302, 302),
    ),
    "quizapp:join": ("get", lambda w: [], None, EVERYONE),
    "quizapp:rejoin": ("get", lambda w: [], None, EVERYONE),
    # Only the browser whose request it is sees it; others go to the join page.
    "quizapp:join-waiting": (
        "get",
        lambda w: [],
        None,
        statuses(200, 302, 302, 302, 302, 302),
    ),
    "quizapp:classroom-roster-lock": (
        "post",
        lambda w: [w.classroom.pk],
        {"locked": "yes"},
        OWNER_TEACHER_POST,
    ),
    "quizapp:join-request-decide": (
        "post",
        lambda w: [w.join_request.pk],
        {"decision": "refuse"},
        OWNER_TEACHER_POST,
    ),
    "quizapp:leave": ("post", lambda w: [], {}, statuses(302, 302, 302, 302, 302, 302)),
    "quizapp:student-home": ("get", lambda w: [], None, STUDENT_ONLY),
    "quizapp:assignment-work": (
        "get",
        lambda w: [w.assignment.pk],
        None,
        OWN_CLASS_STUDENT,
    ),
    "quizapp:answer-save": (
        "post",
        lambda w: [w.assignment.pk, w.segment.pk],
        {"label": "sourced_claim", "seq": "1"},
        statuses(302, 302, 404, 302, 302, 302),
    ),
    "quizapp:attempt-submit": (
        "post",
        lambda w: [w.assignment.pk],
        {},
        statuses(302, 302, 404, 302, 302, 302),
    ),
    "quizapp:attempt-revise": (
        "post",
        lambda w: [w.assignment.pk],
        {},
        statuses(302, 302, 404, 302, 302, 302),
    ),
    "quizapp:assignment-detail": (
        "get",
        lambda w: [w.assignment.pk],
        None,
        OWNER_TEACHER,
    ),
    "quizapp:assignment-settings": (
        "post",
        lambda w: [w.assignment.pk],
        {"feedback_policy": "immediate"},
        OWNER_TEACHER_POST,
    ),
    "quizapp:assignment-close": (
        "post",
        lambda w: [w.assignment.pk],
        {},
        OWNER_TEACHER_POST,
    ),
    "quizapp:assignment-reopen": (
        "post",
        lambda w: [w.assignment.pk],
        {},
        OWNER_TEACHER_POST,
    ),
    "quizapp:assignment-release": (
        "post",
        lambda w: [w.assignment.pk],
        {},
        OWNER_TEACHER_POST,
    ),
    "quizapp:attempt-reopen": (
        "post",
        lambda w: [w.assignment.pk, w.student.pk],
        {},
        OWNER_TEACHER_POST,
    ),
    "quizapp:attempt-review": ("get", lambda w: [w.attempt.pk], None, OWNER_TEACHER),
    "quizapp:attempt-score": (
        "post",
        lambda w: [w.attempt.pk],
        {"percent": "80"},
        OWNER_TEACHER_POST,
    ),
    "quizapp:mark-set": (
        "post",
        lambda w: [w.attempt.pk, w.segment.pk],
        {"mark": "right"},
        OWNER_TEACHER_POST,
    ),
    "quizapp:teacher-home": ("get", lambda w: [], None, ANY_TEACHER),
    "quizapp:classroom-new": ("get", lambda w: [], None, ANY_TEACHER),
    "quizapp:classroom-detail": (
        "get",
        lambda w: [w.classroom.pk],
        None,
        OWNER_TEACHER,
    ),
    # Other teachers' articles only once an admin shares them (tested apart).
    "quizapp:exercise-new": ("get", lambda w: [w.article.pk], None, OWNER_TEACHER),
    "quizapp:exercise-detail": ("get", lambda w: [w.exercise.pk], None, OWNER_TEACHER),
    "quizapp:classroom-rename": (
        "post",
        lambda w: [w.classroom.pk],
        {"name": "Renamed"},
        OWNER_TEACHER_POST,
    ),
    "quizapp:classroom-archive": (
        "post",
        lambda w: [w.classroom.pk],
        {"archive": "yes"},
        OWNER_TEACHER_POST,
    ),
    "quizapp:classroom-join-code": (
        "post",
        lambda w: [w.classroom.pk],
        {},
        OWNER_TEACHER_POST,
    ),
    "quizapp:classroom-join-sheet": (
        "get",
        lambda w: [w.classroom.pk],
        None,
        OWNER_TEACHER,
    ),
    "quizapp:classroom-join-qr": (
        "get",
        lambda w: [w.classroom.pk],
        None,
        OWNER_TEACHER,
    ),
    "quizapp:student-rename": (
        "post",
        lambda w: [w.student.pk],
        {"nickname": "Zed"},
        OWNER_TEACHER_POST,
    ),
    "quizapp:student-move": (
        "post",
        lambda w: [w.student.pk],
        {"classroom": "0"},
        OWNER_TEACHER_POST,
    ),
    "quizapp:student-remove": (
        "post",
        lambda w: [w.student.pk],
        {},
        OWNER_TEACHER_POST,
    ),
    "quizapp:student-delete": (
        "post",
        lambda w: [w.student.pk],
        {"confirm": "yes"},
        OWNER_TEACHER_POST,
    ),
    "articles:article-new": ("get", lambda w: [], None, ANY_TEACHER),
    "quizapp:classroom-export": (
        "get",
        lambda w: [w.classroom.pk],
        None,
        OWNER_TEACHER,
    ),
    "quizapp:classroom-delete": (
        "post",
        lambda w: [w.classroom.pk],
        {"confirm_name": "not the name"},
        OWNER_TEACHER_POST,
    ),
    "articles:article-save": (
        "post",
        lambda w: [],
        {"intent": "refresh", "title": "T", "text": "The mayor said so."},
        ANY_TEACHER,
    ),
    "articles:batch-import": ("get", lambda w: [], None, ADMIN_ONLY),
    "articles:batch-detail": ("get", lambda w: [w.batch.pk], None, ADMIN_ONLY),
    "articles:batch-resume": (
        "post",
        lambda w: [w.batch.pk],
        {},
        statuses(302, 302, 302, 403, 403, 302),
    ),
    "articles:segment-split": (
        "post",
        lambda w: [w.draft_key.article_id, w.draft_entry.pk],
        {"at": "0"},
        statuses(302, 302, 302, 302, 404, 302),
    ),
    "articles:segment-join": (
        "post",
        lambda w: [w.draft_key.article_id, w.draft_entry.pk],
        {},
        statuses(302, 302, 302, 302, 404, 302),
    ),
    "articles:key-accept-remaining": (
        "post",
        lambda w: [w.draft_key.article_id],
        {},
        statuses(302, 302, 302, 302, 404, 302),
    ),
    "articles:key-new-version": (
        "post",
        lambda w: [w.article.pk],
        {},
        statuses(302, 302, 302, 302, 404, 302),
    ),
    "articles:key-review": (
        "get",
        lambda w: [w.draft_key.article_id],
        None,
        OWNER_TEACHER,
    ),
    "articles:key-entry-save": (
        "post",
        lambda w: [w.draft_key.article_id, w.draft_entry.pk],
        {"label": "none"},
        statuses(302, 302, 302, 302, 404, 302),
    ),
    "quizapp:assignment-report": (
        "get",
        lambda w: [w.assignment.pk],
        None,
        OWNER_TEACHER,
    ),
    "quizapp:assignment-debrief": (
        "get",
        lambda w: [w.assignment.pk],
        None,
        OWNER_TEACHER,
    ),
    "quizapp:assignment-export": (
        "get",
        lambda w: [w.assignment.pk, "answers", "csv"],
        None,
        OWNER_TEACHER,
    ),
    "quizapp:student-profile": (
        "get",
        lambda w: [w.student.pk],
        None,
        OWNER_TEACHER,
    ),
    "quizapp:article-profile": (
        "get",
        lambda w: [w.draft_key.article_id],
        None,
        OWNER_TEACHER,
    ),
    "quizapp:key-approve": (
        "post",
        lambda w: [w.draft_key.article_id],
        {},
        statuses(302, 302, 302, 302, 404, 302),
    ),
}
