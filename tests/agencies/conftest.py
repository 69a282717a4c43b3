import pytest

from tests.conftest import PARTNER_PHONE, PUBLIC_PHONE  # noqa: F401 (used by the tests of this folder)
from tests.factories import ActorFactory, StaffUserFactory, UserFactory


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
