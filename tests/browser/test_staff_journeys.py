"""Staff in a real browser, in French and in Dutch: first login with two-step verification, an
edit within the role, a refusal where the role stops, and the trace in the audit log."""

import re

import pytest
from django.contrib.auth.models import Group

from bps_portal.roles import PLAN_EDITOR, PUBLISHER
from gspp.models import Measure
from tests.browser.test_quality import STAFF_PASSWORD, axe_violations, log_in_as_staff
from tests.factories import UserFactory
from tests.support import current_code

WORDS = {
    "fr": {"setup": "Activer la vérification en deux étapes", "refused": "Accès refusé", "changed": "modifié"},
    "nl": {"setup": "Verificatie in twee stappen instellen", "refused": "Toegang geweigerd", "changed": "gewijzigd"},
}


def staff_member(role):
    user = UserFactory(is_staff=True)
    user.groups.add(Group.objects.get(name=role.name))
    return user


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_an_editor_enrols_edits_is_refused_and_is_on_record(site_data, live_server, chromium, language):
    words = WORDS[language]
    context = chromium.new_context(locale=f"{language}-BE")
    page = context.new_page()
    page.set_default_timeout(10_000)
    editor = staff_member(PLAN_EDITOR)

    # First login: the password, then an authenticator app linked with the QR code or the key.
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", editor.username)
    page.fill("#id_password", STAFF_PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url(re.compile(r".*/admin/two-factor/setup/.*"))
    assert page.get_by_role("heading", name=words["setup"]).is_visible()
    assert page.locator(".two-factor-qr svg").is_visible()
    assert axe_violations(page) == []
    page.fill("#id_code", current_code(editor))
    page.click("#two-factor-form input[type=submit]")
    assert page.locator(".two-factor-codes li").count() == 10
    assert axe_violations(page) == []
    page.locator(".two-factor-codes + p a").click()
    page.wait_for_url(f"{live_server.url}/admin/")

    # Within the role: a measure's Dutch title.
    measure = Measure.objects.get(area__edition__key="2021-2024", area__number=3, number=4)
    page.goto(f"{live_server.url}/admin/gspp/measure/{measure.pk}/change/")
    page.locator("#measure_form .ui-tabs-nav a", has_text="nl").first.click()
    page.fill("#id_title_nl", f"Preventiecampagnes ({language})")
    page.locator("input[name=_save]").click()
    page.wait_for_url(f"{live_server.url}/admin/gspp/measure/")
    measure.refresh_from_db()
    assert measure.title_nl == f"Preventiecampagnes ({language})"

    # Where the role stops: editorial pages and deletions belong to others.
    for path in ("/admin/bps_portal/page/", f"/admin/gspp/measure/{measure.pk}/delete/"):
        response = page.goto(live_server.url + path)
        assert response.status == 403
        assert page.get_by_role("heading", name=words["refused"]).is_visible()
    context.close()

    # A publisher finds it all in the audit log.
    context = chromium.new_context(locale=f"{language}-BE")
    page = context.new_page()
    page.set_default_timeout(10_000)
    log_in_as_staff(page, live_server, staff_member(PUBLISHER))
    page.goto(f"{live_server.url}/admin/bps_portal/auditentry/?q={editor.username}")
    rows = page.locator("#result_list tbody tr")
    texts = [rows.nth(index).inner_text() for index in range(rows.count())]
    assert any(words["changed"] in text and "3.4" in text for text in texts), texts
    assert len(texts) >= 3, "logged in, second factor, change"
    context.close()
