"""Writes: importing one article (the upload page, the admin, the command),
storing a batch, and claiming, importing and finishing its items."""

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import timedelta

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone

from .. import selectors as article_selectors
from ..extraction import Extracted, Metadata, RefusedFile, extract_isolated
from ..extraction.batch_files import BatchEntry
from ..extraction.batch_rows import row_date
from ..extraction.document import ReaderStopped
from ..extraction.isolation import split_batch_isolated
from ..extraction.limits import check_article_size, check_text_size
from ..extraction.storable import storable
from ..models import Article, ImportBatch, ImportItem
from ..services import PreparedText, article_prepare, article_store
from . import presenters, selectors

logger = logging.getLogger(__name__)

# An item whose reading killed this many workers is refused, not retried.
MAX_ATTEMPTS = 3
Status = ImportItem.Status


@dataclass(frozen=True)
class ImportOutcome:
    article: Article
    is_new: bool


def visible_duplicate(user: AbstractBaseUser | None, digest: str) -> Article | None:
    """The oldest article with this text that `user` can already open.

    Only visible ones count: a teacher must not learn of, or be pointed to,
    another teacher's private upload, so they get their own copy instead.
    """
    if user is None:
        return None
    return (
        article_selectors.articles_visible_to(user)
        .filter(text_digest=digest)
        .order_by("pk")
        .first()
    )


def article_find_or_store(
    prepared: PreparedText, *, uploaded_by: AbstractBaseUser | None, **fields
) -> ImportOutcome:
    """Point to the user's existing copy of this text, or store it; call in a
    transaction."""
    _serialise_on(prepared.digest)
    existing = visible_duplicate(uploaded_by, prepared.digest)
    if existing is not None:
        return ImportOutcome(existing, is_new=False)
    return ImportOutcome(
        article_store(prepared, uploaded_by=uploaded_by, **fields), is_new=True
    )


def article_import(
    *, uploaded_by: AbstractBaseUser, text: str, **fields
) -> ImportOutcome:
    prepared = article_prepare(text)
    with transaction.atomic():
        return article_find_or_store(prepared, uploaded_by=uploaded_by, **fields)


def article_file_read(data: bytes, name: str) -> Extracted:
    """Read one article file in a child process with limits, as storable text
    and details: the upload page, the admin's Add article and a batch's file
    items all read here. RefusedFile says why a file cannot be an article (a
    format we cannot read, a cap passed)."""
    extracted = extract_isolated(data, name)
    text = storable(extracted.text)
    check_text_size(text)
    # No reader counts sentences: checked here, before anything labels them.
    check_article_size(text)
    # A file's metadata (JSON-LD in a web page, say) can hold NUL or a lone
    # surrogate as well as its text can.
    metadata = extracted.metadata
    return replace(
        extracted,
        text=text,
        metadata=replace(
            metadata,
            title=storable(metadata.title),
            outlet=storable(metadata.outlet),
            byline=storable(metadata.byline),
            source_url=storable(metadata.source_url),
        ),
    )


def _serialise_on(digest: str) -> None:
    """Make two imports of the same text wait for each other, so both cannot
    miss the other's copy. SQLite already runs one writer at a time (IMMEDIATE
    transactions); PostgreSQL takes a transaction-scoped advisory lock."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [int(digest[:15], 16)])


# Batches ------------------------------------------------------------------


def batch_create(
    *,
    created_by: AbstractBaseUser,
    source_name: str,
    data: bytes,
    share_with_all: bool = False,
    enqueue: Callable[[int], None] | None,
) -> ImportBatch:
    """Split the upload into items and queue the work; a file that cannot be
    split raises RefusedFile and creates nothing."""
    return batch_store(
        created_by=created_by,
        source_name=source_name,
        entries=split_batch_isolated(data, source_name),
        share_with_all=share_with_all,
        enqueue=enqueue,
    )


def batch_store(
    *,
    created_by: AbstractBaseUser,
    source_name: str,
    entries: list[BatchEntry],
    share_with_all: bool = False,
    enqueue: Callable[[int], None] | None,
) -> ImportBatch:
    """Store the batch's items; once that commits, `enqueue(batch.pk)` queues
    the work (articles.batches.tasks.batch_enqueue), unless it is None.

    The queueing is passed in, not imported: the tasks import this module."""
    now = timezone.now()
    with transaction.atomic():
        batch = ImportBatch.objects.create(
            created_by=created_by,
            # A file name from disk may hold surrogates (bytes that are not
            # UTF-8, as Python decodes them) or, from a form, a NUL.
            source_name=storable(source_name)[:255],
            share_with_all=share_with_all,
        )
        ImportItem.objects.bulk_create(
            ImportItem(
                batch=batch,
                position=position,
                # Everything stored is made storable here, whoever split the
                # batch: one NUL or lone surrogate in a row's name or fields
                # made PostgreSQL refuse the whole insert (a 500, nothing
                # imported). A pending item's message is its note, kept
                # for its result.
                name=storable(entry.name)[:255],
                payload=entry.payload,
                fields={key: storable(value) for key, value in entry.fields.items()},
                status=Status.REFUSED if entry.problem else Status.PENDING,
                message=storable(entry.problem or entry.note),
                finished_at=now if entry.problem else None,
            )
            for position, entry in enumerate(entries)
        )
        if enqueue is not None:
            transaction.on_commit(lambda: enqueue(batch.pk))
    return batch


def item_claim_next(batch_id: int, stale_claim: timedelta) -> ImportItem | None:
    """Claim the batch's next claimable item for this worker, or None when
    there is none; an item already tried MAX_ATTEMPTS times is refused."""
    while True:
        candidates = selectors.claim_candidates(batch_id, stale_claim)
        if not candidates:
            return None
        for pk in candidates:
            # A conditional UPDATE is the claim: of two workers racing for
            # the same item, exactly one sees a row changed.
            claimed = ImportItem.objects.filter(
                selectors.claimable(stale_claim), pk=pk
            ).update(
                status=Status.WORKING,
                claimed_at=timezone.now(),
                attempts=F("attempts") + 1,
            )
            if not claimed:
                continue
            item = ImportItem.objects.select_related("batch__created_by").get(pk=pk)
            if item.attempts <= MAX_ATTEMPTS:
                return item
            _finish(item, Status.REFUSED, presenters.given_up(MAX_ATTEMPTS))


def item_import(item: ImportItem) -> None:
    """Read a claimed item, store its article and finish it, all or nothing."""
    batch = item.batch
    # A row's note from splitting (a column not read), shown with its result.
    note = item.message
    try:
        text, fields, date_note = _item_article(item)
        prepared = article_prepare(text)
        with transaction.atomic():
            outcome = article_find_or_store(
                prepared,
                uploaded_by=batch.created_by,
                is_shared=batch.share_with_all,
                **fields,
            )
            _finish(
                item,
                Status.IMPORTED if outcome.is_new else Status.DUPLICATE,
                presenters.joined(
                    "" if outcome.is_new else presenters.DUPLICATE,
                    date_note,
                    note,
                ),
                article=outcome.article,
            )
    except ReaderStopped:
        # Put it back: the next claim tries again, up to MAX_ATTEMPTS.
        ImportItem.objects.filter(pk=item.pk).update(
            status=Status.PENDING, claimed_at=None
        )
        item.status = Status.PENDING
    except RefusedFile as refusal:
        _finish(item, Status.REFUSED, str(refusal))
    except ValidationError as error:
        _finish(item, Status.REFUSED, presenters.validation_message(error))
    except Exception:
        # One bad item must not stop the batch; the log has the details.
        logger.exception("Import of batch %s item %s failed", batch.pk, item.pk)
        _finish(item, Status.REFUSED, presenters.APP_ERROR)


def _finish(
    item: ImportItem, status: str, message: str, article: Article | None = None
) -> None:
    message = storable(message)  # a refusal may quote the file
    ImportItem.objects.filter(pk=item.pk).update(
        status=status,
        message=message,
        article=article,
        payload=b"",
        finished_at=timezone.now(),
    )
    item.status, item.message, item.article = status, message, article


def _item_article(item: ImportItem) -> tuple[str, dict, str]:
    """The text and the article fields of an item (a file or a row), and a
    note on a row's date that could not be read ("" if none)."""
    date_note = ""
    if item.fields:
        row = {key: storable(str(value)) for key, value in item.fields.items()}
        published_on, date_note = row_date(row.get("published_on", ""))
        metadata = Metadata(
            title=row.get("title", ""),
            outlet=row.get("outlet", ""),
            byline=row.get("byline", ""),
            published_on=published_on,
            source_url=row.get("source_url", ""),
        )
        text = row.get("text", "")
        # Rows skip the reader: their text gets the caps a file's gets.
        check_text_size(text)
        check_article_size(text)
    else:
        extracted = article_file_read(bytes(item.payload), item.name)
        metadata, text = extracted.metadata, extracted.text
    return (
        text,
        {
            "title": metadata.title or _title_from_name(item.name),
            "outlet": metadata.outlet,
            "byline": metadata.byline,
            "published_on": metadata.published_on,
            "source_url": metadata.source_url,
        },
        date_note,
    )


def _title_from_name(name: str) -> str:
    stem = name.rsplit(".", 1)[0] if "." in name else name
    return " ".join(stem.replace("_", " ").replace("-", " ").split())[:300]
