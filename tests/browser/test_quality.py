"""Accessibility, privacy and robustness of every page type, in a real Chromium, in French and Dutch."""

import re
from io import StringIO

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.management import call_command
from playwright.sync_api import Error as PlaywrightError

from tests.browser.pages import page_types
from tests.factories import StaffUserFactory
from tests.support import current_code

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
STAFF_PASSWORD = "correct horse battery staple"


@pytest.fixture
def public_pages(site_data):
    pages = page_types()
    languages = {language for _name, language in pages}
    assert languages == {"fr", "nl"}
    return pages


def axe_violations(page):
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
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


def admin_paths():
    from bps_portal.models import Page

    about = Page.objects.get(key="about")
    return [
        "/admin/",
        "/admin/bps_portal/page/",
        f"/admin/bps_portal/page/{about.pk}/change/",
        "/admin/agencies/actor/",
    ]


def test_axe_finds_no_violation_on_any_page_type(public_pages, live_server, page):
    found = {}
    for (view_name, language), path in public_pages.items():
        page.goto(live_server.url + path)
        violations = axe_violations(page)
        if violations:
            found[(view_name, language, path)] = violations
    page.goto(live_server.url + "/admin/login/")
    if violations := axe_violations(page):
        found["admin login"] = violations
    zone_path = log_in_as_partner_with_a_partner_line(page, live_server)
    if violations := axe_violations(page):
        found[("partner view", zone_path)] = violations
    assert found == {}


def log_in_as_partner_with_a_partner_line(page, live_server):
    """A logged-in partner on a police zone page that has a partners-only line; returns its path."""
    from django.contrib.auth.models import Group

    from agencies.models import Actor
    from bps_portal.roles import PARTNER
    from tests.factories import ContactPointFactory, UserFactory

    zone = Actor.objects.get(zone_number="5341")
    ContactPointFactory(actor=zone, visibility="partners", label_fr="Ligne partenaires", phone="+32 2 555 01 23")
    partner = UserFactory(groups=[Group.objects.get(name=PARTNER.name)])
    page.goto(f"{live_server.url}/fr/connexion/")
    page.fill("#id_username", partner.username)
    page.fill("#id_password", STAFF_PASSWORD)
    page.click(".login-form button[type=submit]")
    page.goto(live_server.url + zone.get_absolute_url())
    assert page.locator(".contact-point--partners").count() == 1
    return zone.get_absolute_url()


def test_no_request_leaves_the_site_and_no_csp_violation(public_pages, live_server, page):
    outside, console_errors = [], []
    page.on("request", lambda request: None if request.url.startswith(live_server.url) else outside.append(request.url))
    page.on("console", lambda message: console_errors.append(message.text) if message.type == "error" else None)
    for path in public_pages.values():
        page.goto(live_server.url + path)
        page.wait_for_load_state("networkidle")
    log_in_as_staff(page, live_server)
    for path in admin_paths():
        page.goto(live_server.url + path)
        page.wait_for_load_state("networkidle")
    assert outside == []
    assert console_errors == []


def body_size(response):
    try:
        return len(response.body())
    except PlaywrightError:  # a font from Chromium's memory cache: no body over the DevTools protocol
        return int(response.headers.get("content-length", 0))


def test_pages_stay_light_and_static_files_are_cached_for_a_year(public_pages, live_server, page):
    for path in public_pages.values():
        responses = []

        def record(response, responses=responses):
            responses.append(response)

        page.on("response", record)
        page.goto(live_server.url + path)
        page.wait_for_load_state("networkidle")
        page.remove_listener("response", record)
        total = sum(body_size(response) for response in responses if response.status == 200)
        assert len(responses) < 25, f"{path}: {len(responses)} requests"
        assert total < 300 * 1024, f"{path}: {total} bytes"
        for response in responses:
            if "/static/" in response.url:
                assert "max-age=31536000" in response.headers["cache-control"], response.url
                assert re.search(r"\.[0-9a-f]{12}\.\w+$", response.url), f"not a hashed name: {response.url}"


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


FOCUS_STATE = """() => {
    const e = document.activeElement;
    const s = getComputedStyle(e);
    return {tag: e.outerHTML.slice(0, 120), body: e === document.body,
            visible: s.outlineStyle !== 'none' || s.boxShadow !== 'none'};
}"""
FOCUSABLE = (
    "a[href], button, input:not([type=hidden]), select, textarea, details > summary, [tabindex]:not([tabindex='-1'])"
)


def test_first_tab_stop_is_the_skip_link_and_every_control_shows_focus(public_pages, live_server, page):
    for path in public_pages.values():
        page.goto(live_server.url + path)
        # Controls not rendered at this width (the phone menu's "Menu" button on a wide screen) are not counted.
        focusable = page.eval_on_selector_all(FOCUSABLE, "els => els.filter(el => el.checkVisibility()).length")
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.classList.contains('skip-link')"), path
        assert page.evaluate("document.activeElement.getBoundingClientRect().top >= 0"), "skip link shows on focus"
        reached = []
        for _ in range(focusable + 1):
            state = page.evaluate(FOCUS_STATE)
            if state["body"] or (reached and state["tag"] == reached[0]):
                break
            assert state["visible"], f"{path}: no visible focus on {state['tag']}"
            reached.append(state["tag"])
            page.keyboard.press("Tab")
        assert len(reached) == focusable, f"{path}: {len(reached)} of {focusable} controls reached by Tab"


def test_usable_at_320_pixels_without_horizontal_scrolling(public_pages, chromium, live_server):
    context = chromium.new_context(viewport={"width": 320, "height": 640})
    page = context.new_page()
    for path in public_pages.values():
        page.goto(live_server.url + path)
        scroll_width = page.evaluate("document.documentElement.scrollWidth")
        assert scroll_width <= 320, f"{path} is {scroll_width}px wide at 320px"
    context.close()


def test_language_switcher_works_without_javascript(public_pages, chromium, live_server):
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    for (_view, language), path in public_pages.items():
        other = "nl" if language == "fr" else "fr"
        page.goto(live_server.url + path)
        expected = page.get_attribute(f"link[rel=alternate][hreflang={other}]", "href")
        with page.expect_navigation():
            page.click(f".language-switcher a[hreflang={other}]")
        assert page.url == expected
        assert page.get_attribute("html", "lang") == other
    context.close()


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
