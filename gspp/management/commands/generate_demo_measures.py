from django.core.management.base import BaseCommand, CommandError

from gspp.models import Measure, PlanEdition
from gspp.selectors import active_actors, current_edition
from gspp.services import create_demo_measures, link_demo_continuations


class Command(BaseCommand):
    help = (
        "Add demonstration measures (titled 'Exemple' / 'Voorbeeld') to the current edition, or to another with "
        "--edition, for development. Demonstration measures of two editions are then linked: every other one of the "
        "later edition continues one of the earlier edition."
    )

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=60)
        parser.add_argument("--edition", help="The edition's key (e.g. 2017-2020); the current edition by default.")
        parser.add_argument("--delete", action="store_true", help="Remove all demonstration measures instead.")

    def handle(self, *args, count, edition, delete, **options):
        if delete:
            deleted, _ = Measure.objects.filter(is_demo=True).delete()
            self.stdout.write(f"{deleted} demonstration rows deleted")
            return
        chosen = PlanEdition.objects.filter(key=edition).first() if edition else current_edition()
        if chosen is None:
            raise CommandError(f"No plan edition {edition or ''}: run load_initial_data first.")
        actors = active_actors().filter(is_demo=False).order_by("key")
        start = Measure.objects.filter(is_demo=True).count() + 1
        measures = create_demo_measures(chosen, count, actors=actors, start=start)
        self.stdout.write(f"{len(measures)} demonstration measures created in {chosen.key}")
        linked = sum(link_demo_continuations(later) for later in PlanEdition.objects.all())
        if linked:
            self.stdout.write(f"{linked} demonstration measures linked to the earlier edition's")
