"""The leak matrix: who sees a partners-only number, on every channel that shows contacts."""

import json

import pytest
from bs4 import BeautifulSoup

from tests.agencies.conftest import PARTNER_PHONE, PUBLIC_PHONE, client_for

pytestmark = pytest.mark.django_db

SEES_PARTNER_LINES = {
    "anonymous": False,
    "logged in without permission": False,
    "partner": True,
    "staff editor": True,
    "superuser": True,
}


def actor_page(client, zone, language):
    return client.get(
        f"/{language}/{'partenaires' if language == 'fr' else 'partners'}/{getattr(zone, 'slug_' + language)}/"
    )


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_actor_page(client, zone_with_partner_line, users, language):
    for kind, user in users.items():
        html = actor_page(client_for(client, user), zone_with_partner_line, language).content.decode()
        assert PUBLIC_PHONE in html, kind
        assert (PARTNER_PHONE in html) is SEES_PARTNER_LINES[kind], kind


def test_vcard(client, zone_with_partner_line, users):
    for kind, user in users.items():
        response = client_for(client, user).get(f"/fr/partenaires/{zone_with_partner_line.slug_fr}/vcard/")
        assert response["Content-Type"] == "text/vcard; charset=utf-8"
        text = response.content.decode()
        assert text.startswith("BEGIN:VCARD\r\n")
        assert PUBLIC_PHONE in text, kind
        assert (PARTNER_PHONE in text) is SEES_PARTNER_LINES[kind], kind


def test_json_ld_never_carries_partner_lines(client, zone_with_partner_line, users):
    for kind, user in users.items():
        soup = BeautifulSoup(actor_page(client_for(client, user), zone_with_partner_line, "fr").content, "html.parser")
        data = json.loads(soup.find("script", type="application/ld+json").string)
        assert data["@type"] == "GovernmentOrganization"
        phones = [point.get("telephone") for point in data.get("contactPoint", [])]
        assert PUBLIC_PHONE in phones, kind
        assert PARTNER_PHONE not in json.dumps(data), kind


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_police_zone_finder(client, zone_with_partner_line, users, language):
    path = "/fr/partenaires/zones-de-police/" if language == "fr" else "/nl/partners/politiezones/"
    for kind, user in users.items():
        html = client_for(client, user).get(path, {"postcode": "1060"}).content.decode()
        assert PUBLIC_PHONE in html, kind
        assert (PARTNER_PHONE in html) is SEES_PARTNER_LINES[kind], kind


def test_a_page_seen_by_a_partner_is_never_served_to_others_from_a_cache(client, zone_with_partner_line, users):
    partner_response = actor_page(client_for(client, users["partner"]), zone_with_partner_line, "fr")
    assert PARTNER_PHONE in partner_response.content.decode()
    assert "private" in partner_response["Cache-Control"] and "no-store" in partner_response["Cache-Control"]
    assert "Cookie" in partner_response["Vary"]

    anonymous_response = actor_page(client_for(client, None), zone_with_partner_line, "fr")
    assert PARTNER_PHONE not in anonymous_response.content.decode()
    assert "Cookie" in anonymous_response["Vary"]


def test_the_directory_list_shows_no_contact_line(client, zone_with_partner_line, users):
    for kind, user in users.items():
        html = client_for(client, user).get("/fr/partenaires/", {"q": "midi"}).content.decode()
        assert PARTNER_PHONE not in html, kind
