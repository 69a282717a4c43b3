import reversion
from django.contrib.auth.models import Group, Permission
from django.core.management.base import BaseCommand
from django.db import transaction

from agencies.models import Actor
from bps_portal import audit, seed
from bps_portal.initial_data import load_all
from bps_portal.roles import apply_roles, roles_table
from gspp.models import Measure


class Command(BaseCommand):
    help = (
        "Create the portal's initial data from the data files, and bring in their corrections where staff "
        "have not changed the field. Never overwrites what staff have changed."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--recreate-deleted",
            action="store_true",
            help="Create again the initial records that staff deleted (by default they stay deleted).",
        )

    def handle(self, *args, **options):
        token = seed.RECREATE_DELETED.set(options["recreate_deleted"])
        try:
            with transaction.atomic(), reversion.create_revision():
                reversion.set_comment("load_initial_data")
                self.load()
        finally:
            seed.RECREATE_DELETED.reset(token)

    def load(self):
        apply_roles(roles_table(), Group, Permission)
        reports = load_all()
        for label, report in reports.items():
            self.stdout.write(f"{label}: {report.created} created, {report.updated} corrected")
        deleted = [entry for report in reports.values() for entry in report.deleted]
        if deleted:
            self.stdout.write(
                f"{len(deleted)} initial records deleted by staff, left deleted (--recreate-deleted brings them back): "
                + "; ".join(deleted)
            )
        kept = [entry for report in reports.values() for entry in report.kept]
        if kept:
            self.stdout.write(
                f"{len(kept)} corrections of the data files not applied, because staff changed the field: "
                + "; ".join(kept)
            )
        summary = ", ".join(
            f"{report.created} {label} created" for label, report in reports.items() if report.created
        ) + "".join(f", {report.updated} {label} corrected" for label, report in reports.items() if report.updated)
        audit.record(audit.AuditAction.COMMAND, detail=f"load_initial_data: {summary.strip(', ') or 'nothing to do'}")
        demo_measures = Measure.objects.filter(is_demo=True).count()
        demo_actors = Actor.objects.filter(is_demo=True).count()
        if demo_measures or demo_actors:
            self.stdout.write(
                f"Demonstration content IS loaded: {demo_measures} measures and {demo_actors} actors, "
                "each marked 'Exemple' / 'Voorbeeld' (remove with `make demo-data-remove`)."
            )
        else:
            self.stdout.write("Demonstration content is NOT loaded (add some with `make demo-data`).")
