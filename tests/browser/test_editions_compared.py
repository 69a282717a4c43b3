"""The editions compared (issue 15) in a real Chromium, French and Dutch: from the plan's page to the
comparison, from a measure to the earlier one it continues and back; no axe violation; 320 pixels wide."""

import re

import pytest

from gspp.models import PlanEdition
from gspp.services import create_demo_measures, link_demo_continuations
from tests.browser.support import axe_violations

PLAN = {"fr": "/fr/pgsp/", "nl": "/nl/gvpp/"}
COMPARISON = {"fr": "/fr/pgsp/2021-2024/comparaison/", "nl": "/nl/gvpp/2021-2024/vergelijking/"}


@pytest.fixture
def two_editions(site_data):
    """Demonstration measures in both editions, every other one of 2021-2024 continuing one of 2017-2020."""
    current, past = PlanEdition.objects.get(key="2021-2024"), PlanEdition.objects.get(key="2017-2020")
    create_demo_measures(current, 27)
    create_demo_measures(past, 18, start=1000)
    assert link_demo_continuations(current) > 0


def serial(title):
    """The serial number of a demonstration measure ("Exemple 01003 : ..." -> "01003")."""
    return re.search(r"\d{5}", title)[0]


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_a_visitor_follows_a_measure_back_to_the_edition_before_and_forth(
    two_editions, live_server, chromium, language
):
    context = chromium.new_context(locale=f"{language}-BE")
    page = context.new_page()
    page.goto(live_server.url + PLAN[language])
    page.locator(f"a[href='{COMPARISON[language]}']").click()
    page.wait_for_url(f"**{COMPARISON[language]}")
    assert axe_violations(page) == []

    continued = page.locator("#area-2 .comparison-list").first.locator("li").first
    earlier = serial(continued.locator(".continues a").first.inner_text())
    later = serial(continued.locator("a").first.inner_text())
    continued.locator(".continues a").first.click()
    assert serial(page.locator("h1").inner_text()) == earlier
    # The earlier measure names the one that carries it on; following it comes back.
    page.locator(".measure__facts a", has_text=later).first.click()
    assert serial(page.locator("h1").inner_text()) == later
    assert axe_violations(page) == []
    context.close()


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_the_comparison_fits_320_pixels(two_editions, live_server, chromium, language):
    context = chromium.new_context(viewport={"width": 320, "height": 640}, locale=f"{language}-BE")
    page = context.new_page()
    page.goto(live_server.url + COMPARISON[language])
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 320, f"{COMPARISON[language]} is {width}px wide at 320px"
    context.close()
