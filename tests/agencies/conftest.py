import pytest
from django.contrib.auth.models import Group

from agencies.services import EDITOR_GROUP, PARTNER_GROUP
from tests.factories import ActorFactory, ContactPointFactory, StaffUserFactory, UserFactory

PARTNER_PHONE = "+32 2 555 01 23"
PUBLIC_PHONE = "+32 2 536 02 11"


@pytest.fixture
def zone_with_partner_line(initial_data):
    """The Midi police zone with a public desk and a partners-only line."""
    from agencies.models import Actor

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


@pytest.fixture
def users(partner_group, editor_group):
    """One visitor of each kind that the leak matrix checks (None is the anonymous visitor)."""
    return {
        "anonymous": None,
        "logged in without permission": UserFactory(),
        "partner": UserFactory(groups=[partner_group]),
        "staff editor": UserFactory(is_staff=True, groups=[editor_group]),
        "superuser": StaffUserFactory(),
    }


def client_for(client, user):
    client.logout()
    if user is not None:
        client.force_login(user)
    return client


__all__ = ["ActorFactory", "client_for"]
