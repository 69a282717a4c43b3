"""What several test folders share: the phone numbers of the leak tests, loading the seed data."""

import io

import phonenumbers
from django.core.management import call_command

PARTNER_PHONE = "+32 2 555 01 23"
PUBLIC_PHONE = "+32 2 536 02 11"


def phone_forms(number):
    """The ways a page, a file or an API may write `number`: as typed, E.164 and national."""
    national = phonenumbers.format_number(phonenumbers.parse(number, "BE"), phonenumbers.PhoneNumberFormat.NATIONAL)
    return {number, e164(number), national}


def shows_phone(text, number):
    """Whether `text` holds `number` in any form (a leak test must not pass because of a format)."""
    return any(form in text for form in phone_forms(number))


def e164(number):
    """How the portal stores and exchanges a number: +3225550123."""
    return phonenumbers.format_number(phonenumbers.parse(number, "BE"), phonenumbers.PhoneNumberFormat.E164)


def load_seed_data():
    """The initial data, as `make run` loads it (creates what is missing, never overwrites)."""
    call_command("load_initial_data", stdout=io.StringIO())


SEED_SNAPSHOT_SCHEMA = "seed_snapshot"
_snapshot_taken = False  # in this test process (each process of pytest-xdist has its own database)


def snapshot_seed_data():
    """On PostgreSQL, keep a copy of every table as the seed data left it, in a schema of its own: bringing
    the seed data back after a test in real transactions then takes a fraction of a second instead of the
    5 seconds of `load_seed_data`."""
    global _snapshot_taken
    from django.db import connection

    if connection.vendor != "postgresql":
        return
    schema = connection.ops.quote_name(SEED_SNAPSHOT_SCHEMA)
    with connection.cursor() as cursor:
        cursor.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
        cursor.execute(f"CREATE SCHEMA {schema}")
        for table in _model_tables(connection):
            cursor.execute(f"CREATE TABLE {schema}.{table} AS TABLE public.{table}")
    _snapshot_taken = True


def restore_seed_data():
    """The seed data back in the database, whatever a test left in it: from the snapshot where there is
    one (every table emptied, then filled from its copy), else loaded again."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection, transaction

    if not has_seed_snapshot():
        load_seed_data()
        return
    schema = connection.ops.quote_name(SEED_SNAPSHOT_SCHEMA)
    tables = _model_tables(connection)
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL DEFERRED")  # Django's foreign keys are deferrable: any table order
        # DELETE, not TRUNCATE: 0.08 s instead of 0.9 for these small tables (TRUNCATE gives each a new file).
        for table in tables:
            cursor.execute(f"DELETE FROM public.{table}")  # noqa: S608
        # The sequences are left as they are: they only grow, so they are past every id of the snapshot.
        for table in tables:
            cursor.execute(f"INSERT INTO public.{table} SELECT * FROM {schema}.{table}")  # noqa: S608
    ContentType.objects.clear_cache()  # its ids may have changed since the seed data was loaded


def has_seed_snapshot():
    return _snapshot_taken


def _model_tables(connection):
    names = connection.introspection.django_table_names(only_existing=True, include_views=False)
    return sorted(connection.ops.quote_name(name) for name in names)


def seed_data_missing():
    """Whether a test in real transactions emptied the database (BPS's own record is the first loaded)."""
    from django.conf import settings

    from agencies.models import Actor

    return not Actor.objects.filter(key=settings.PORTAL_OWNER_ACTOR_KEY).exists()


def verified_login(client, user):
    """Log `user` in as after both steps: password and a second factor (a confirmed app)."""
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device = TOTPDevice.objects.filter(user=user, confirmed=True).first() or TOTPDevice.objects.create(
        user=user, name="app", confirmed=True
    )
    client.force_login(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client


def current_code(user):
    """The code the user's authenticator app shows now."""
    from django_otp.oath import totp
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device = TOTPDevice.objects.get(user=user)
    return f"{totp(device.bin_key, step=device.step, digits=device.digits):06d}"
