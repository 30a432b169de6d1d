"""Restore a backup made by backup_db: `manage.py restore_db FILE --yes`.

Stop the app (and task workers) first: the database is overwritten.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from quizapp.ops.backups import BackupError, postgres_restore, sqlite_restore


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
        settings_dict = connection.settings_dict
        connection.close()
        try:
            if connection.vendor == "sqlite":
                sqlite_restore(file, Path(settings_dict["NAME"]))
            elif connection.vendor == "postgresql":
                postgres_restore(file, settings_dict)
            else:
                raise CommandError(f"No restore method for {connection.vendor}.")
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Restored {connection.vendor} from {file}.")
