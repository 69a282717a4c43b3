from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from bps_portal import audit, two_factor


class Command(BaseCommand):
    help = (
        "Give a staff account a confirmed authenticator-app device and fresh backup codes, and print "
        "the key and the codes: for development, and for a machine without a phone."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    @transaction.atomic
    def handle(self, *args, username, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user named {username!r}.")
        two_factor.remove_devices(user)
        device = TOTPDevice.objects.create(user=user, name=two_factor.APP_DEVICE_NAME, confirmed=False)
        codes = two_factor.confirm(device)
        audit.record(audit.AuditAction.TWO_FACTOR, user=user, detail="enrolled by enrol_two_factor")
        self.stdout.write(f"Authenticator key of {username}: {two_factor.grouped_key(device)}")
        self.stdout.write(f"Or add this address to the app: {device.config_url}")
        self.stdout.write(f"Code right now: {totp(device.bin_key, step=device.step, digits=device.digits):06d}")
        self.stdout.write("Backup codes, each good for one login:")
        for code in codes:
            self.stdout.write(f"  {code}")
