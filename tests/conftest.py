import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command

from agencies.services import EDITOR_GROUP, PARTNER_GROUP


@pytest.fixture(scope="session", autouse=True)
def collected_static():
    """Pages use hashed static names (manifest storage, as in production): collect them once."""
    call_command("collectstatic", interactive=False, verbosity=0)


@pytest.fixture
def initial_data(db):
    call_command("load_initial_data", stdout=open("/dev/null", "w"))  # noqa: SIM115


@pytest.fixture
def anonymous_client(client):
    client.raise_request_exception = False
    return client


PARTNER_PHONE = "+32 2 555 01 23"
PUBLIC_PHONE = "+32 2 536 02 11"


@pytest.fixture
def zone_with_partner_line(initial_data):
    """The Midi police zone with a public desk and a partners-only line."""
    from agencies.models import Actor
    from tests.factories import ContactPointFactory

    zone = Actor.objects.get(zone_number="5341")
    ContactPointFactory(actor=zone, label_fr="Accueil", label_nl="Onthaal", phone=PUBLIC_PHONE, visibility="public")
    ContactPointFactory(
        actor=zone, label_fr="Ligne des partenaires", label_nl="Partnerlijn", phone=PARTNER_PHONE, visibility="partners"
    )
    return zone


@pytest.fixture
def partner_group(db):
    return Group.objects.get(name=PARTNER_GROUP)


@pytest.fixture
def editor_group(db):
    return Group.objects.get(name=EDITOR_GROUP)
