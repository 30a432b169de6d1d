from dataclasses import dataclass
from datetime import date

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_noop, ngettext

from .domain.explaining import reason_for
from .domain.fingerprint import text_fingerprint
from .domain.key_review import summarise
from .domain.labeling import suggest_labels
from .domain.labels import Label
from .domain.pipeline import LabeledSegment, analyse
from .domain.segmenting import TextSegment, normalise_text
from .domain.suggestions import Suggestion
from .models import AnswerKey, Article, KeyChange, KeyEntry, Segment

KEY_APPROVED = "This key is approved and can no longer change."
# Approval refusals, singular and plural; the review page counts the same way.
TO_REVIEW = (
    gettext_noop(
        "Not approved yet: %(count)s sentence is left to review. Accept or change "
        "its label, or use “Accept all remaining suggestions”."
    ),
    gettext_noop(
        "Not approved yet: %(count)s sentences are left to review. Accept or change "
        "each label, or use “Accept all remaining suggestions”."
    ),
)
UNEXPLAINED = (
    gettext_noop(
        "Not approved yet: %(count)s sentence has no explanation for students. "
        "Write one where the sentence is marked."
    ),
    gettext_noop(
        "Not approved yet: %(count)s sentences have no explanation for students. "
        "Write one where each sentence is marked."
    ),
)
BAD_SPLIT = "Choose a word inside the sentence to split before."


@dataclass(frozen=True)
class PreparedText:
    """Article text made ready to store: normalised, fingerprinted, labeled."""

    normalised: str
    digest: str
    labeled: list[LabeledSegment]


def article_prepare(text: str) -> PreparedText:
    """The slow, database-free part of storing an article. Call it outside
    any transaction: on SQLite the write lock is held from BEGIN, and
    labeling a long article must not block everyone's saves."""
    normalised = normalise_text(text)
    return PreparedText(normalised, text_fingerprint(normalised), analyse(normalised))


def article_create(*, text: str, **fields) -> Article:
    """Store an article, its sentences and a draft key (version 1) holding
    the labeler's suggestion for every sentence; `fields` as article_store
    takes them. No look for an earlier copy (batches.article_import does)."""
    prepared = article_prepare(text)
    with transaction.atomic():
        return article_store(prepared, **fields)


def article_store(
    prepared: PreparedText,
    *,
    title: str,
    uploaded_by: AbstractBaseUser | None,
    outlet: str = "",
    byline: str = "",
    published_on: date | None = None,
    source_url: str = "",
    is_shared: bool = False,
) -> Article:
    """Write a prepared article; call inside a transaction."""
    labeled = prepared.labeled
    article = Article(
        title=title.strip(),
        text=prepared.normalised,
        text_digest=prepared.digest,
        uploaded_by=uploaded_by,
        outlet=outlet.strip(),
        byline=byline.strip(),
        published_on=published_on,
        source_url=source_url.strip(),
        is_shared=is_shared,
    )
    article.full_clean()
    article.save()
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
    """Set one sentence's label in a draft key; an approved key never changes.

    An explanation the teacher typed is kept. A new label with the old
    explanation left as it was gets the labeler's reason for the new label,
    or none where the sentence gives the labeler no reason for it: the old
    one argued for the old label and would teach students the wrong reason,
    and approval asks for the missing one (answer_key_approve).
    """
    typed = rationale is not None and rationale != entry.rationale
    changes: dict = {"label": label.value, "reviewed_at": timezone.now()}
    if typed:
        changes["rationale"] = rationale
    elif label.value != entry.label:
        # Outside the transaction: it may run the labeler over the article.
        changes["rationale"] = _machine_reason(entry, label)
    with transaction.atomic():
        # Lock the key row first: approval locks it too, so a save and an
        # approval can never interleave.
        is_draft = (
            AnswerKey.objects.select_for_update()
            .filter(pk=entry.answer_key_id, approved_at__isnull=True)
            .exists()
        )
        if not is_draft:
            raise ValidationError(KEY_APPROVED, code="key_approved")
        KeyEntry.objects.filter(pk=entry.pk).update(**changes)
    entry.refresh_from_db()
    return entry


def _machine_reason(entry: KeyEntry, label: Label) -> str:
    """The labeler's explanation for `label` on this sentence, or "". Its
    own suggestion keeps the reason it gave with the article as context."""
    if label.value == entry.suggested_label:
        suggestion = _suggestion_for(entry)
        if suggestion is not None and suggestion.label == label:
            return suggestion.rationale
    return reason_for(entry.segment.text, label) or ""


def _suggestion_for(entry: KeyEntry) -> Suggestion | None:
    for segment, suggestion in _fresh_suggestions(entry.answer_key.article):
        if segment.pk == entry.segment_id:
            return suggestion
    return None


def _fresh_suggestions(article: Article) -> list[tuple[Segment, Suggestion]]:
    """The labeler's suggestion for each sentence as now cut, in order."""
    segments = list(article.segments.order_by("position"))
    suggestions = suggest_labels(
        article.text,
        [TextSegment(s.start, s.end, s.text, s.paragraph, line=0) for s in segments],
    )
    return list(zip(segments, suggestions, strict=True))


@transaction.atomic
def answer_key_approve(
    *, answer_key: AnswerKey, approved_by: AbstractBaseUser
) -> AnswerKey:
    """Approve a draft key once every sentence is reviewed and every asked
    one has an explanation for students; twice is a no-op. A refusal's
    params name the count and the first entry it is about (`entry_id`).

    Records which sentences changed label since the previous approved version.
    """
    locked = AnswerKey.objects.select_for_update().get(pk=answer_key.pk)
    if locked.is_approved:
        answer_key.refresh_from_db()
        return answer_key
    summary = summarise(
        list(
            locked.entries.order_by("segment__position").only(
                "label", "rationale", "suggested_label", "confidence", "reviewed_at"
            )
        )
    )
    if summary.to_review:
        raise _refusal(summary.to_review, TO_REVIEW, "key_unreviewed")
    if summary.unexplained:
        raise _refusal(summary.unexplained, UNEXPLAINED, "key_unexplained")
    previous = (
        AnswerKey.objects.filter(
            article_id=locked.article_id,
            version__lt=locked.version,
            approved_at__isnull=False,
        )
        .order_by("-version")
        .first()
    )
    if previous is not None:
        old_labels = dict(previous.entries.values_list("segment_id", "label"))
        KeyChange.objects.bulk_create(
            KeyChange(
                answer_key=locked,
                segment_id=segment_id,
                old_label=old_labels[segment_id],
                new_label=label,
            )
            for segment_id, label in locked.entries.values_list("segment_id", "label")
            if old_labels.get(segment_id, label) != label
        )
    AnswerKey.objects.filter(pk=locked.pk).update(
        approved_at=timezone.now(), approved_by=approved_by
    )
    answer_key.refresh_from_db()
    return answer_key


def _refusal(
    entry_ids: tuple[int, ...], messages: tuple[str, str], code: str
) -> ValidationError:
    count = len(entry_ids)
    return ValidationError(
        ngettext(*messages, count),
        code=code,
        params={"count": count, "entry_id": entry_ids[0]},
    )


def answer_key_new_version(
    *, article: Article, created_by: AbstractBaseUser
) -> AnswerKey:
    """A draft copy of the newest approved key to edit; an existing draft is
    returned as it is (a double click makes one draft, not two)."""
    try:
        with transaction.atomic():
            latest = (
                article.answer_keys.select_for_update().order_by("-version").first()
            )
            if not latest.is_approved:
                return latest
            draft = AnswerKey.objects.create(
                article=article, version=latest.version + 1, created_by=created_by
            )
            KeyEntry.objects.bulk_create(
                KeyEntry(
                    answer_key=draft,
                    segment_id=entry.segment_id,
                    label=entry.label,
                    rationale=entry.rationale,
                    evidence=entry.evidence,
                    suggested_label=entry.suggested_label,
                    confidence=entry.confidence,
                    reviewed_at=entry.reviewed_at,
                )
                for entry in latest.entries.all()
            )
            return draft
    except IntegrityError:
        # Another request made the draft a moment ago.
        return article.answer_keys.order_by("-version").first()


@transaction.atomic
def answer_key_accept_remaining(*, answer_key: AnswerKey) -> int:
    """Accept every suggestion the teacher has not looked at yet; returns how
    many. Approval still has to follow."""
    if (
        not AnswerKey.objects.select_for_update()
        .filter(pk=answer_key.pk, approved_at__isnull=True)
        .exists()
    ):
        raise ValidationError(KEY_APPROVED, code="key_approved")
    return (
        answer_key.entries.filter(reviewed_at__isnull=True)
        .exclude(label="")
        .update(reviewed_at=timezone.now())
    )


def _lock_draft_for_boundaries(answer_key: AnswerKey) -> AnswerKey:
    """The draft key, locked; sentence boundaries may change only before the
    article's first approval (approved keys and answers point at segments)."""
    locked = AnswerKey.objects.select_for_update().get(pk=answer_key.pk)
    approved_before = AnswerKey.objects.filter(
        article_id=locked.article_id, approved_at__isnull=False
    ).exists()
    if locked.is_approved or approved_before:
        raise ValidationError(
            "Sentence boundaries can only change before the key is first approved.",
            code="boundaries_locked",
        )
    return locked


def _shift_positions(article_id: int, after: int, by: int) -> None:
    """Move every segment after `after` by `by` places without ever breaking
    the unique (article, position) constraint mid-update."""
    later = Segment.objects.filter(article_id=article_id, position__gt=after)
    later.update(position=F("position") + 1_000_000)
    Segment.objects.filter(
        article_id=article_id, position__gt=after + 1_000_000
    ).update(position=F("position") - 1_000_000 + by)


def _resuggest(answer_key: AnswerKey, segment_ids: set[int]) -> None:
    """Fresh suggestions for re-cut sentences, with the article as context."""
    for segment, suggestion in _fresh_suggestions(answer_key.article):
        if segment.pk in segment_ids:
            KeyEntry.objects.filter(answer_key=answer_key, segment=segment).update(
                label=suggestion.label.value,
                suggested_label=suggestion.label.value,
                rationale=suggestion.rationale,
                evidence=[list(cue) for cue in suggestion.cues],
                confidence=suggestion.confidence,
                reviewed_at=None,
            )


@transaction.atomic
def segment_split(*, entry: KeyEntry, at: int) -> Segment:
    """Split a sentence where the segmenter missed a boundary; `at` is an
    offset into the article. Returns the new second half."""
    answer_key = _lock_draft_for_boundaries(entry.answer_key)
    segment = Segment.objects.select_for_update().get(pk=entry.segment_id)
    text = answer_key.article.text
    first = text[segment.start : at].rstrip()
    second_raw = text[at : segment.end]
    second = second_raw.strip()
    if not (segment.start < at < segment.end) or not first or not second:
        raise ValidationError(BAD_SPLIT, code="bad_split")
    _shift_positions(segment.article_id, segment.position, 1)
    second_start = at + len(second_raw) - len(second_raw.lstrip())
    new_segment = Segment.objects.create(
        article_id=segment.article_id,
        position=segment.position + 1,
        start=second_start,
        end=second_start + len(second),
        text=second,
        paragraph=segment.paragraph,
    )
    segment.end = segment.start + len(first)
    segment.text = first
    segment.save(update_fields=["end", "text"])
    KeyEntry.objects.create(answer_key=answer_key, segment=new_segment, label="")
    _resuggest(answer_key, {segment.pk, new_segment.pk})
    return new_segment


@transaction.atomic
def segment_join_next(*, entry: KeyEntry) -> Segment:
    """Join a sentence with the next one, where the segmenter cut too early."""
    answer_key = _lock_draft_for_boundaries(entry.answer_key)
    segment = Segment.objects.select_for_update().get(pk=entry.segment_id)
    following = (
        Segment.objects.select_for_update()
        .filter(article_id=segment.article_id, position=segment.position + 1)
        .first()
    )
    if following is None:
        raise ValidationError("This is the last sentence.", code="no_next")
    KeyEntry.objects.filter(segment=following).delete()
    segment.end = following.end
    segment.text = answer_key.article.text[segment.start : segment.end]
    following.delete()
    segment.save(update_fields=["end", "text"])
    _shift_positions(segment.article_id, segment.position + 1, -1)
    _resuggest(answer_key, {segment.pk})
    return segment
