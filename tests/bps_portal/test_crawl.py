"""The whole public site, crawled from /fr/ and /nl/ as a visitor would follow links."""

import pytest
from bs4 import BeautifulSoup
from django.db import transaction
from django.test import Client

from tests.crawl import crawl
from tests.support import restore_seed_data, seed_data_missing

# The tests read the module's crawl only; the mark makes pytest-django set the test database up
# even when this module runs first, or alone.
pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker):
    """One crawl of the seed data for all the tests of this module. They run outside a test
    transaction, possibly after tests that emptied the database: the seed is brought back if
    needed, and rolled back."""
    with django_db_blocker.unblock(), transaction.atomic():
        if seed_data_missing():
            restore_seed_data()
        pages = crawl(Client())
        transaction.set_rollback(True)
    return pages


def html_pages(site):
    return {path: page for path, page in site.items() if page.status == 200 and page.html}


def test_crawl_reaches_the_editorial_pages_in_both_languages(site):
    for path in ("/fr/", "/nl/", "/fr/a-propos/", "/nl/over-ons/", "/fr/accessibilite/", "/nl/toegankelijkheid/"):
        assert path in site, f"{path} is not linked from the site"


def test_no_broken_link(site):
    broken = {path: page.status for path, page in site.items() if page.status not in (200, 301, 302)}
    assert broken == {}


def test_every_page_has_one_h1_and_the_language_of_its_url(site):
    for path, page in html_pages(site).items():
        soup = page.soup
        assert len(soup.find_all("h1")) == 1, path
        assert soup.html["lang"] == path.split("/")[1], path


def test_every_page_has_a_canonical_link_and_reciprocal_alternates(site):
    pages = html_pages(site)
    for path, page in pages.items():
        soup = page.soup
        canonical = soup.find("link", rel="canonical")
        assert canonical and canonical["href"].startswith("http://testserver/"), path
        alternates = {link["hreflang"]: link["href"] for link in soup.find_all("link", rel="alternate", hreflang=True)}
        assert set(alternates) == {"fr", "nl", "x-default"}, path
        assert alternates["x-default"] == alternates["fr"]
        own_language = path.split("/")[1]
        assert alternates[own_language] == canonical["href"], path
        other_language = "nl" if own_language == "fr" else "fr"
        counterpart_path = alternates[other_language].removeprefix("http://testserver")
        assert counterpart_path.startswith(f"/{other_language}/"), f"{path}: counterpart {counterpart_path}"
        assert counterpart_path in pages, f"{path}: counterpart {counterpart_path} not reached by the crawl"
        back = {
            link["hreflang"]: link["href"]
            for link in pages[counterpart_path].soup.find_all("link", rel="alternate", hreflang=True)
        }
        assert back[own_language] == canonical["href"], f"{path} and {counterpart_path} disagree"


def test_language_switcher_leads_to_the_counterpart(site):
    for path, page in html_pages(site).items():
        soup = page.soup
        own_language = path.split("/")[1]
        other_language = "nl" if own_language == "fr" else "fr"
        switch = soup.select_one(f".language-switcher a[hreflang={other_language}]")
        alternate = soup.find("link", rel="alternate", hreflang=other_language)["href"]
        assert switch is not None, path
        assert "http://testserver" + switch["href"] == alternate, path


def test_interface_strings_are_translated(site):
    """English message ids must never show on a French or Dutch page."""
    english = [
        "Skip to main content",
        "Emergency numbers",
        "Home",
        "Brussels Prevention & Security",
        "Last reviewed",
        "Phone:",
    ]
    for path, page in html_pages(site).items():
        soup = BeautifulSoup(str(page.soup), "html.parser")
        language = path.split("/")[1]
        for quoted in soup.select("[lang]"):  # a source's title, marked as English, is not interface text
            if quoted.name != "html" and quoted["lang"] != language:
                quoted.decompose()
        text = soup.get_text(" ")
        for phrase in english:
            assert phrase not in text, f"untranslated {phrase!r} on {path}"


def test_emergency_numbers_on_every_page(site):
    for path, page in html_pages(site).items():
        hrefs = {a["href"] for a in page.soup.select(".emergency a")}
        assert {"tel:112", "tel:101"} <= hrefs, path


def test_every_page_describes_itself_for_search_engines_and_social_media(site):
    for path, page in html_pages(site).items():
        soup = page.soup
        language = path.split("/")[1]
        description = soup.find("meta", attrs={"name": "description"})["content"]
        assert 20 < len(description) <= 400, path
        properties = {tag["property"]: tag["content"] for tag in soup.find_all("meta", property=True)}
        assert properties["og:title"] and properties["og:title"] in soup.title.get_text(), path
        assert properties["og:description"] == description
        assert properties["og:locale"] == {"fr": "fr_BE", "nl": "nl_BE"}[language]
        assert properties["og:url"] == f"http://testserver{path}"
