"""Adding one article: a file or pasted text, a preview, then the save."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from ..batches import services as batch_services
from ..domain.details import found_details
from ..domain.fingerprint import text_fingerprint
from ..domain.labels import DISPLAY_NAMES
from ..domain.pipeline import analyse
from ..domain.segmenting import normalise_text
from ..extraction import Extracted, RefusedFile
from ..extraction.names import display_name
from ..extraction.titles import title_for
from ..forms import ArticlePasteForm, ArticleSourceForm, file_advice, refusal_message
from ..upload_handling import (
    UPLOAD_LIMITED_MESSAGE,
    oversized_fields,
    upload_rate_exceeded,
)

KIND_NAMES = {
    "text": "plain text",
    "markdown": "Markdown",
    "html": "saved web page",
    "docx": "Word document",
    "pdf": "PDF",
}
PREVIEW_FIELDS = ("title", "outlet", "byline", "published_on", "source_url")


@require_http_methods(["GET", "POST"])
@login_required
def article_new(request: HttpRequest) -> HttpResponse:
    """Step one: a file or pasted text; a valid one leads to the preview."""
    if request.method != "POST":
        return render(
            request, "articles/article_new.html", {"form": ArticleSourceForm()}
        )
    form = ArticleSourceForm(
        request.POST, request.FILES, oversized=oversized_fields(request)
    )
    if form.is_valid():
        upload = form.cleaned_data["file"]
        if upload and upload_rate_exceeded(request):
            form.add_error("file", UPLOAD_LIMITED_MESSAGE)
            return render(
                request, "articles/article_new.html", {"form": form}, status=429
            )
        try:
            if upload:
                extracted = batch_services.article_file_read(upload.read(), upload.name)
            else:
                extracted = Extracted("text", form.cleaned_data["text"])
        except RefusedFile as refusal:
            form.add_error("file", refusal_message(refusal, file_advice()))
        else:
            initial, found = _details(extracted)
            return _preview(
                request,
                ArticlePasteForm(initial=initial),
                extracted.text,
                source=(
                    f"{display_name(upload.name)} ({KIND_NAMES[extracted.kind]})"
                    if upload
                    else ""
                ),
                found=found,
            )
    return render(request, "articles/article_new.html", {"form": form}, status=422)


def _details(extracted: Extracted) -> tuple[dict, list[str]]:
    """The preview's first values: what the file itself says, else what its
    lines say (a byline, a date line the clutter detector recognised), and
    the names of the fields filled from the text."""
    metadata = extracted.metadata
    initial = {name: getattr(metadata, name) for name in PREVIEW_FIELDS}
    found = []
    from_text = found_details(extracted.text)
    for name in ("byline", "outlet", "published_on"):
        value = getattr(from_text, name)
        if value and not initial[name]:
            initial[name] = value
            found.append(name)
    # Without one the first Save fails: suggest it, editable.
    initial |= {"title": title_for(extracted), "text": extracted.text}
    return initial, found


@require_POST
@login_required
def article_save(request: HttpRequest) -> HttpResponse:
    """The preview's form: update the preview, or save the article."""
    form = ArticlePasteForm(request.POST)
    saving = request.POST.get("intent") == "save"
    if saving and "text" not in form.errors:
        # The same text is already in the library: open it, whatever the
        # title field says (the copy is not made, so it needs no title).
        existing = batch_services.visible_duplicate(
            request.user, text_fingerprint(normalise_text(form.cleaned_data["text"]))
        )
        if existing is not None:
            messages.info(
                request,
                _(
                    "This article is already in your library as “%(title)s”, so "
                    "no copy was made. Here it is."
                )
                % {"title": existing.title},
            )
            return redirect("articles:key-review", article_id=existing.pk)
    if saving and form.is_valid():
        outcome = batch_services.article_import(
            uploaded_by=request.user, **form.cleaned_data
        )
        article = outcome.article
        if outcome.is_new:
            messages.success(
                request,
                f"Article saved and split into {article.segments.count()} sentences. "
                "Now check the label of each.",
            )
        else:
            messages.info(
                request,
                f"This article is already in your library as “{article.title}”, so "
                "no copy was made. Here it is.",
            )
        return redirect("articles:key-review", article_id=article.pk)
    if request.POST.get("intent") != "save":
        # Updating the preview is not saving: don't nag about the title yet.
        form.errors.pop("title", None)
    text = form.cleaned_data.get("text", "") if "text" not in form.errors else ""
    return _preview(
        request,
        form,
        text,
        source=request.POST.get("source", "")[:300],
        status=422 if form.errors else 200,
    )


def _preview(
    request: HttpRequest,
    form: ArticlePasteForm,
    text: str,
    *,
    source: str,
    status: int = 200,
    found: list[str] | None = None,
) -> HttpResponse:
    normalised = normalise_text(text)
    sentences = [
        {
            "text": item.segment.text,
            "paragraph": item.segment.paragraph,
            "label": item.suggestion.label.value,
            "label_name": DISPLAY_NAMES[item.suggestion.label],
            "rationale": item.suggestion.rationale,
        }
        for item in (analyse(normalised) if normalised.strip() else [])
    ]
    duplicate = (
        batch_services.visible_duplicate(request.user, text_fingerprint(normalised))
        if normalised.strip()
        else None
    )
    return render(
        request,
        "articles/article_preview.html",
        {
            "form": form,
            "sentences": sentences,
            "asked_count": sum(row["label"] != "none" for row in sentences),
            "duplicate": duplicate,
            "source": source,
            "found": [form[name].label for name in found or []],
        },
        status=status,
    )
