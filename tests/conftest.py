import pytest
from django.core.management import call_command


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
