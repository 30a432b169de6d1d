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


# Each label's name, its first word always shown and the rest only where
# there is room (the phone's row of choices).
LABEL_CHOICES = [
    (label.value, *DISPLAY_NAMES[label].partition(" ")[::2]) for label in Label
]


@require_GET
@login_required
def key_review(request: HttpRequest, article_id: int) -> HttpResponse:
    article = get_object_or_404(
        selectors.articles_visible_to(request.user), pk=article_id
    )
    answer_key = selectors.answer_key_latest(article=article)
    order_unsure = request.GET.get("order") == "unsure"
    is_editor = (
        selectors.articles_editable_by(request.user).filter(pk=article.pk).exists()
    )
    can_edit = is_editor and not answer_key.is_approved
    # Boundaries are fixed once any version was approved.
    boundaries_open = can_edit and answer_key.version == 1 and not order_unsure
    fixing = boundaries_open and request.GET.get("fix") == "boundaries"
    # While boundaries are fixed, every sentence stays in reading order.
    review = selectors.key_review(
        answer_key=answer_key, unsure_first=order_unsure, group_clutter=not fixing
    )
    return render(
        request,
        "articles/key_review.html",
        {
            "article": article,
            "answer_key": answer_key,
            "review": review,
            "state": review.state,
            "unsure_count": sum(row.entry.is_unsure for row in review.rows),
            "order_unsure": order_unsure,
            "can_edit": can_edit,
            "is_editor": is_editor,
            "history": selectors.key_history(article=article),
            "boundaries_open": boundaries_open,
            "can_fix_boundaries": fixing,
            "label_choices": LABEL_CHOICES,
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
    label_before, rationale_before = entry.label, entry.rationale
    rationale = form.cleaned_rationale()
    try:
        entry = services.key_entry_set_label(
            entry=entry, label=form.cleaned_label(), rationale=rationale
        )
    except ValidationError as error:
        return HttpResponse(error.messages[0], status=409)
    if request.htmx:
        label_changed = entry.label != label_before
        return render(
            request,
            "articles/_key_saved.html",
            {
                "article": article,
                "entry": entry,
                "label_changed": label_changed,
                "explanation_changed": entry.rationale != rationale_before,
                # The explanation now shown is the labeler's, not typed.
                "reason_offered": label_changed
                and rationale in (None, rationale_before),
                "state": selectors.key_review_state(answer_key=entry.answer_key),
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
