from django.contrib import admin
from django.contrib.admin.models import LogEntry

from .models import (
    Answer,
    Assignment,
    Attempt,
    Classroom,
    Exercise,
    MarkOverride,
    Regrade,
    Student,
)


@admin.register(LogEntry)
class LogEntryAdmin(admin.ModelAdmin):
    """Every change made in the admin, read-only: the audit trail."""

    list_display = [
        "action_time",
        "user",
        "content_type",
        "object_repr",
        "action_flag",
        "change_message",
    ]
    list_filter = ["action_flag", "content_type", "user"]
    search_fields = ["object_repr", "change_message"]
    date_hierarchy = "action_time"

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Classroom)
class ClassroomAdmin(admin.ModelAdmin):
    list_display = ["name", "teacher", "join_code", "is_archived", "created_at"]
    list_filter = ["is_archived"]
    search_fields = ["name", "join_code"]


@admin.register(Student)
class StudentAdmin(admin.ModelAdmin):
    list_display = ["nickname", "classroom", "last_seen_at", "removed_at"]
    list_filter = ["classroom__teacher"]
    search_fields = ["nickname", "classroom__name"]


@admin.register(Exercise)
class ExerciseAdmin(admin.ModelAdmin):
    list_display = ["title", "article", "answer_key", "requires_evidence", "created_by"]
    list_filter = ["requires_evidence"]
    search_fields = ["title", "article__title"]


@admin.register(Assignment)
class AssignmentAdmin(admin.ModelAdmin):
    list_display = ["exercise", "classroom", "opens_at", "due_at", "feedback_policy"]
    list_filter = ["feedback_policy", "allow_resubmission"]
    search_fields = ["exercise__title", "classroom__name"]


@admin.register(Attempt)
class AttemptAdmin(admin.ModelAdmin):
    list_display = [
        "student",
        "assignment",
        "status",
        "score_correct",
        "score_total",
        "score_override_percent",
    ]
    list_filter = ["status"]
    search_fields = ["student__nickname", "assignment__exercise__title"]


@admin.register(Answer)
class AnswerAdmin(admin.ModelAdmin):
    list_display = ["attempt", "segment", "label", "updated_at"]
    list_filter = ["label"]


@admin.register(MarkOverride)
class MarkOverrideAdmin(admin.ModelAdmin):
    list_display = ["attempt", "segment", "is_correct", "created_by", "updated_at"]
    list_filter = ["is_correct"]


@admin.register(Regrade)
class RegradeAdmin(admin.ModelAdmin):
    list_display = [
        "exercise",
        "from_key",
        "to_key",
        "regraded_by",
        "regraded_at",
        "attempts_regraded",
    ]
