"""What several test folders share: the phone numbers of the leak tests, loading the seed data."""

import io

from django.core.management import call_command

PARTNER_PHONE = "+32 2 555 01 23"
PUBLIC_PHONE = "+32 2 536 02 11"


def load_seed_data():
    """The initial data, as `make run` loads it (creates what is missing, never overwrites)."""
    call_command("load_initial_data", stdout=io.StringIO())
