from django.core.management.base import BaseCommand

from bps_portal import backups


class Command(BaseCommand):
    help = "Restore a backup made by backup_database into a new PostgreSQL database (never the live one)."

    def add_arguments(self, parser):
        parser.add_argument("file", help="The .dump file.")
        parser.add_argument("--database-name", required=True, help="The database to create and restore into.")
        parser.add_argument("--replace", action="store_true", help="Drop that database first if it exists.")

    def handle(self, *args, file, database_name, replace, **options):
        backups.restore(file, database_name, replace=replace)
        self.stdout.write(f"Restored {file} into the database {database_name}.")
