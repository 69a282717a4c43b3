import reversion
from django.contrib.auth.models import Group, Permission
from django.core.management.base import BaseCommand

from agencies import initial_data as directory
from agencies.models import Actor
from agencies.services import load_initial_directory
from bps_portal import audit
from bps_portal.initial_pages import PAGES
from bps_portal.models import Page
from bps_portal.roles import apply_roles, roles_table
from bps_portal.services import create_missing
from gspp import initial_data as plan
from gspp.models import Measure
from gspp.services import load_initial_plan


class Command(BaseCommand):
    help = "Create the portal's initial data where it is missing. Never overwrites what staff have changed."

    def handle(self, *args, **options):
        with reversion.create_revision():
            reversion.set_comment("load_initial_data")
            self.load()

    def load(self):
        apply_roles(roles_table(), Group, Permission)
        report = load_initial_directory(directory.ACTOR_TYPES, directory.ACTORS, directory.MUNICIPALITIES)
        actors = {actor.key: actor for actor in Actor.objects.all()}
        report.update(load_initial_plan(plan.EDITIONS, plan.OBJECTIVES, plan.AREAS, plan.MEASURES, actors))
        report["editorial pages"] = create_missing(Page, PAGES)
        for label, created in report.items():
            self.stdout.write(f"{label}: {created} created")
        summary = ", ".join(f"{created} {label}" for label, created in report.items() if created)
        audit.record(audit.AuditAction.COMMAND, detail=f"load_initial_data: {summary or 'nothing to create'}")
        demo_measures = Measure.objects.filter(is_demo=True).count()
        demo_actors = Actor.objects.filter(is_demo=True).count()
        if demo_measures or demo_actors:
            self.stdout.write(
                f"Demonstration content IS loaded: {demo_measures} measures and {demo_actors} actors, "
                "each marked 'Exemple' / 'Voorbeeld' (remove with `make demo-data-remove`)."
            )
        else:
            self.stdout.write("Demonstration content is NOT loaded (add some with `make demo-data`).")
