"""The leak matrix: who sees a partners-only number, on every channel that shows contacts.

One test per cell (channel × kind of visitor × language), so a failure names its cell.
"""

import json

import pytest
from bs4 import BeautifulSoup

from tests.support import PARTNER_PHONE, PUBLIC_PHONE, e164, shows_phone

pytestmark = pytest.mark.django_db

SEES_PARTNER_LINES = {
    "anonymous": False,
    "logged in without permission": False,
    "partner": True,
    "staff editor": True,
    "superuser": True,
}
PATHS = {
    "fr": {"directory": "/fr/partenaires/", "finder": "/fr/partenaires/zones-de-police/", "search": "/fr/recherche/"},
    "nl": {"directory": "/nl/partners/", "finder": "/nl/partners/politiezones/", "search": "/nl/zoeken/"},
}


def actor_page(client, zone, language):
    return client.get(f"{PATHS[language]['directory']}{getattr(zone, 'slug_' + language)}/").content.decode()


def vcard(client, zone, language):
    return client.get(f"{PATHS[language]['directory']}{getattr(zone, 'slug_' + language)}/vcard/").content.decode()


def json_ld(client, zone, language):
    soup = BeautifulSoup(actor_page(client, zone, language), "html.parser")
    return soup.find("script", type="application/ld+json").string


def police_zone_finder(client, zone, language):
    return client.get(PATHS[language]["finder"], {"postcode": "1060"}).content.decode()


def directory_list(client, zone, language):
    return client.get(PATHS[language]["directory"], {"q": "midi"}).content.decode()


def downloads(client, zone, language):
    path = PATHS[language]["directory"]
    return "".join(client.get(path, {"type": "police-zone", "format": f}).content.decode() for f in ("csv", "json"))


def api(client, zone, language):
    return client.get(f"/api/v1/actors/{zone.key}/").content.decode() + client.get("/api/v1/actors/").content.decode()


def search_results(client, zone, language):
    return client.get(PATHS[language]["search"], {"q": "midi"}).content.decode()


def sitemap(client, zone, language):
    return client.get("/sitemap.xml").content.decode()


# channel: (what the visitor receives, whether the public number must be in it, who sees partners-only lines)
CHANNELS = {
    "actor page": (actor_page, True, "with the permission"),
    "vCard": (vcard, True, "with the permission"),
    "police-zone finder": (police_zone_finder, True, "with the permission"),
    "JSON-LD": (json_ld, True, "nobody"),
    "directory list": (directory_list, False, "nobody"),
    "downloads": (downloads, True, "nobody"),
    "API": (api, True, "nobody"),
    "search": (search_results, False, "nobody"),
    "sitemap": (sitemap, False, "nobody"),
}


@pytest.mark.parametrize("language", ["fr", "nl"])
@pytest.mark.parametrize("visitor", SEES_PARTNER_LINES, indirect=True)
@pytest.mark.parametrize("channel", CHANNELS)
def test_partners_only_lines(visitor, zone_with_partner_line, channel, language):
    kind, client = visitor
    receive, shows_public_line, who_sees = CHANNELS[channel]
    text = receive(client, zone_with_partner_line, language)
    if shows_public_line:
        assert shows_phone(text, PUBLIC_PHONE)
    sees = who_sees == "with the permission" and SEES_PARTNER_LINES[kind]
    assert shows_phone(text, PARTNER_PHONE) is sees


def test_json_ld_describes_the_organisation(client, zone_with_partner_line):
    data = json.loads(json_ld(client, zone_with_partner_line, "fr"))
    assert data["@type"] == "GovernmentOrganization"
    assert e164(PUBLIC_PHONE) in [point.get("telephone") for point in data["contactPoint"]]


@pytest.mark.parametrize("visitor", ["partner"], indirect=True)
def test_a_page_seen_by_a_partner_is_never_served_to_others_from_a_cache(visitor, zone_with_partner_line):
    _kind, client = visitor
    response = client.get(f"/fr/partenaires/{zone_with_partner_line.slug_fr}/")
    assert shows_phone(response.content.decode(), PARTNER_PHONE)
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    assert "Cookie" in response["Vary"]

    client.logout()
    anonymous_response = client.get(f"/fr/partenaires/{zone_with_partner_line.slug_fr}/")
    assert not shows_phone(anonymous_response.content.decode(), PARTNER_PHONE)
    assert "Cookie" in anonymous_response["Vary"]
