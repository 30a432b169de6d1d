from django.contrib import admin

from .models import AnswerKey, Article, KeyChange, KeyEntry, Segment


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

    @admin.action(description="Share with every teacher")
    def share_with_all_teachers(self, request, queryset) -> None:
        self.message_user(request, f"{queryset.update(is_shared=True)} shared.")

    @admin.action(description="Stop sharing with every teacher")
    def stop_sharing(self, request, queryset) -> None:
        self.message_user(request, f"{queryset.update(is_shared=False)} unshared.")


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
