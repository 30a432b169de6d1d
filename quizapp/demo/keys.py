"""A long approved key on the demo text, for the benchmark and load runs."""

from django.contrib.auth.models import AbstractBaseUser

from articles.domain.labels import Label
from articles.models import AnswerKey
from articles.services import (
    answer_key_accept_remaining,
    answer_key_approve,
    article_create,
)

from .articles import FERRY


def long_demo_key(
    *,
    teacher: AbstractBaseUser,
    title: str,
    sentences: int,
    asked_label: Label | None = None,
) -> AnswerKey:
    """The demo article's body (about 12 sentences) repeated to at least
    `sentences` sentences, its key approved. With `asked_label`, exactly the
    first `sentences` sentences carry that label and the rest are none;
    without, the labeler's suggestions stand."""
    paragraphs = FERRY.text.split("\n\n")[1:]
    text = "\n\n".join(paragraphs * (sentences // 10 + 1))
    article = article_create(title=title, text=text, uploaded_by=teacher)
    key = article.answer_keys.get()
    if asked_label is not None:
        asked = article.segments.order_by("position").values_list("pk", flat=True)
        key.entries.update(label=Label.NONE.value)
        key.entries.filter(segment_id__in=list(asked[:sentences])).update(
            label=asked_label.value
        )
    answer_key_accept_remaining(answer_key=key)
    return answer_key_approve(answer_key=key, approved_by=teacher)
