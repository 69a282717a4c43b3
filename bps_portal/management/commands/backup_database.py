from django.conf import settings
from django.core.management.base import BaseCommand

from bps_portal import backups


class Command(BaseCommand):
    help = "Back up the PostgreSQL database with pg_dump (custom format) to a timestamped file."

    def add_arguments(self, parser):
        parser.add_argument("--directory", default=settings.BACKUP_DIR, help="Where to write the file.")

    def handle(self, *args, directory, **options):
        path = backups.backup(directory)
        self.stdout.write(f"Backup written: {path} ({path.stat().st_size} bytes)")
