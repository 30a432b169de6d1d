from django.urls import path

from . import views

app_name = "articles"

urlpatterns = [
    path("new/", views.article_new, name="article-new"),
    path("<int:article_id>/key/", views.key_review, name="key-review"),
    path(
        "<int:article_id>/key/entries/<int:entry_id>/",
        views.key_entry_save,
        name="key-entry-save",
    ),
    path(
        "<int:article_id>/key/entries/<int:entry_id>/split/",
        views.segment_split,
        name="segment-split",
    ),
    path(
        "<int:article_id>/key/entries/<int:entry_id>/join/",
        views.segment_join,
        name="segment-join",
    ),
    path(
        "<int:article_id>/key/accept-remaining/",
        views.key_accept_remaining,
        name="key-accept-remaining",
    ),
    path(
        "<int:article_id>/key/new-version/",
        views.key_new_version,
        name="key-new-version",
    ),
]
