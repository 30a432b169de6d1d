"""Reads for the batch pages, the command and the workers."""

from dataclasses import dataclass
from datetime import timedelta

from django.db.models import Count, Max, Q, QuerySet
from django.utils import timezone

from ..models import ImportBatch, ImportItem
from . import presenters

# Reading one file is capped at 20 s and storing it takes well under a
# second, so a claim this old belongs to a worker that died.
STALE_CLAIM = timedelta(minutes=2)
Status = ImportItem.Status


def batches_recent(limit: int) -> QuerySet[ImportBatch]:
    return ImportBatch.objects.select_related("created_by")[:limit]


def batch_items(batch: ImportBatch) -> QuerySet[ImportItem]:
    """The items with their results, without the files' bytes."""
    return (
        ImportItem.objects.filter(batch=batch)
        .select_related("article")
        .defer("payload", "fields")
    )


def batch_has_waiting(batch_id: int) -> bool:
    return ImportItem.objects.filter(batch_id=batch_id, status=Status.PENDING).exists()


def claimable(stale_claim: timedelta) -> Q:
    """Items waiting, or claimed by a worker that has not finished them for
    `stale_claim`."""
    return Q(status=Status.PENDING) | Q(
        status=Status.WORKING, claimed_at__lt=timezone.now() - stale_claim
    )


def claim_candidates(batch_id: int, stale_claim: timedelta) -> list[int]:
    """The first few claimable items of a batch, in order; another worker
    may claim any of them first."""
    return list(
        ImportItem.objects.filter(claimable(stale_claim), batch_id=batch_id)
        .order_by("position")
        .values_list("pk", flat=True)[:8]
    )


@dataclass(frozen=True)
class BatchProgress:
    total: int
    imported: int
    duplicates: int
    refused: int
    working: int
    last_activity: object  # datetime | None

    @property
    def finished(self) -> int:
        return self.imported + self.duplicates + self.refused

    @property
    def is_done(self) -> bool:
        return self.finished == self.total

    @property
    def percent(self) -> int:
        return round(100 * self.finished / self.total) if self.total else 100

    @property
    def milestone(self) -> str:
        """ "done", or the last quarter passed: what is worth announcing."""
        return "done" if self.is_done else str(self.percent // 25 * 25)

    @property
    def announcement(self) -> str:
        return presenters.batch_announcement(
            is_done=self.is_done,
            imported=self.imported,
            duplicates=self.duplicates,
            refused=self.refused,
            milestone=self.milestone,
        )

    @property
    def is_stalled(self) -> bool:
        """Unfinished, and nothing claimed or finished for a stale claim's age."""
        if self.is_done or self.last_activity is None:
            return False
        return self.last_activity < timezone.now() - STALE_CLAIM


def batch_progress(batch: ImportBatch) -> BatchProgress:
    counts = ImportItem.objects.filter(batch=batch).aggregate(
        total=Count("pk"),
        imported=Count("pk", filter=Q(status=Status.IMPORTED)),
        duplicates=Count("pk", filter=Q(status=Status.DUPLICATE)),
        refused=Count("pk", filter=Q(status=Status.REFUSED)),
        working=Count("pk", filter=Q(status=Status.WORKING)),
        last_claim=Max("claimed_at"),
        last_finish=Max("finished_at"),
    )
    activity = [
        moment
        for moment in (counts.pop("last_claim"), counts.pop("last_finish"))
        if moment
    ]
    return BatchProgress(
        **counts, last_activity=max(activity, default=batch.created_at)
    )
