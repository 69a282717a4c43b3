from django.core.management.base import BaseCommand, CommandError

from gspp.models import Measure
from gspp.selectors import active_actors, current_edition
from gspp.services import create_demo_measures


class Command(BaseCommand):
    help = "Add demonstration measures (titled 'Exemple' / 'Voorbeeld') to the current edition, for development."

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=60)
        parser.add_argument("--delete", action="store_true", help="Remove all demonstration measures instead.")

    def handle(self, *args, count, delete, **options):
        if delete:
            deleted, _ = Measure.objects.filter(is_demo=True).delete()
            self.stdout.write(f"{deleted} demonstration rows deleted")
            return
        edition = current_edition()
        if edition is None:
            raise CommandError("No plan edition: run load_initial_data first.")
        actors = active_actors().filter(is_demo=False).order_by("key")
        start = Measure.objects.filter(is_demo=True).count() + 1
        measures = create_demo_measures(edition, count, actors=actors, start=start)
        self.stdout.write(f"{len(measures)} demonstration measures created in {edition.key}")
