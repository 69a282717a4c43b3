"""Accessibility of the admin staff use, and its language tabs, in a real Chromium, in French and Dutch."""

import pytest

from tests.browser.support import axe_violations, log_in_as_staff


def test_admin_language_tabs_work_by_click_keyboard_and_switch_under_the_csp(site_data, live_server, page):
    from bps_portal.models import Page

    log_in_as_staff(page, live_server)
    about = Page.objects.get(key="about")
    page.goto(f"{live_server.url}/admin/bps_portal/page/{about.pk}/change/")
    shown = page.get_attribute("html", "lang")
    other = {"fr": "nl", "nl": "fr"}[shown]
    assert page.locator(f"#id_title_{shown}").is_visible()
    assert not page.locator(f"#id_title_{other}").is_visible()

    title_tabs = page.locator(".language-tabs").first
    title_tabs.locator(f"[role=tab][lang={other}]").click()
    assert page.locator(f"#id_title_{other}").is_visible()
    assert page.locator(f"#id_summary_{shown}").is_visible(), "a tab changes its own field only"
    page.keyboard.press("Home")
    assert title_tabs.locator("[role=tab][aria-selected=true]").get_attribute("lang") == "fr"
    page.keyboard.press("ArrowRight")
    assert page.evaluate("document.activeElement.lang") == "nl"
    assert page.locator("#id_title_nl").is_visible()

    page.locator(f".language-switch button[lang={other}]").click()
    assert page.locator(f"#id_summary_{other}").is_visible()
    assert not page.locator(f"#id_summary_{shown}").is_visible()

    # A field in error shows the language at fault, and its tab says so.
    page.locator(".language-switch button[lang=nl]").click()
    page.locator(".language-tabs").first.locator("[role=tab][lang=fr]").click()
    page.fill("#id_title_fr", "")
    page.locator("input[name=_save_draft]").click()
    page.wait_for_load_state()
    assert page.locator(".errornote").is_visible()
    faulty = page.locator(".language-tabs").first.locator("[role=tab][lang=fr]")
    assert faulty.get_attribute("aria-selected") == "true"
    assert "has-error" in faulty.get_attribute("class")
    assert page.locator("#id_title_fr").is_visible()


def admin_page_types():
    """One page of each kind staff use: index, change lists, change forms (editor tabs, inlines),
    history with revisions, an old revision, the preview of a draft, the audit log."""
    from bps_portal.models import Page
    from gspp.models import Measure

    about = Page.objects.get(key="about")
    measure = Measure.objects.get(area__edition__key="2021-2024", area__number=3, number=4)
    return [
        "/admin/",
        "/admin/gspp/measure/",
        f"/admin/gspp/measure/{measure.pk}/change/",
        f"/admin/bps_portal/page/{about.pk}/change/",
        f"/admin/bps_portal/page/{about.pk}/history/",
        "/admin/agencies/actor/",
        "/admin/bps_portal/auditentry/",
        "/admin/bps_portal/alert/add/",
    ]


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_axe_finds_no_violation_in_the_admin(site_data, live_server, chromium, language):
    from reversion.models import Version

    from bps_portal.models import Page

    context = chromium.new_context(locale=f"{language}-BE")
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.goto(live_server.url + "/admin/login/")
    found = {"login": axe_violations(page)}
    log_in_as_staff(page, live_server)
    about = Page.objects.get(key="about")
    for path in admin_page_types():
        page.goto(live_server.url + path)
        found[path] = axe_violations(page)
    version = Version.objects.get_for_object(about).first()
    if version is not None:
        page.goto(f"{live_server.url}/admin/bps_portal/page/{about.pk}/history/{version.pk}/")
        found["revision"] = axe_violations(page)
    page.goto(f"{live_server.url}/admin/bps_portal/page/{about.pk}/preview/{language}/")
    found["preview"] = axe_violations(page)
    context.close()
    assert {path: violations for path, violations in found.items() if violations} == {}
