"""Import article files from the command line, with a progress bar.

    manage.py import_articles FILE_OR_FOLDER... --user NAME [--share] [--queue]
    manage.py import_articles --resume BATCH_ID [--take-over]

ZIP archives are opened, and .csv/.jsonl files give one article per row;
any other file is one article. Without --queue the import runs here and
now; with it, background workers do it (see the batch page for progress).
"""

from datetime import timedelta
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from articles.batches import selectors, services, tasks, worker
from articles.extraction import RefusedFile
from articles.extraction.batch_files import BatchEntry
from articles.extraction.isolation import shutdown_pool, split_batch_isolated
from articles.extraction.limits import MAX_BATCH_BYTES, MAX_FILE_BYTES, MEGABYTE
from articles.extraction.names import NOT_AN_ARTICLE, display_name, is_article_name
from articles.extraction.sniffing import ZIP_SIGNATURES, zip_kind
from articles.models import ImportBatch, ImportItem

ROW_FILE_SUFFIXES = {".csv", ".jsonl"}


class Command(BaseCommand):
    help = "Import articles from files, folders, ZIP archives, CSV or JSONL."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="*", type=Path)
        parser.add_argument("--user", help="username the articles are uploaded by")
        parser.add_argument(
            "--share", action="store_true", help="share them with every teacher"
        )
        parser.add_argument(
            "--queue",
            action="store_true",
            help="leave the work to background workers instead of doing it here",
        )
        parser.add_argument(
            "--resume", type=int, metavar="BATCH_ID", help="finish an earlier batch"
        )
        parser.add_argument(
            "--take-over",
            action="store_true",
            help="with --resume: also retry items a stopped worker had claimed "
            "(only when no worker is running)",
        )

    def handle(self, *args, **options):
        # The reader pool's workers are not daemons: left running, they can
        # keep Python from exiting after the summary. Stop them on every way
        # out (done, refused, Ctrl-C), not only at interpreter exit.
        try:
            self._handle(options)
        finally:
            shutdown_pool()

    def _handle(self, options) -> None:
        if options["resume"] is not None:
            batch = ImportBatch.objects.filter(pk=options["resume"]).first()
            if batch is None:
                raise CommandError(f"There is no batch {options['resume']}.")
        else:
            batch = self._new_batch(options)
            # Files refused before any reading (too big, not article files).
            for item in batch.items.filter(status=ImportItem.Status.REFUSED):
                self.stdout.write(f"Refused {item.name}: {item.message}")
            if options["queue"]:
                tasks.batch_enqueue(batch.pk)
                self.stdout.write(
                    f"Batch {batch.pk} queued: {batch.items.count()} item(s)."
                )
                return
        stale = timedelta(0) if options["take_over"] else selectors.STALE_CLAIM
        self._run(batch, stale)

    def _new_batch(self, options) -> ImportBatch:
        if not options["paths"]:
            raise CommandError("Give files or folders to import, or --resume.")
        if not options["user"]:
            raise CommandError("Say who uploads them: --user USERNAME.")
        user = get_user_model().objects.filter(username=options["user"]).first()
        if user is None:
            raise CommandError(f"There is no user {options['user']!r}.")
        entries = [entry for path in options["paths"] for entry in _entries(path)]
        if not entries:
            raise CommandError("No files found to import.")
        names = ", ".join(display_name(str(path)) for path in options["paths"])
        return services.batch_store(
            created_by=user,
            source_name=names,
            entries=entries,
            share_with_all=options["share"],
            enqueue=None,  # --queue queues it once the refusals are shown
        )

    def _run(self, batch: ImportBatch, stale: timedelta) -> None:
        # No markup: file names and titles are shown as they are.
        console = Console(file=self.stdout, highlight=False, markup=False)
        progress_before = selectors.batch_progress(batch)
        columns = [
            TextColumn("Importing"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.description}"),
        ]
        with Progress(*columns, console=console) as progress:
            bar = progress.add_task(
                "", total=progress_before.total, completed=progress_before.finished
            )

            def show(item: ImportItem) -> None:
                if item.status == ImportItem.Status.REFUSED:
                    console.print(f"Refused {item.name}: {item.message}")
                elif item.status == ImportItem.Status.IMPORTED and item.message:
                    # A note: a date or a column that was not read.
                    console.print(f"Imported {item.name}: {item.message}")
                progress.update(bar, advance=1, description=item.name[:40])

            worker.batch_run(batch.pk, on_item=show, stale_claim=stale)
        done = selectors.batch_progress(batch)
        console.print(
            f"Batch {batch.pk}: {done.imported} imported, {done.duplicates} already "
            f"in the library, {done.refused} refused, "
            f"{done.total - done.finished} not finished."
        )
        if not done.is_done:
            console.print(
                "Items claimed by another worker are left to it; if none is "
                f"running, use --resume {batch.pk} --take-over."
            )


def _entries(path: Path, *, in_folder: bool = False) -> list[BatchEntry]:
    if path.is_dir():
        return [
            entry
            for child in sorted(path.rglob("*"))
            if child.is_file() and not child.name.startswith(".")
            for entry in _entries(child, in_folder=True)
        ]
    if not path.is_file():
        raise CommandError(f"{path} does not exist.")
    name = display_name(path.name)
    batch_suffixes = ROW_FILE_SUFFIXES | {".zip"}
    if in_folder and not (
        is_article_name(path.name) or path.suffix.lower() in batch_suffixes
    ):
        return [BatchEntry(name, problem=NOT_AN_ARTICLE)]
    size = path.stat().st_size
    with path.open("rb") as file:
        is_archive = file.read(4).startswith(ZIP_SIGNATURES)
    holds_many = path.suffix.lower() in ROW_FILE_SUFFIXES or is_archive
    limit = MAX_BATCH_BYTES if holds_many else MAX_FILE_BYTES
    if size > limit:
        return [
            BatchEntry(
                name,
                problem=f"The file is {size / MEGABYTE:,.1f} MB; the limit is "
                f"{limit // MEGABYTE} MB.",
            )
        ]
    data = path.read_bytes()
    if holds_many:
        try:
            if not is_archive or zip_kind(data) == "zip":
                return split_batch_isolated(data, path.name)
        except RefusedFile as refusal:
            return [BatchEntry(name, problem=str(refusal))]
    return [BatchEntry(name, data)]
