"""Delete student data older than the retention period (PRIVACY.md).

    manage.py purge_old_data [--days N] [--dry-run]

Run it daily (cron, a systemd timer). Without --days it uses
settings.STUDENT_DATA_RETENTION_DAYS.
"""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from quizapp.ops.retention import purge_before


class Command(BaseCommand):
    help = "Delete students inactive for longer than the retention period."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int)
        parser.add_argument(
            "--dry-run", action="store_true", help="count, delete nothing"
        )

    def handle(self, *args, days=None, dry_run=False, **options):
        days = settings.STUDENT_DATA_RETENTION_DAYS if days is None else days
        if days < 1:
            raise CommandError("--days must be at least 1.")
        cutoff = timezone.now() - timedelta(days=days)
        purged = purge_before(cutoff, dry_run=dry_run)
        verb = "Would delete" if dry_run else "Deleted"
        self.stdout.write(
            f"{verb} {purged.students} student(s) inactive since before "
            f"{cutoff:%Y-%m-%d}, with all their work; {purged.login_records} "
            f"teacher log-in record(s); {purged.admin_log_entries} admin log "
            f"entr(ies); {purged.sessions} expired session(s); "
            f"{purged.join_requests} request(s) to join a class."
        )
