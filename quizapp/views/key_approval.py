"""Approving an answer key, where articles meet the exercises built on them."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.views.decorators.http import require_POST

from articles.selectors import answer_key_latest, articles_editable_by
from articles.services import answer_key_approve

from ..http import HtmxHttpRequest
from ..permissions import teacher_required
from ..services import regrading


def _where_to_fix(article_id: int, error: ValidationError) -> str:
    """The review page at the first sentence a refusal is about."""
    url = reverse("articles:key-review", args=[article_id])
    entry_id = (getattr(error, "params", None) or {}).get("entry_id")
    if entry_id is None:
        return url
    field = "rationale" if error.code == "key_unexplained" else "entry"
    return f"{url}#{field}-{entry_id}"


@require_POST
@teacher_required
def key_approve(request: HtmxHttpRequest, article_id: int) -> HttpResponse:
    """Approve the draft key; on request, move exercises to it and regrade."""
    article = get_object_or_404(articles_editable_by(request.user), pk=article_id)
    answer_key = answer_key_latest(article=article)
    try:
        answer_key = answer_key_approve(answer_key=answer_key, approved_by=request.user)
    except ValidationError as error:
        # The page opens on the sentence to fix, the message in its footer.
        messages.error(request, error.messages[0], extra_tags="approval-refused")
        return redirect(_where_to_fix(article_id, error))
    messages.success(
        request,
        f"Key version {answer_key.version} approved. You can now make an exercise.",
    )
    if request.POST.get("move_exercises") == "yes":
        regrades = regrading.exercises_move_to_key(
            answer_key=answer_key, moved_by=request.user
        )
        attempts = sum(regrade.attempts_regraded for regrade in regrades)
        messages.success(
            request,
            f"{len(regrades)} exercise(s) moved to version {answer_key.version}; "
            f"{attempts} submitted attempt(s) regraded.",
        )
    return redirect("articles:key-review", article_id=article.pk)
