"""Batch import for admins: upload, progress, per-item results."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from ..batches import selectors, services, tasks
from ..extraction import RefusedFile
from ..extraction.names import display_name
from ..forms import BatchImportForm
from ..models import ImportBatch
from ..upload_handling import (
    UPLOAD_LIMITED_MESSAGE,
    oversized_fields,
    upload_rate_exceeded,
)

RECENT_BATCHES = 20


def staff_only(view):
    """Logged-in admins only; a teacher gets 403, a visitor the login page."""

    @login_required
    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not request.user.is_staff:
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


@require_http_methods(["GET", "POST"])
@staff_only
def batch_import(request: HttpRequest) -> HttpResponse:
    is_post = request.method == "POST"
    form = BatchImportForm(
        request.POST if is_post else None,
        request.FILES if is_post else None,
        oversized=oversized_fields(request),
    )
    if is_post and form.is_valid() and upload_rate_exceeded(request):
        form.add_error("file", UPLOAD_LIMITED_MESSAGE)
    elif is_post and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            batch = services.batch_create(
                created_by=request.user,
                source_name=display_name(upload.name),
                data=upload.read(),
                share_with_all=form.cleaned_data["share_with_all"],
                enqueue=tasks.batch_enqueue,
            )
        except RefusedFile as refusal:
            form.add_error("file", str(refusal))
        else:
            messages.success(
                request, "Batch queued; the import runs in the background."
            )
            return redirect("articles:batch-detail", batch_id=batch.pk)
    batches = selectors.batches_recent(RECENT_BATCHES)
    return render(
        request,
        "articles/batch_import.html",
        {"form": form, "batches": batches},
        status=422 if form.errors else 200,
    )


@require_GET
@staff_only
def batch_detail(request: HttpRequest, batch_id: int) -> HttpResponse:
    batch = get_object_or_404(ImportBatch, pk=batch_id)
    progress = selectors.batch_progress(batch)
    items = selectors.batch_items(batch)
    template = "articles/batch_detail.html"
    if request.htmx:
        template += "#batch-progress"
    return render(
        request,
        template,
        {
            "batch": batch,
            "progress": progress,
            "items": items,
            "is_poll": bool(request.htmx),
            # What the page last announced; a new milestone is announced once.
            "announced": request.GET.get("announced", ""),
            "milestone": progress.milestone,
            "announcement": progress.announcement,
        },
    )


@require_POST
@staff_only
def batch_resume(request: HttpRequest, batch_id: int) -> HttpResponse:
    batch = get_object_or_404(ImportBatch, pk=batch_id)
    if selectors.batch_progress(batch).is_done:
        messages.info(request, "This batch has finished; there is nothing to resume.")
    else:
        tasks.batch_enqueue(batch.pk)
        messages.success(
            request,
            "Resumed: items already imported are skipped, the rest are queued again.",
        )
    return redirect("articles:batch-detail", batch_id=batch.pk)
