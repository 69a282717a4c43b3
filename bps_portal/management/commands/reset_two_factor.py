from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from bps_portal import audit, two_factor


class Command(BaseCommand):
    help = "Recovery after a lost phone: remove a user's second factors; the next login enrols again."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user named {username!r}.")
        two_factor.remove_devices(user)
        audit.record(audit.AuditAction.TWO_FACTOR, user=user, detail="second factors removed by reset_two_factor")
        self.stdout.write(f"{username}: two-step verification reset; enrolment at the next login.")
