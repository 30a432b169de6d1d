from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from .domain.labels import Label
from .domain.pipeline import analyse
from .domain.segmenting import normalise_text
from .models import AnswerKey, Article, KeyEntry, Segment


@transaction.atomic
def article_create(
    *,
    title: str,
    text: str,
    uploaded_by: AbstractBaseUser | None,
    outlet: str = "",
    byline: str = "",
    published_on=None,
    source_url: str = "",
) -> Article:
    """Store an article, its sentences and a draft key (version 1) holding
    the labeler's suggestion for every sentence."""
    normalised = normalise_text(text)
    article = Article(
        title=title.strip(),
        text=normalised,
        uploaded_by=uploaded_by,
        outlet=outlet.strip(),
        byline=byline.strip(),
        published_on=published_on,
        source_url=source_url.strip(),
    )
    article.full_clean()
    article.save()
    labeled = analyse(normalised)
    segments = Segment.objects.bulk_create(
        Segment(
            article=article,
            position=position,
            start=item.segment.start,
            end=item.segment.end,
            text=item.segment.text,
            paragraph=item.segment.paragraph,
            is_chrome=item.suggestion.label == Label.NONE,
        )
        for position, item in enumerate(labeled)
    )
    answer_key = AnswerKey.objects.create(
        article=article, version=1, created_by=uploaded_by
    )
    KeyEntry.objects.bulk_create(
        KeyEntry(
            answer_key=answer_key,
            segment=segment,
            label=item.suggestion.label.value,
            suggested_label=item.suggestion.label.value,
            rationale=item.suggestion.rationale,
            evidence=[list(cue) for cue in item.suggestion.cues],
            confidence=item.suggestion.confidence,
        )
        for segment, item in zip(segments, labeled, strict=True)
    )
    return article


def key_entry_set_label(
    *, entry: KeyEntry, label: Label, rationale: str | None = None
) -> KeyEntry:
    """Set one sentence's label in a draft key; an approved key never changes."""
    # The approval check sits in the UPDATE itself, so a save racing the
    # approval cannot slip in after it.
    changes = {"label": label.value}
    if rationale is not None:
        changes["rationale"] = rationale
    updated = KeyEntry.objects.filter(
        pk=entry.pk, answer_key__approved_at__isnull=True
    ).update(**changes)
    if not updated:
        raise ValidationError(
            "This key is approved and can no longer change.", code="key_approved"
        )
    entry.refresh_from_db()
    return entry


@transaction.atomic
def answer_key_approve(
    *, answer_key: AnswerKey, approved_by: AbstractBaseUser
) -> AnswerKey:
    """Approve a draft key once every sentence is labeled; twice is a no-op."""
    unlabeled = answer_key.entries.filter(label="").count()
    if unlabeled:
        raise ValidationError(
            "%(count)s sentence(s) still need a label before the key can be approved.",
            code="key_incomplete",
            params={"count": unlabeled},
        )
    AnswerKey.objects.filter(pk=answer_key.pk, approved_at__isnull=True).update(
        approved_at=timezone.now(), approved_by=approved_by
    )
    answer_key.refresh_from_db()
    return answer_key
