"""The loop a background task (or the import command) runs over a batch."""

from collections.abc import Callable
from datetime import timedelta

from ..models import ImportItem
from . import services
from .selectors import STALE_CLAIM


def batch_run(
    batch_id: int,
    *,
    on_item: Callable[[ImportItem], None] | None = None,
    stale_claim: timedelta = STALE_CLAIM,
    max_items: int | None = None,
) -> int:
    """Import the batch's waiting items one by one (at most `max_items`);
    return how many were taken.

    Safe to run many times and in many processes at once: each item is
    claimed before it is read, and finished in the same transaction as its
    article, so a crash loses at most the claim, which goes stale and is
    taken again.
    """
    done = 0
    while (max_items is None or done < max_items) and (
        item := services.item_claim_next(batch_id, stale_claim)
    ) is not None:
        services.item_import(item)
        done += 1
        if on_item is not None:
            on_item(item)
    return done
