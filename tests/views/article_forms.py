"""Posting the one-article form as a teacher would: upload a file, save the
preview, and count every table's rows to show a refusal changed nothing."""

from django.apps import apps
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse


def row_counts() -> dict[str, int]:
    """Rows in every table of the project: a refusal must change none."""
    return {
        model._meta.label: model.objects.count()
        for model in apps.get_models()
        if model._meta.app_label in {"articles", "quizapp", "auth", "django_tasks_db"}
    }


def upload(client, data: bytes, name: str):
    return client.post(
        reverse("articles:article-new"),
        {"file": SimpleUploadedFile(name, data)},
    )


def save(client, **fields):
    return client.post(
        reverse("articles:article-save"), {"intent": "save", **fields}, follow=True
    )
