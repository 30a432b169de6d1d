"""Back up the database while the app runs: `manage.py backup_db FILE`.

Through django-dbbackup's connectors (quizapp/ops/backups.py): SQLite through
its online backup API (never a file copy), PostgreSQL through pg_dump (custom
format). Restore with `manage.py restore_db FILE --yes`.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from quizapp.ops.backups import BackupError, backup


class Command(BaseCommand):
    help = "Write a consistent backup of the database to FILE (mode 0600)."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)

    def handle(self, *args, file: Path, **options):
        try:
            backup(file)
        except (BackupError, OSError) as error:
            raise CommandError(str(error)) from error
        size = file.stat().st_size / 1024 / 1024
        self.stdout.write(f"Backed up {connection.vendor} to {file} ({size:,.1f} MB).")
