"""Playwright driving Debian's Chromium against pytest-django's live server."""

import os
import shutil
from unittest import mock

import pytest

from tests.support import restore_seed_data, seed_data_missing

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
]

# Playwright's sync API runs an event loop in the test thread; the ORM calls our fixtures make
# there are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def live_server():
    """pytest-django's live server, but static files come from WhiteNoise and the collected,
    hashed files, as in production, instead of Django's development handler."""
    from pytest_django.live_server_helper import LiveServer

    with mock.patch("django.contrib.staticfiles.handlers.StaticFilesHandler", lambda application: application):
        server = LiveServer("localhost")
    yield server
    server.stop()


@pytest.fixture(scope="session")
def chromium():
    if not (os.path.exists(CHROMIUM) or shutil.which(CHROMIUM)):
        reason = (
            f"BROWSER TESTS SKIPPED: no Chromium at {CHROMIUM}. "
            "Install Debian's 'chromium' package (make test does it when run as root)."
        )
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(reason.replace("SKIPPED", "CANNOT RUN"), pytrace=False)
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def site_data(transactional_db):
    """The live server sees committed data only: the seed data loaded once for the session is
    committed, and each transactional test puts it back as it ends (see tests/conftest.py)."""
    if seed_data_missing():
        restore_seed_data()


@pytest.fixture
def site_read_only(django_db_blocker):
    """For tests that only read the site: the seed data as committed, and nothing to put back after the
    test (0.1 s a test on PostgreSQL, 6 s on SQLite)."""
    with django_db_blocker.unblock():
        if seed_data_missing():
            restore_seed_data()
        yield


@pytest.fixture
def browser_context(chromium):
    context = chromium.new_context(locale="fr-BE")
    yield context
    context.close()


@pytest.fixture
def page(browser_context):
    page = browser_context.new_page()
    page.set_default_timeout(10_000)
    return page
