from unittest import mock

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import TransactionTestCase, override_settings
from pytest_django.plugin import blocking_manager_key
from whitenoise.middleware import WhiteNoiseMiddleware

from agencies.models import Actor
from bps_portal.roles import DIRECTORY_EDITOR, PARTNER
from tests.support import (
    PARTNER_PHONE,
    PUBLIC_PHONE,
    has_seed_snapshot,
    load_seed_data,
    restore_seed_data,
    seed_data_missing,
    snapshot_seed_data,
    verified_login,
)


def runs_in_real_transactions(item):
    marker = item.get_closest_marker("django_db")
    return "transactional_db" in item.fixturenames or bool(marker and marker.kwargs.get("transaction"))


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """The browser tests first. They are the longest, and the suite's processes take whole files in this
    order: short files then fill the end, instead of one process finishing a long file while the other
    waits. (pytest-django had put them last, as tests in real transactions; they put the seed data back
    as they end, so they may run in any order.)"""
    items.sort(key=lambda item: item.path.parent.name != "browser")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """On SQLite, a test in real transactions (the live server's) empties the database as it ends. The seed
    data goes back at once, committed: else each later test that needs it would load it again (5 s) in its
    own transaction, rolled back. (On PostgreSQL such a test puts the seed data back itself: see
    django_db_setup.)"""
    result = yield
    if nextitem is not None and runs_in_real_transactions(item):  # after the last test, the database is gone
        with item.config.stash[blocking_manager_key].unblock():
            if seed_data_missing():
                restore_seed_data()
    return result


@pytest.fixture(scope="session", autouse=True)
def fast_password_hashing():
    """Tests make hundreds of accounts: a fast hash instead of the deliberately slow default."""
    with override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"]):
        yield


@pytest.fixture(scope="session", autouse=True)
def collected_static(worker_id, tmp_path_factory):
    """Pages use hashed static names (manifest storage, as in production): collect them once,
    into a folder of each test process's own when the suite runs in parallel (pytest-xdist)."""
    root = settings.STATIC_ROOT if worker_id == "master" else tmp_path_factory.getbasetemp() / "static"
    with override_settings(STATIC_ROOT=root):
        call_command("collectstatic", interactive=False, verbosity=0)
        yield


@pytest.fixture(scope="session", autouse=True)
def static_files_read_once(collected_static):
    """Every test client builds the middleware again, and WhiteNoise's reads the whole static folder as it
    starts (some 700 files, 0.3 s): once per process in production, but once per test client here. The
    folder and WhiteNoise's settings stay the same for the session: its table of files is built once."""
    tables = {}
    read_folder = WhiteNoiseMiddleware.add_files

    def add_files(middleware, root, prefix=None):
        if middleware.autorefresh:  # no table: WhiteNoise looks for each file as it is asked for
            return read_folder(middleware, root, prefix)
        key = (str(root), prefix, middleware.max_age)
        if key not in tables:
            files, middleware.files = middleware.files, {}
            read_folder(middleware, root, prefix)
            tables[key], middleware.files = middleware.files, files
        middleware.files.update(tables[key])
        return None

    with mock.patch.object(WhiteNoiseMiddleware, "add_files", add_files):
        yield


@pytest.fixture(autouse=True)
def french_in_the_test_thread():
    """A request made with the test client leaves its language active in the test's thread: each test
    starts from French, the default, whatever test ran before it in the same process."""
    from django.utils import translation

    with translation.override("fr"):
        yield


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache, whatever the previous one left in it."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The seed data, loaded once into the test database; each test's changes are rolled back. On
    PostgreSQL a test in real transactions ends by putting the seed data back from a snapshot of the tables,
    instead of Django's flush, which empties the database and leaves the next test to load the data again."""
    with django_db_blocker.unblock():
        load_seed_data()
        snapshot_seed_data()
        if not has_seed_snapshot():
            yield
            return
    with mock.patch.object(TransactionTestCase, "_fixture_teardown", lambda test_case: restore_seed_data()):
        yield


@pytest.fixture
def initial_data(db):
    """Marks a test that relies on the seed data. It is there already, but on SQLite a test in real
    transactions (the live server's) empties the database as it ends."""
    if seed_data_missing():
        restore_seed_data()


@pytest.fixture
def staff_client(client):
    """The test client logged in as a superuser, second factor verified."""
    from tests.factories import StaffUserFactory

    return verified_login(client, StaffUserFactory())


@pytest.fixture
def anonymous_client(client):
    client.raise_request_exception = False
    return client


@pytest.fixture
def zone_with_partner_line(initial_data):
    """The Midi police zone with a public desk and a partners-only line."""
    from tests.factories import ContactPointFactory

    zone = Actor.objects.get(zone_number="5341")
    ContactPointFactory(actor=zone, label_fr="Accueil", label_nl="Onthaal", phone=PUBLIC_PHONE, visibility="public")
    ContactPointFactory(
        actor=zone, label_fr="Ligne des partenaires", label_nl="Partnerlijn", phone=PARTNER_PHONE, visibility="partners"
    )
    return zone


@pytest.fixture
def partner_group(initial_data):
    """The partners' group (the seed data's roles)."""
    return Group.objects.get(name=PARTNER.name)


@pytest.fixture
def editor_group(initial_data):
    return Group.objects.get(name=DIRECTORY_EDITOR.name)
