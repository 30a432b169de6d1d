from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path, re_path

from .ops import health
from .security.login_forms import (
    LimitedAdminAuthenticationForm,
    LimitedAuthenticationForm,
)
from .views import (
    assignments,
    classes,
    grading,
    join,
    key_approval,
    reports,
    site_icon,
    student,
    teacher,
)

quizapp_patterns = [
    path("", join.landing, name="landing"),
    path("join/", join.join, name="join"),
    path("join/waiting/", join.join_waiting, name="join-waiting"),
    path("rejoin/", join.rejoin, name="rejoin"),
    path("leave/", join.leave, name="leave"),
    # Students
    path("me/", student.student_home, name="student-home"),
    path(
        "me/assignments/<int:assignment_id>/",
        student.assignment_work,
        name="assignment-work",
    ),
    path(
        "me/assignments/<int:assignment_id>/segments/<int:segment_id>/answer/",
        student.answer_save,
        name="answer-save",
    ),
    path(
        "me/assignments/<int:assignment_id>/submit/",
        student.attempt_submit,
        name="attempt-submit",
    ),
    path(
        "me/assignments/<int:assignment_id>/revise/",
        student.attempt_revise,
        name="attempt-revise",
    ),
    # Teachers
    path(
        "teach/assignments/<int:assignment_id>/",
        assignments.assignment_detail,
        name="assignment-detail",
    ),
    path(
        "teach/attempts/<int:attempt_id>/",
        grading.attempt_review,
        name="attempt-review",
    ),
    path(
        "teach/attempts/<int:attempt_id>/score/",
        grading.score_override,
        name="attempt-score",
    ),
    path(
        "teach/attempts/<int:attempt_id>/segments/<int:segment_id>/mark/",
        grading.mark_set,
        name="mark-set",
    ),
    path(
        "teach/assignments/<int:assignment_id>/report/",
        reports.assignment_report,
        name="assignment-report",
    ),
    path(
        "teach/assignments/<int:assignment_id>/debrief/",
        reports.assignment_debrief,
        name="assignment-debrief",
    ),
    re_path(
        r"^teach/assignments/(?P<assignment_id>[0-9]+)/export/"
        r"(?P<kind>answers|summary)\.(?P<file_format>csv|json)$",
        reports.assignment_export,
        name="assignment-export",
    ),
    path(
        "teach/articles/<int:article_id>/sourcing/",
        reports.article_profile,
        name="article-profile",
    ),
    path(
        "teach/students/<int:student_id>/",
        reports.student_profile,
        name="student-profile",
    ),
    path(
        "teach/assignments/<int:assignment_id>/settings/",
        assignments.assignment_settings,
        name="assignment-settings",
    ),
    path(
        "teach/assignments/<int:assignment_id>/close/",
        assignments.assignment_close,
        name="assignment-close",
    ),
    path(
        "teach/assignments/<int:assignment_id>/reopen/",
        assignments.assignment_reopen,
        name="assignment-reopen",
    ),
    path(
        "teach/assignments/<int:assignment_id>/release/",
        assignments.assignment_release,
        name="assignment-release",
    ),
    path(
        "teach/assignments/<int:assignment_id>/students/<int:student_id>/reopen/",
        assignments.attempt_reopen,
        name="attempt-reopen",
    ),
    path("teach/", teacher.teacher_home, name="teacher-home"),
    path("teach/classes/new/", teacher.classroom_new, name="classroom-new"),
    path(
        "teach/classes/<int:classroom_id>/export.json",
        classes.classroom_export,
        name="classroom-export",
    ),
    path(
        "teach/classes/<int:classroom_id>/delete/",
        classes.classroom_delete,
        name="classroom-delete",
    ),
    path(
        "teach/classes/<int:classroom_id>/",
        teacher.classroom_detail,
        name="classroom-detail",
    ),
    path(
        "teach/classes/<int:classroom_id>/rename/",
        classes.classroom_rename,
        name="classroom-rename",
    ),
    path(
        "teach/classes/<int:classroom_id>/archive/",
        classes.classroom_archive,
        name="classroom-archive",
    ),
    path(
        "teach/classes/<int:classroom_id>/join-code/",
        classes.classroom_join_code,
        name="classroom-join-code",
    ),
    path(
        "teach/classes/<int:classroom_id>/roster-lock/",
        classes.classroom_roster_lock,
        name="classroom-roster-lock",
    ),
    path(
        "teach/join-requests/<int:join_request_id>/",
        classes.join_request_decide,
        name="join-request-decide",
    ),
    path(
        "teach/classes/<int:classroom_id>/join-sheet/",
        classes.classroom_join_sheet,
        name="classroom-join-sheet",
    ),
    path(
        "teach/classes/<int:classroom_id>/join-qr.svg",
        classes.classroom_join_qr,
        name="classroom-join-qr",
    ),
    path(
        "teach/students/<int:student_id>/rename/",
        classes.student_rename,
        name="student-rename",
    ),
    path(
        "teach/students/<int:student_id>/move/",
        classes.student_move,
        name="student-move",
    ),
    path(
        "teach/students/<int:student_id>/remove/",
        classes.student_remove,
        name="student-remove",
    ),
    path(
        "teach/students/<int:student_id>/delete/",
        classes.student_delete,
        name="student-delete",
    ),
    path(
        "teach/articles/<int:article_id>/key/approve/",
        key_approval.key_approve,
        name="key-approve",
    ),
    path(
        "teach/articles/<int:article_id>/exercises/new/",
        teacher.exercise_new,
        name="exercise-new",
    ),
    path(
        "teach/exercises/<int:exercise_id>/",
        teacher.exercise_detail,
        name="exercise-detail",
    ),
]

admin.site.login_form = LimitedAdminAuthenticationForm

urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path("favicon.ico", site_icon.favicon),
    path("", include((quizapp_patterns, "quizapp"))),
    path("teach/articles/", include("articles.urls")),
    path(
        "accounts/login/",
        auth_views.LoginView.as_view(authentication_form=LimitedAuthenticationForm),
        name="login",
    ),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("admin/", admin.site.urls),
]
