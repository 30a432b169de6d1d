from django.contrib import admin

from .models import Answer, Assignment, Attempt, Classroom, Exercise, Student


@admin.register(Classroom)
class ClassroomAdmin(admin.ModelAdmin):
    list_display = ["name", "teacher", "join_code", "is_archived", "created_at"]
    list_filter = ["is_archived"]
    search_fields = ["name", "join_code"]


@admin.register(Student)
class StudentAdmin(admin.ModelAdmin):
    list_display = ["nickname", "classroom", "last_seen_at"]
    search_fields = ["nickname"]


@admin.register(Exercise)
class ExerciseAdmin(admin.ModelAdmin):
    list_display = ["title", "article", "answer_key", "created_by"]


@admin.register(Assignment)
class AssignmentAdmin(admin.ModelAdmin):
    list_display = ["exercise", "classroom", "opens_at", "due_at", "feedback_policy"]


@admin.register(Attempt)
class AttemptAdmin(admin.ModelAdmin):
    list_display = ["student", "assignment", "status", "score_correct", "score_total"]
    list_filter = ["status"]


@admin.register(Answer)
class AnswerAdmin(admin.ModelAdmin):
    list_display = ["attempt", "segment", "label", "updated_at"]
