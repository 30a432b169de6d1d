from django.conf import settings
from django.db import models
from django.db.models import Q

from .domain.labels import DISPLAY_NAMES, Label
from .domain.suggestions import UNSURE_BELOW

LABEL_CHOICES = {label.value: DISPLAY_NAMES[label] for label in Label}


class Article(models.Model):
    title = models.CharField(max_length=300)
    outlet = models.CharField(max_length=200, blank=True)
    byline = models.CharField(max_length=300, blank=True)
    published_on = models.DateField(null=True, blank=True)
    source_url = models.URLField(max_length=1000, blank=True)
    # Plain text only, normalised (NFC, "\n" line ends). Segment offsets point
    # into it, and it is always rendered escaped.
    text = models.TextField()
    # text_fingerprint(text): the same article uploaded again is found by it.
    text_digest = models.CharField(max_length=64, db_index=True, editable=False)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="uploaded_articles",
    )
    # Set by an admin: every teacher may then build exercises on it.
    is_shared = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return self.title


class Segment(models.Model):
    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="segments"
    )
    position = models.PositiveIntegerField()
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    text = models.TextField()
    paragraph = models.PositiveIntegerField()
    # Page chrome (bylines, share buttons) is shown for context but is never
    # an exercise item.
    is_chrome = models.BooleanField(default=False)

    class Meta:
        ordering = ["article", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["article", "position"], name="segment_position_unique"
            ),
            models.CheckConstraint(
                condition=Q(end__gt=models.F("start")), name="segment_not_empty"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.article_id}#{self.position}: {self.text[:60]}"


class AnswerKey(models.Model):
    """One version of the labels for an article; immutable once approved."""

    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="answer_keys"
    )
    version = models.PositiveIntegerField()
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    approved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["article", "-version"]
        constraints = [
            models.UniqueConstraint(
                fields=["article", "version"], name="answer_key_version_unique"
            ),
        ]

    def __str__(self) -> str:
        state = "approved" if self.is_approved else "draft"
        return f"{self.article} — key v{self.version} ({state})"

    @property
    def is_approved(self) -> bool:
        return self.approved_at is not None


def askable_entries(path: str = "") -> Q:
    """The key entries an exercise can ask, as a filter on entries reached
    through `path` (e.g. "exercise__answer_key__entries__" in an annotation):
    bylines, time stamps and page clutter (label none) are shown but never
    asked."""
    return ~Q(**{f"{path}label": Label.NONE})


class KeyEntryQuerySet(models.QuerySet):
    def askable(self) -> "KeyEntryQuerySet":
        return self.filter(askable_entries())


class KeyEntry(models.Model):
    """The key's label for one segment, with the reason a student will read."""

    answer_key = models.ForeignKey(
        AnswerKey, on_delete=models.CASCADE, related_name="entries"
    )
    # PROTECT: an approved key must never lose a segment under it.
    segment = models.ForeignKey(Segment, on_delete=models.PROTECT, related_name="+")
    # Blank while a draft key still waits for the teacher's decision.
    label = models.CharField(max_length=32, choices=LABEL_CHOICES, blank=True)
    rationale = models.TextField(blank=True)
    # [[start, end], ...] character offsets into the article text of the
    # words that decided the suggested label, highlighted for the teacher
    # and in feedback while the label is still the suggested one.
    evidence = models.JSONField(default=list, blank=True)
    # What the labeler suggested, kept apart from the teacher's decision.
    suggested_label = models.CharField(max_length=32, choices=LABEL_CHOICES, blank=True)
    # 0..1; low values are flagged so the teacher reviews them first.
    confidence = models.FloatField(null=True, blank=True)
    # When the teacher accepted or changed this sentence's label; a key is
    # approved only once every sentence has been looked at.
    reviewed_at = models.DateTimeField(null=True, blank=True)

    objects = KeyEntryQuerySet.as_manager()

    class Meta:
        ordering = ["answer_key", "segment__position"]
        constraints = [
            models.UniqueConstraint(
                fields=["answer_key", "segment"], name="key_entry_per_segment"
            ),
            models.CheckConstraint(
                condition=Q(label__in=[*LABEL_CHOICES, ""]),
                name="key_entry_label_known",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.segment_id}: {self.label or 'unset'}"

    @property
    def is_unsure(self) -> bool:
        return self.confidence is not None and self.confidence < UNSURE_BELOW

    @property
    def follows_suggestion(self) -> bool:
        return bool(self.label) and self.label == self.suggested_label


class KeyChange(models.Model):
    """One sentence whose label a new key version changed: the audit trail.

    Who and when are the new version's approver and approval time.
    """

    answer_key = models.ForeignKey(
        AnswerKey, on_delete=models.CASCADE, related_name="changes"
    )
    segment = models.ForeignKey(Segment, on_delete=models.PROTECT, related_name="+")
    old_label = models.CharField(max_length=32, choices=LABEL_CHOICES)
    new_label = models.CharField(max_length=32, choices=LABEL_CHOICES)

    class Meta:
        ordering = ["answer_key", "segment__position"]
        constraints = [
            models.UniqueConstraint(
                fields=["answer_key", "segment"], name="key_change_per_segment"
            ),
        ]

    def __str__(self) -> str:
        change = f"{self.old_label} → {self.new_label}"
        return f"v{self.answer_key.version} #{self.segment_id}: {change}"


class ImportBatch(models.Model):
    """An admin's upload of many articles (a ZIP, CSV or JSONL), imported by
    background workers one item at a time."""

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="import_batches",
    )
    source_name = models.CharField(max_length=255)
    # New articles are shared with every teacher.
    share_with_all = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name_plural = "import batches"

    def __str__(self) -> str:
        return f"{self.source_name} ({self.created_at:%Y-%m-%d %H:%M})"


class ImportItem(models.Model):
    """One file or row of a batch, and what became of it."""

    class Status(models.TextChoices):
        PENDING = "pending", "Waiting"
        WORKING = "working", "Reading"
        IMPORTED = "imported", "Imported"
        DUPLICATE = "duplicate", "Already in the library"
        REFUSED = "refused", "Refused"

    batch = models.ForeignKey(
        ImportBatch, on_delete=models.CASCADE, related_name="items"
    )
    position = models.PositiveIntegerField()
    name = models.CharField(max_length=255)
    # The file's bytes (kept in the database so that any worker on any
    # machine can read it), emptied once the item is finished.
    payload = models.BinaryField(blank=True, default=b"")
    # A CSV or JSONL row: title, text, outlet, byline, published_on, source_url.
    fields = models.JSONField(default=dict, blank=True)
    status = models.CharField(
        max_length=16, choices=Status.choices, default=Status.PENDING
    )
    message = models.TextField(blank=True)
    article = models.ForeignKey(
        Article, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    # Set when a worker takes the item; an old claim means the worker died.
    claimed_at = models.DateTimeField(null=True, blank=True)
    # Claims so far: an item that keeps killing its worker is given up.
    attempts = models.PositiveSmallIntegerField(default=0)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["batch", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["batch", "position"], name="import_item_position_unique"
            ),
        ]
        indexes = [models.Index(fields=["batch", "status"])]

    def __str__(self) -> str:
        return f"{self.name}: {self.get_status_display()}"
