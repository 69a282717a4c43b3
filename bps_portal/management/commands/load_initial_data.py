from django.core.management.base import BaseCommand

from agencies import initial_data as directory
from agencies.services import load_initial_directory
from bps_portal.initial_pages import PAGES
from bps_portal.models import Page
from bps_portal.services import create_missing


class Command(BaseCommand):
    help = "Create the portal's initial data where it is missing. Never overwrites what staff have changed."

    def handle(self, *args, **options):
        report = load_initial_directory(
            directory.ACTOR_TYPES, directory.ACTORS, directory.MUNICIPALITIES, directory.CONTACT_POINTS
        )
        report["editorial pages"] = create_missing(Page, PAGES)
        for label, created in report.items():
            self.stdout.write(f"{label}: {created} created")
