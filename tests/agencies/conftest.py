import pytest

from tests.factories import StaffUserFactory, UserFactory


@pytest.fixture
def visitor(request, client, partner_group, editor_group):
    """(kind, client logged in as that kind of visitor), for `indirect` parametrization by kind."""
    make = {
        "anonymous": lambda: None,
        "logged in without permission": UserFactory,
        "partner": lambda: UserFactory(groups=[partner_group]),
        "staff editor": lambda: UserFactory(is_staff=True, groups=[editor_group]),
        "superuser": StaffUserFactory,
    }[request.param]
    user = make()
    if user is not None:
        client.force_login(user)
    return request.param, client
