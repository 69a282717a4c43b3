from django.core.management.base import BaseCommand

from agencies.initial_data import ACTORS
from agencies.models import Actor
from bps_portal.initial_pages import PAGES
from bps_portal.models import Page
from bps_portal.services import create_missing


class Command(BaseCommand):
    help = "Create the portal's initial data where it is missing. Never overwrites what staff have changed."

    def handle(self, *args, **options):
        for model, rows in ((Actor, ACTORS), (Page, PAGES)):
            created = create_missing(model, rows)
            self.stdout.write(f"{model._meta.label}: {created} created, {len(rows) - created} already present")
