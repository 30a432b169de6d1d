from django.contrib import admin

from .models import AnswerKey, Article, KeyEntry, Segment


class SegmentInline(admin.TabularInline):
    model = Segment
    fields = ["position", "paragraph", "text", "is_chrome"]
    readonly_fields = ["position", "paragraph", "text"]
    extra = 0
    can_delete = False


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "outlet", "published_on", "uploaded_by", "created_at"]
    search_fields = ["title", "outlet", "byline"]
    inlines = [SegmentInline]


class KeyEntryInline(admin.TabularInline):
    model = KeyEntry
    fields = ["segment", "label", "rationale"]
    raw_id_fields = ["segment"]
    extra = 0


@admin.register(AnswerKey)
class AnswerKeyAdmin(admin.ModelAdmin):
    list_display = ["article", "version", "approved_by", "approved_at"]
    inlines = [KeyEntryInline]
