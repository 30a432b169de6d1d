from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_POST

from .. import selectors, services
from ..domain.labels import DISPLAY_NAMES, Label
from ..forms import LABEL_NOT_CHOSEN, KeyEntryForm
from ..models import Article, KeyEntry

# Teachers and admins are Django users; students have none, so
# login_required keeps them out of every view here.


def _editable_article(request: HttpRequest, article_id: int) -> Article:
    """The user's own article (any, for an admin); another's id is a 404."""
    return get_object_or_404(
        selectors.articles_editable_by(request.user), pk=article_id
    )


@require_GET
@login_required
def key_review(request: HttpRequest, article_id: int) -> HttpResponse:
    article = get_object_or_404(
        selectors.articles_visible_to(request.user), pk=article_id
    )
    answer_key = selectors.answer_key_latest(article=article)
    entries = selectors.key_entries_for_review(answer_key=answer_key)
    order_unsure = request.GET.get("order") == "unsure"
    if order_unsure:
        # Least sure first; sorted() keeps reading order among equals.
        entries = sorted(entries, key=lambda row: row.entry.confidence or 0)
    is_editor = (
        selectors.articles_editable_by(request.user).filter(pk=article.pk).exists()
    )
    can_edit = is_editor and not answer_key.is_approved
    return render(
        request,
        "articles/key_review.html",
        {
            "article": article,
            "answer_key": answer_key,
            "entries": entries,
            "unlabeled_count": sum(not row.entry.label for row in entries),
            "unsure_count": sum(row.entry.is_unsure for row in entries),
            "unreviewed_count": sum(row.entry.reviewed_at is None for row in entries),
            "order_unsure": order_unsure,
            "can_edit": can_edit,
            "is_editor": is_editor,
            "history": selectors.key_history(article=article),
            # Boundaries are fixed once any version was approved.
            "can_fix_boundaries": can_edit
            and answer_key.version == 1
            and not order_unsure,
            "label_choices": [(label.value, DISPLAY_NAMES[label]) for label in Label],
        },
    )


@require_POST
@login_required
def key_entry_save(
    request: HttpRequest, article_id: int, entry_id: int
) -> HttpResponse:
    entry = _editable_entry(request, article_id, entry_id)
    article = entry.answer_key.article
    form = KeyEntryForm(request.POST)
    if not form.is_valid():
        return HttpResponse(LABEL_NOT_CHOSEN, status=422)
    try:
        entry = services.key_entry_set_label(
            entry=entry,
            label=form.cleaned_label(),
            rationale=form.cleaned_data["rationale"],
        )
    except ValidationError as error:
        return HttpResponse(error.messages[0], status=409)
    if request.htmx:
        entries = entry.answer_key.entries
        return render(
            request,
            "articles/key_review.html#key-save-status",
            {
                "entry": entry,
                "is_save_response": True,
                "unlabeled_count": entries.filter(label="").count(),
                "unreviewed_count": entries.filter(reviewed_at__isnull=True).count(),
            },
        )
    return redirect("articles:key-review", article_id=article.pk)


@require_POST
@login_required
def key_new_version(request: HttpRequest, article_id: int) -> HttpResponse:
    """Start editing an approved key: a new draft version, the old one kept."""
    article = _editable_article(request, article_id)
    draft = services.answer_key_new_version(article=article, created_by=request.user)
    messages.success(
        request,
        f"Editing version {draft.version}. Students keep the approved version "
        "until you approve this one.",
    )
    return redirect("articles:key-review", article_id=article.pk)


@require_POST
@login_required
def key_accept_remaining(request: HttpRequest, article_id: int) -> HttpResponse:
    article = _editable_article(request, article_id)
    try:
        accepted = services.answer_key_accept_remaining(
            answer_key=selectors.answer_key_latest(article=article)
        )
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(
            request, f"{accepted} suggestion(s) accepted. Approve the key when ready."
        )
    return redirect("articles:key-review", article_id=article.pk)


def _editable_entry(request: HttpRequest, article_id: int, entry_id: int) -> KeyEntry:
    """A key entry of an article the user may edit; anything else is a 404."""
    return get_object_or_404(
        selectors.key_entries_editable_by(request.user, article_id=article_id),
        pk=entry_id,
    )


@require_POST
@login_required
def segment_split(request: HttpRequest, article_id: int, entry_id: int) -> HttpResponse:
    entry = _editable_entry(request, article_id, entry_id)
    article = entry.answer_key.article
    try:
        at = int(request.POST.get("at", ""))
        services.segment_split(entry=entry, at=at)
    except ValueError:
        messages.error(request, services.BAD_SPLIT)
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(request, "Split in two; both halves have fresh suggestions.")
    return redirect("articles:key-review", article_id=article.pk)


@require_POST
@login_required
def segment_join(request: HttpRequest, article_id: int, entry_id: int) -> HttpResponse:
    entry = _editable_entry(request, article_id, entry_id)
    article = entry.answer_key.article
    try:
        services.segment_join_next(entry=entry)
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(request, "Joined with the next sentence; check its label.")
    return redirect("articles:key-review", article_id=article.pk)
