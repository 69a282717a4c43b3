"""What the browser tests share: axe, a staff member's login, a page at a given size and language."""

import re
from contextlib import contextmanager
from io import StringIO

from axe_playwright_python.sync_playwright import Axe
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

from tests.factories import StaffUserFactory
from tests.support import current_code

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
STAFF_PASSWORD = "correct horse battery staple"


def axe_violations(page):
    # resultTypes: axe details the violations only (a third less time a page); what it finds is the same.
    options = {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]}
    results = Axe().run(page, options=options)
    return [
        (violation["id"], [node["target"] for node in violation["nodes"]][:5])
        for violation in results.response["violations"]
    ]


def log_in_as_staff(page, live_server, user=None):
    """Password, then the code of the authenticator app (enrolled here), as staff log in."""
    user = user or StaffUserFactory()
    call_command("enrol_two_factor", user.username, stdout=StringIO())
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", user.username)
    page.fill("#id_password", STAFF_PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url(re.compile(r".*/admin/two-factor/.*"))
    page.fill("#id_code", current_code(user))
    page.click("#two-factor-form input[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")
    return user


def path_of(view_name, language):
    with translation.override(language):
        return reverse(view_name)


@contextmanager
def browser_page(chromium, viewport, language="fr", **options):
    context = chromium.new_context(viewport=viewport, locale=f"{language}-BE", **options)
    try:
        page = context.new_page()
        page.set_default_timeout(10_000)
        yield page
    finally:
        context.close()
