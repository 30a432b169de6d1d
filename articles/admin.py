from django import forms
from django.contrib import admin
from django.db import models
from django.shortcuts import redirect

from .batches import services as batch_services
from .extraction import RefusedFile
from .extraction.limits import MAX_FILE_BYTES
from .extraction.titles import title_for
from .forms import (
    ARTICLE_FILE_TYPES,
    clean_article_text,
    file_advice,
    refusal_message,
    too_large,
)
from .models import (
    AnswerKey,
    Article,
    ImportBatch,
    ImportItem,
    KeyChange,
    KeyEntry,
    Segment,
)
from .upload_handling import (
    UPLOAD_LIMITED_MESSAGE,
    oversized_fields,
    upload_rate_exceeded,
)

ADMIN_ADD_FIELDS = ["title", "outlet", "byline", "published_on", "source_url", "text"]


class ArticleAddForm(forms.ModelForm):
    """Add an article in the admin from a file or typed text; the article
    gets its sentences and draft key like any upload."""

    upload = forms.FileField(
        required=False,
        label="Article file",
        help_text="A .html, .docx, .pdf, .txt or .md file. Its text replaces the "
        "text box; blank details are filled from the file.",
        widget=forms.ClearableFileInput(attrs={"accept": ARTICLE_FILE_TYPES}),
    )

    source_url = forms.URLField(
        max_length=1000, required=False, label="Source URL", assume_scheme="https"
    )
    # Set by ArticleAdmin.get_form (a class made per request): the request,
    # for the upload rate limit the upload page has too.
    request = None

    class Meta:
        model = Article
        fields = [*ADMIN_ADD_FIELDS, "is_shared"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["text"].required = False
        self.fields["title"].required = False

    def clean(self):
        cleaned = super().clean()
        upload = cleaned.get("upload")
        if "upload" in oversized_fields(self.request) or (
            upload and upload.size > MAX_FILE_BYTES
        ):
            self.add_error("upload", too_large(MAX_FILE_BYTES))
            return cleaned
        if upload and upload_rate_exceeded(self.request):
            self.add_error("upload", UPLOAD_LIMITED_MESSAGE)
            return cleaned
        if upload:
            try:
                extracted = batch_services.article_file_read(upload.read(), upload.name)
            except RefusedFile as refusal:
                self.add_error("upload", refusal_message(refusal, file_advice()))
                return cleaned
            cleaned["text"] = extracted.text
            for name in ("title", "outlet", "byline", "published_on", "source_url"):
                if not cleaned.get(name):
                    cleaned[name] = getattr(extracted.metadata, name)
            # A text file names no title, and the file would have to be
            # chosen again after a "Give the article a title." error.
            cleaned["title"] = cleaned.get("title") or title_for(extracted)
        elif (cleaned.get("text") or "").strip():
            try:
                clean_article_text(cleaned["text"])
            except forms.ValidationError as error:
                self.add_error("text", error)
                return cleaned
        if not (cleaned.get("text") or "").strip():
            self.add_error("text", "Upload a file or type the article text.")
        if not cleaned.get("title"):
            self.add_error("title", "Give the article a title.")
        return cleaned


class SegmentInline(admin.TabularInline):
    model = Segment
    fields = ["position", "paragraph", "text", "is_chrome"]
    readonly_fields = ["position", "paragraph", "text"]
    extra = 0
    can_delete = False


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = [
        "title",
        "outlet",
        "published_on",
        "uploaded_by",
        "is_shared",
        "created_at",
    ]
    list_filter = ["is_shared", "outlet"]
    search_fields = ["title", "outlet", "byline"]
    actions = ["share_with_all_teachers", "stop_sharing"]
    inlines = [SegmentInline]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    def get_form(self, request, obj=None, change=False, **kwargs):
        if obj is None:
            kwargs["form"] = ArticleAddForm
            form = super().get_form(request, obj, change=change, **kwargs)
            form.request = request
            return form
        return super().get_form(request, obj, change=change, **kwargs)

    def get_fields(self, request, obj=None):
        if obj is None:
            return ["upload", *ADMIN_ADD_FIELDS, "is_shared"]
        return super().get_fields(request, obj)

    def get_readonly_fields(self, request, obj=None):
        # Sentences point into the text by offset: it never changes after upload.
        return ["text", "uploaded_by"] if obj is not None else []

    def get_inlines(self, request, obj):
        return self.inlines if obj is not None else []

    def save_model(self, request, obj, form, change):
        if change:
            return super().save_model(request, obj, form, change)
        data = form.cleaned_data
        outcome = batch_services.article_import(
            uploaded_by=request.user,
            text=data["text"],
            title=data["title"],
            outlet=data.get("outlet") or "",
            byline=data.get("byline") or "",
            published_on=data.get("published_on"),
            source_url=data.get("source_url") or "",
            is_shared=data.get("is_shared", False),
        )
        # The admin goes on to log and show `obj`: make it the stored article.
        obj.pk = outcome.article.pk
        obj._state.adding = False
        if not outcome.is_new:
            self.message_user(
                request,
                "This text is already in the library; no copy was made.",
                level="warning",
            )
        return None

    @admin.action(description="Share with every teacher")
    def share_with_all_teachers(self, request, queryset) -> None:
        self._set_shared(request, queryset, shared=True)

    @admin.action(description="Stop sharing with every teacher")
    def stop_sharing(self, request, queryset) -> None:
        self._set_shared(request, queryset, shared=False)

    def _set_shared(self, request, queryset, *, shared: bool) -> None:
        # Bulk updates skip the admin's own history: log each article, so
        # the admin log (Administration → Log entries) shows who did it.
        changed = list(queryset.exclude(is_shared=shared))
        queryset.filter(pk__in=[article.pk for article in changed]).update(
            is_shared=shared
        )
        message = "Shared with every teacher" if shared else "Stopped sharing"
        for article in changed:
            self.log_change(request, article, message)
        self.message_user(
            request, f"{len(changed)} {'shared' if shared else 'unshared'}."
        )


class KeyEntryInline(admin.TabularInline):
    model = KeyEntry
    fields = ["segment", "label", "rationale"]
    raw_id_fields = ["segment"]
    extra = 0


@admin.register(AnswerKey)
class AnswerKeyAdmin(admin.ModelAdmin):
    list_display = ["article", "version", "approved_by", "approved_at"]
    list_filter = ["approved_at"]
    search_fields = ["article__title"]
    inlines = [KeyEntryInline]


@admin.register(KeyChange)
class KeyChangeAdmin(admin.ModelAdmin):
    list_display = ["answer_key", "segment", "old_label", "new_label"]
    list_filter = ["old_label", "new_label"]
    search_fields = ["answer_key__article__title", "segment__text"]


class ImportItemInline(admin.TabularInline):
    model = ImportItem
    fields = ["position", "name", "status", "message", "article"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = False

    def has_add_permission(self, request, obj=None) -> bool:
        return False


@admin.register(ImportBatch)
class ImportBatchAdmin(admin.ModelAdmin):
    list_display = ["source_name", "created_by", "created_at", "share_with_all"]
    readonly_fields = ["source_name", "created_by", "created_at", "share_with_all"]
    inlines = [ImportItemInline]

    def add_view(self, request, form_url="", extra_context=None):
        # Batches are made on the import page, which shows their progress.
        return redirect("articles:batch-import")
