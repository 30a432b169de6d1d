from django.urls import path

from .views import batches, keys, uploads

app_name = "articles"

urlpatterns = [
    path("new/", uploads.article_new, name="article-new"),
    path("new/preview/", uploads.article_save, name="article-save"),
    path("import/", batches.batch_import, name="batch-import"),
    path("import/<int:batch_id>/", batches.batch_detail, name="batch-detail"),
    path("import/<int:batch_id>/resume/", batches.batch_resume, name="batch-resume"),
    path("<int:article_id>/key/", keys.key_review, name="key-review"),
    path(
        "<int:article_id>/key/entries/<int:entry_id>/",
        keys.key_entry_save,
        name="key-entry-save",
    ),
    path(
        "<int:article_id>/key/entries/<int:entry_id>/split/",
        keys.segment_split,
        name="segment-split",
    ),
    path(
        "<int:article_id>/key/entries/<int:entry_id>/join/",
        keys.segment_join,
        name="segment-join",
    ),
    path(
        "<int:article_id>/key/accept-remaining/",
        keys.key_accept_remaining,
        name="key-accept-remaining",
    ),
    path(
        "<int:article_id>/key/new-version/",
        keys.key_new_version,
        name="key-new-version",
    ),
]
