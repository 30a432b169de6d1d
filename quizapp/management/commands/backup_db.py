"""Back up the database while the app runs: `manage.py backup_db FILE`.

SQLite through its online backup API (never a file copy), PostgreSQL
through pg_dump (custom format). Restore with `manage.py restore_db FILE`.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from quizapp.ops.backups import BackupError, postgres_backup, sqlite_backup


class Command(BaseCommand):
    help = "Write a consistent backup of the database to FILE."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)

    def handle(self, *args, file: Path, **options):
        settings_dict = connection.settings_dict
        try:
            if connection.vendor == "sqlite":
                sqlite_backup(Path(settings_dict["NAME"]), file)
            elif connection.vendor == "postgresql":
                postgres_backup(settings_dict, file)
            else:
                raise CommandError(f"No backup method for {connection.vendor}.")
        except (BackupError, OSError) as error:
            raise CommandError(str(error)) from error
        size = file.stat().st_size / 1024 / 1024
        self.stdout.write(f"Backed up {connection.vendor} to {file} ({size:,.1f} MB).")
