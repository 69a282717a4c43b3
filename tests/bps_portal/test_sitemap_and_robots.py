from xml.etree import ElementTree

import pytest

from tests.factories import MeasureFactory
from tests.support import PARTNER_PHONE, shows_phone

pytestmark = pytest.mark.django_db
NAMESPACES = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


@pytest.fixture
def sitemap(initial_data, client):
    from gspp.models import ThematicArea

    area = ThematicArea.objects.get(edition__key="2021-2024", number=1)
    MeasureFactory(area=area, number=1, slug_fr="publiee", slug_nl="gepubliceerd")
    MeasureFactory(area=area, number=2, slug_fr="cachee", slug_nl="verborgen", published=False)
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    return ElementTree.fromstring(response.content)


def test_every_url_answers_200_and_the_alternates_are_reciprocal(sitemap, client):
    entries = {}
    for url in sitemap.findall("sm:url", NAMESPACES):
        alternates = {link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", NAMESPACES)}
        entries[url.find("sm:loc", NAMESPACES).text] = alternates
    assert len(entries) > 100
    for location, alternates in entries.items():
        assert set(alternates) == {"fr", "nl"}, location
        assert location in alternates.values()
        for href in alternates.values():
            assert entries[href] == alternates, f"{href} does not list the same alternates"
        path = location.removeprefix("http://testserver")
        assert client.get(path).status_code == 200, path


def test_unpublished_measures_and_partner_lines_are_not_in_the_sitemap(sitemap, zone_with_partner_line, client):
    text = client.get("/sitemap.xml").content.decode()
    assert "/publiee/" in text and "/gepubliceerd/" in text
    assert "cachee" not in text and "verborgen" not in text
    assert not shows_phone(text, PARTNER_PHONE)


def test_robots_points_to_the_sitemap_and_keeps_private_pages_out(client):
    text = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in text
    assert "Disallow: /admin/" in text and "Disallow: /fr/connexion/" in text and "Disallow: /nl/aanmelden/" in text
