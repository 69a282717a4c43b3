"""Accessibility, privacy and robustness of every public page type, in a real Chromium, in French and Dutch."""

import re

import pytest
from playwright.sync_api import Error as PlaywrightError

from tests.browser.pages import page_types
from tests.browser.support import STAFF_PASSWORD, axe_violations, log_in_as_staff


@pytest.fixture
def public_pages(site_data):
    pages = page_types()
    languages = {language for _name, language in pages}
    assert languages == {"fr", "nl"}
    return pages


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


def body_size(response):
    try:
        return len(response.body())
    except PlaywrightError:  # a font from Chromium's memory cache: no body over the DevTools protocol
        return int(response.headers.get("content-length", 0))


def weight_and_caching_problems(responses):
    """What is wrong with what one page asked for: too many requests or bytes, a static file whose name has
    no hash or that is cached for less than a year."""
    problems = []
    total = sum(body_size(response) for response in responses if response.status == 200)
    if len(responses) >= 25:
        problems.append(f"{len(responses)} requests")
    if total >= 300 * 1024:
        problems.append(f"{total} bytes")
    for response in responses:
        if "/static/" in response.url:
            if "max-age=31536000" not in response.headers.get("cache-control", ""):
                problems.append(f"not cached for a year: {response.url}")
            if not re.search(r"\.[0-9a-f]{12}\.\w+$", response.url):
                problems.append(f"not a hashed name: {response.url}")
    return problems


def test_pages_ask_only_the_portal_stay_light_and_cache_static_files(public_pages, live_server, page):
    """What every public page type asks of the network, in one visit each: nothing from another host, no
    request the CSP blocks (a console error), fewer than 25 requests and 300 KB, static files under hashed
    names cached for a year. Four admin pages are checked for the first two."""
    outside, console_errors, heavy = [], [], {}
    page.on("request", lambda request: None if request.url.startswith(live_server.url) else outside.append(request.url))
    page.on("console", lambda message: console_errors.append(message.text) if message.type == "error" else None)
    for path in public_pages.values():
        responses = []

        def record(response, responses=responses):
            responses.append(response)

        page.on("response", record)
        page.goto(live_server.url + path)
        page.wait_for_load_state("networkidle")
        page.remove_listener("response", record)
        if problems := weight_and_caching_problems(responses):
            heavy[path] = problems
    log_in_as_staff(page, live_server)
    for path in admin_paths():
        page.goto(live_server.url + path)
        page.wait_for_load_state("networkidle")
    assert outside == []
    assert console_errors == []
    assert heavy == {}


# Each control that takes the focus, as it takes it: what it is, and whether its focus shows. Kept in the
# page, and read once after all the Tab presses, instead of one round trip to the browser per control.
RECORD_FOCUS_STOPS = """() => {
    window.focusStops = [];
    document.addEventListener("focusin", event => {
        const style = getComputedStyle(event.target);
        window.focusStops.push({tag: event.target.outerHTML.slice(0, 120),
                                visible: style.outlineStyle !== "none" || style.boxShadow !== "none"});
    });
}"""
FOCUSABLE = (
    "a[href], button, input:not([type=hidden]), select, textarea, details > summary, [tabindex]:not([tabindex='-1'])"
)


def test_first_tab_stop_is_the_skip_link_and_every_control_shows_focus(public_pages, live_server, page):
    for path in public_pages.values():
        page.goto(live_server.url + path)
        # Controls not rendered at this width (the phone menu's "Menu" button on a wide screen) are not counted.
        focusable = page.eval_on_selector_all(FOCUSABLE, "els => els.filter(el => el.checkVisibility()).length")
        page.evaluate(RECORD_FOCUS_STOPS)
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.classList.contains('skip-link')"), path
        assert page.evaluate("document.activeElement.getBoundingClientRect().top >= 0"), "skip link shows on focus"
        for _ in range(focusable):
            page.keyboard.press("Tab")
        reached = []
        for stop in page.evaluate("window.focusStops"):
            if reached and stop["tag"] == reached[0]["tag"]:  # round again, after the browser's own controls
                break
            reached.append(stop)
        assert [stop["tag"] for stop in reached if not stop["visible"]] == [], f"{path}: focus does not show"
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
