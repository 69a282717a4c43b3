"""Search that always helps (issue 16), in a real Chromium: the words residents type show the right
answer first, in French and in Dutch, and axe finds nothing to object to on the answers or on a
search that found nothing."""

import pytest
from django.utils import translation

from agencies.models import Actor
from bps_portal.models import SearchBestBet
from tests.browser.support import axe_violations

SEARCH = {"fr": "/fr/recherche/", "nl": "/nl/zoeken/"}


def search_from_the_form(page, live_server, language, text):
    page.goto(f"{live_server.url}{SEARCH[language]}")
    page.locator(".search-form input[name=q]").fill(text)
    page.locator(".search-form button[type=submit]").click()
    page.wait_for_selector(".search-answers, .search-help, .result-list")


@pytest.mark.parametrize(("language", "text"), [("fr", "porter plainte"), ("nl", "aangifte doen")])
def test_a_complaint_query_shows_the_police_zone_finder_first(site_read_only, live_server, page, language, text):
    search_from_the_form(page, live_server, language, text)
    bet = SearchBestBet.objects.get(language=language, destination="police_zones")
    first = page.locator(".search-answer").first
    assert first.locator(".search-answer__title").inner_text() == bet.title
    assert page.locator("html").get_attribute("lang") == language
    assert axe_violations(page) == []
    first.locator("a").click()
    page.wait_for_load_state()
    assert page.url.endswith("/fr/partenaires/zones-de-police/" if language == "fr" else "/nl/partners/politiezones/")


@pytest.mark.parametrize(("language", "text"), [("fr", "police 1060"), ("nl", "politie 1060")])
def test_a_postcode_shows_its_police_zone_first(site_read_only, live_server, page, language, text):
    search_from_the_form(page, live_server, language, text)
    zone = Actor.objects.get(key="midi-5341")
    with translation.override(language):
        name, url = zone.name, zone.get_absolute_url()
    first = page.locator(".search-answer").first
    assert first.locator(".search-answer__title a").inner_text() == name
    assert first.locator(".search-answer__title a").get_attribute("href") == url
    assert axe_violations(page) == []


@pytest.mark.parametrize(("language", "text"), [("fr", "urgence"), ("nl", "noodnummer")])
def test_an_emergency_query_shows_the_numbers_first(site_read_only, live_server, page, language, text):
    search_from_the_form(page, live_server, language, text)
    first = page.locator(".search-answer").first
    assert "search-answer--emergency" in first.get_attribute("class")
    assert first.locator("a[href='tel:112']").is_visible() and first.locator("a[href='tel:101']").is_visible()
    assert axe_violations(page) == []


@pytest.mark.parametrize(("language", "text"), [("fr", "comissariat zzxqv"), ("nl", "zzxqv")])
def test_a_search_that_finds_nothing_still_helps(site_read_only, live_server, page, language, text):
    search_from_the_form(page, live_server, language, text)
    assert page.locator(".search-help__links a").count() == 3
    assert "112" in page.locator(".search-help .emergency-inline").inner_text()
    assert axe_violations(page) == []
