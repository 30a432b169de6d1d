"""Restore a backup made by backup_db: `manage.py restore_db FILE --yes`.

Stop the app (and task workers) first: the database is overwritten.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from quizapp.ops.backups import BackupError, restore


class Command(BaseCommand):
    help = "Overwrite the database with a backup made by backup_db."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument(
            "--yes", action="store_true", help="confirm: the database is replaced"
        )

    def handle(self, *args, file: Path, yes: bool, **options):
        if not file.is_file():
            raise CommandError(f"{file} does not exist.")
        if not yes:
            raise CommandError(
                "This replaces everything in the database. Stop the app, then run "
                "again with --yes."
            )
        try:
            restore(file)
        except (BackupError, OSError) as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Restored {connection.vendor} from {file}.")
