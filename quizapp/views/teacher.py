from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods
from django.views.decorators.vary import vary_on_headers

from articles.selectors import (
    answer_key_approved_latest,
    articles_visible_to,
    articles_with_key_status,
    askable_sentences,
)

from ..domain.codes import JOIN_CODE_LENGTH
from ..forms import AssignmentForm, ClassroomForm, ExerciseForm, MoveStudentForm
from ..http import HtmxHttpRequest
from ..permissions import teacher_required
from ..selectors import access, classes, progress
from ..services import assignments, classrooms
from .classes import join_address


@require_GET
@teacher_required
def teacher_home(request: HtmxHttpRequest) -> HttpResponse:
    return render(
        request,
        "teacher/home.html",
        {
            "overview": classes.teacher_overview(user=request.user),
            "archived_classrooms": access.classrooms_taught_by(request.user).filter(
                is_archived=True
            ),
            "articles": articles_with_key_status(
                articles_visible_to(request.user)[:100]
            ),
            "exercises": access.exercises_visible_to(request.user).select_related(
                "article", "answer_key"
            ),
        },
    )


@require_http_methods(["GET", "POST"])
@teacher_required
def classroom_new(request: HtmxHttpRequest) -> HttpResponse:
    form = ClassroomForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            classroom = classrooms.classroom_create(
                teacher=request.user, name=form.cleaned_data["name"]
            )
        except ValidationError as error:
            form.add_error("name", error.messages)
        else:
            messages.success(request, f"Class “{classroom.name}” created.")
            return redirect("quizapp:classroom-detail", classroom_id=classroom.pk)
    return render(request, "teacher/classroom_new.html", {"form": form})


@require_GET
@teacher_required
@vary_on_headers("HX-Request")  # the same URL returns a page or the table alone
def classroom_detail(request: HtmxHttpRequest, classroom_id: int) -> HttpResponse:
    taught = access.classrooms_taught_by(request.user)
    classroom = get_object_or_404(taught, pk=classroom_id)
    template_name = "teacher/classroom_detail.html"
    if request.htmx:
        # Two live regions poll this page: each asks for its own part.
        part = "waiting-list" if request.htmx.target == "waiting-list" else None
        template_name += f"#{part or 'progress-table'}"
        if part:
            return render(
                request,
                template_name,
                {
                    "classroom": classroom,
                    "waiting": classes.waiting_requests(classroom),
                },
            )
    sort = request.GET.get("sort", "name")
    if sort not in progress.PROGRESS_SORTS:
        sort = "name"
    table = progress.class_progress(classroom=classroom, sort=sort)
    # The roster refreshes with the progress table (one region, one read of
    # the students), so it never says "Nobody yet" beside a full table.
    classes.mark_shared_devices([row.student for row in table.rows])
    context = {
        "classroom": classroom,
        "progress": table,
        "sort": sort,
        "stuck_minutes": int(progress.STUCK_AFTER.total_seconds() // 60),
        "join_code_length": JOIN_CODE_LENGTH,
        "sort_choices": [
            ("name", _("by name")),
            ("attention", _("who needs help first")),
            ("activity", _("most recently active")),
        ],
        "removed_students": classes.removed_students(classroom),
        "other_classrooms": list(
            MoveStudentForm(teacher=request.user, current=classroom)
            .fields["classroom"]
            .queryset
        ),
    }
    if not request.htmx:
        context |= {
            "waiting": classes.waiting_requests(classroom),
            "assignments": classes.staged_assignments(table.assignments),
            "join_address": join_address(request),
        }
    return render(request, template_name, context)


@require_http_methods(["GET", "POST"])
@teacher_required
def exercise_new(request: HtmxHttpRequest, article_id: int) -> HttpResponse:
    article = get_object_or_404(articles_visible_to(request.user), pk=article_id)
    answer_key = answer_key_approved_latest(article=article)
    if answer_key is None:
        messages.error(request, "Approve the answer key before making an exercise.")
        return redirect("articles:key-review", article_id=article.pk)
    form = ExerciseForm(
        request.POST or None,
        initial={"title": article.title},
        askable=askable_sentences(answer_key),
    )
    if request.method == "POST" and form.is_valid():
        exercise = assignments.exercise_create(
            answer_key=answer_key, created_by=request.user, **form.cleaned_data
        )
        messages.success(request, "Exercise created. Now assign it to a class.")
        return redirect("quizapp:exercise-detail", exercise_id=exercise.pk)
    return render(
        request,
        "teacher/exercise_new.html",
        {"form": form, "article": article, "answer_key": answer_key},
    )


@require_http_methods(["GET", "POST"])
@teacher_required
def exercise_detail(request: HtmxHttpRequest, exercise_id: int) -> HttpResponse:
    exercise = get_object_or_404(
        access.exercises_visible_to(request.user).select_related(
            "article", "answer_key"
        ),
        pk=exercise_id,
    )
    form = AssignmentForm(request.POST or None, teacher=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            assignment = assignments.assignment_create(
                exercise=exercise, **form.cleaned_data
            )
        except ValidationError as error:
            form.add_error(None, error.messages)
        else:
            messages.success(
                request,
                _(
                    "Assigned to %(classroom)s. "
                    "Its report, debrief and grading are below."
                )
                % {"classroom": assignment.classroom},
            )
            # The class page lists the new assignment with its links.
            return redirect(
                "quizapp:classroom-detail", classroom_id=assignment.classroom_id
            )
    return render(
        request,
        "teacher/exercise_detail.html",
        {
            "exercise": exercise,
            "form": form,
            "assignments": classes.exercise_assignments(exercise, request.user),
        },
    )
