import json

import pytest
from bs4 import BeautifulSoup

from agencies.models import Actor
from tests.factories import ActorFactory, ContactPointFactory

pytestmark = pytest.mark.django_db


def soup_of(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_police_zone_page_lists_the_communes_it_serves(initial_data, client, language):
    zone = Actor.objects.get(zone_number="5342")
    prefix = "partenaires" if language == "fr" else "partners"
    soup = soup_of(client, f"/{language}/{prefix}/{getattr(zone, 'slug_' + language)}/")
    section = soup.find(id="communes-title").parent.get_text(" ", strip=True)
    expected = ["Uccle", "Watermael-Boitsfort", "Auderghem"] if language == "fr" else ["Ukkel", "Watermaal", "Oudergem"]
    assert all(name in section for name in expected)
    assert "1180" in section


def test_parent_and_children_are_linked(initial_data, client):
    mobiris = Actor.objects.get(key="mobiris")
    soup = soup_of(client, mobiris.get_absolute_url())
    related = soup.find(id="related-title").parent
    assert related.find("a", href=mobiris.parent.get_absolute_url())
    parent_soup = soup_of(client, mobiris.parent.get_absolute_url())
    assert parent_soup.find(id="related-title").parent.find("a", href=mobiris.get_absolute_url())


def test_json_ld_describes_the_organisation(initial_data, client):
    bps = Actor.objects.get(key="bps")
    soup = soup_of(client, "/nl/partners/brussel-preventie-veiligheid/")
    data = json.loads(soup.find("script", type="application/ld+json").string)
    assert data["name"] == bps.name_nl
    assert data["telephone"] == "+3225079911"
    assert data["address"]["streetAddress"] == "Ligniestraat 40"
    assert data["url"] == "http://testserver/nl/partners/brussel-preventie-veiligheid/"


def test_vcard_escapes_and_lists_the_contact_points(db, client):
    actor = ActorFactory(name_fr="Service; test, avec virgule", slug_fr="service-test", street_fr="Rue A 1")
    ContactPointFactory(actor=actor, label_fr="Permanence", phone="+32 2 555 01 23", opening_hours_fr="Lu-Ve 9-17")
    response = client.get("/fr/partenaires/service-test/vcard/")
    assert response["Content-Disposition"] == 'attachment; filename="service-test.vcf"'
    lines = response.content.decode().split("\r\n")
    assert "FN:Service\\; test\\, avec virgule" in lines
    assert lines.count("BEGIN:VCARD") == 2 and lines.count("END:VCARD") == 2
    assert "TEL;TYPE=WORK,VOICE:+3225550123" in lines
    assert "ADR;TYPE=WORK:;;Rue A 1;;;;Belgique" in lines


def test_missing_dutch_description_shows_the_french_one_with_a_notice(db, client):
    ActorFactory(slug_nl="alleen-frans", description_fr="Texte seulement en français.", description_nl="")
    soup = soup_of(client, "/nl/partners/alleen-frans/")
    assert soup.select_one(".fallback-notice") is not None
    assert soup.find("div", class_="prose", lang="fr").get_text(strip=True) == "Texte seulement en français."


def test_demonstration_actor_is_marked_as_such_in_both_languages(db, client):
    ActorFactory(is_demo=True, slug_fr="demo", slug_nl="demo-nl")
    assert "contenu de démonstration" in soup_of(client, "/fr/partenaires/demo/").select_one(".demo-notice").text
    assert "demonstratie-inhoud" in soup_of(client, "/nl/partners/demo-nl/").select_one(".demo-notice").text


def test_switcher_leads_to_the_same_actor_in_the_other_language(initial_data, client):
    soup = soup_of(client, "/fr/partenaires/bruxelles-prevention-securite/")
    assert soup.select_one(".language-switcher a[hreflang=nl]")["href"] == "/nl/partners/brussel-preventie-veiligheid/"


def unfold(text):
    """RFC 6350 3.2: a line break followed by a space continues the previous line."""
    return text.replace("\r\n ", "")


@pytest.mark.parametrize("line_break", ["\r", "\n", "\r\n"])
def test_a_line_break_in_a_staff_entered_field_cannot_start_a_vcard_property(db, client, line_break):
    actor = ActorFactory(slug_fr="piege", name_fr=f"Service{line_break}URL:https://evil.example")
    ContactPointFactory(actor=actor, label_fr="Accueil", opening_hours_fr=f"Lu{line_break}TEL:+32 2 000 00 00")
    text = client.get("/fr/partenaires/piege/vcard/").content.decode()
    lines = unfold(text).split("\r\n")
    assert "FN:Service\\nURL:https://evil.example" in lines
    assert "NOTE:Lu\\nTEL:+32 2 000 00 00" in lines
    assert not [line for line in lines if line.startswith(("URL:https://evil", "TEL:+32 2 000"))]
    assert "\r" not in text.replace("\r\n", "") and "\n" not in text.replace("\r\n", "")


def test_vcard_escapes_backslashes_and_folds_long_lines_without_cutting_a_character(db, client):
    long_name = "Sécurité " * 20 + "a\\b"
    ActorFactory(slug_fr="long", name_fr=long_name)
    text = client.get("/fr/partenaires/long/vcard/").content.decode()
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    assert "FN:" + long_name.replace("\\", "\\\\") in unfold(text).split("\r\n")
