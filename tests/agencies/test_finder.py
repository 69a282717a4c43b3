import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db

FINDER = {"fr": "/fr/partenaires/zones-de-police/", "nl": "/nl/partners/politiezones/"}


def zone_cards(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [(card.h3.get_text(strip=True), card.find("a").get_text(strip=True)) for card in soup.select(".zone-card")]


@pytest.mark.parametrize(
    ("language", "postcode", "expected"),
    [
        ("fr", "1060", [("Saint-Gilles", "5341")]),
        ("nl", "1180", [("Ukkel", "5342")]),
        ("fr", "1040", [("Bruxelles", "5339"), ("Etterbeek", "5343")]),
        ("nl", "1050", [("Brussel", "5339"), ("Elsene", "5339")]),
        ("fr", " 1070 ", [("Anderlecht", "5341")]),
    ],
)
def test_postcode_gives_the_communes_and_their_zone(initial_data, client, language, postcode, expected):
    from agencies.models import Actor

    response = client.get(FINDER[language], {"postcode": postcode})
    assert response.status_code == 200
    zones = {actor.name: actor.zone_number for actor in Actor.objects.exclude(zone_number="")}
    with_numbers = [(commune, zones.get(zone) or zone) for commune, zone in zone_cards(response)]
    assert sorted(with_numbers) == sorted(expected)


@pytest.mark.parametrize(
    ("language", "message"),
    [("fr", "Aucune commune de la Région de Bruxelles-Capitale n’a le code postal 1300"), ("nl", "postcode 1300")],
)
def test_unknown_postcode_gets_a_clear_message(initial_data, client, language, message):
    response = client.get(FINDER[language], {"postcode": "1300"})
    assert response.status_code == 200
    assert zone_cards(response) == []
    assert message in response.content.decode()


@pytest.mark.parametrize(
    ("language", "value", "message"),
    [
        ("fr", "abc", "Saisissez un code postal de quatre chiffres"),
        ("nl", "10600", "Voer een postcode van vier cijfers in"),
        ("fr", "1" * 500, "Saisissez un code postal de quatre chiffres"),
    ],
)
def test_malformed_postcode_gets_an_error_next_to_the_field(initial_data, client, language, value, message):
    response = client.get(FINDER[language], {"postcode": value})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    error = soup.select_one("#id_postcode_error")
    assert error is not None and message in error.get_text()


@pytest.mark.parametrize(("language", "name"), [("fr", "Molenbeek-Saint-Jean"), ("nl", "Sint-Jans-Molenbeek")])
def test_choosing_a_commune(initial_data, client, language, name):
    response = client.get(FINDER[language], {"commune": "molenbeek-saint-jean"})
    assert [commune for commune, _zone in zone_cards(response)] == [name]


def test_unknown_commune_key_is_an_error_not_a_crash(initial_data, client):
    response = client.get(FINDER["nl"], {"commune": "paris"})
    assert response.status_code == 200
    assert "Deze gemeente behoort niet tot de 19 gemeenten" in response.content.decode()


def test_commune_choices_are_sorted_in_the_page_language(initial_data, client):
    soup = BeautifulSoup(client.get(FINDER["nl"]).content, "html.parser")
    names = [option.get_text() for option in soup.select("#id_commune option")][1:]
    assert len(names) == 19
    assert names[0] == "Anderlecht" and names.index("Elsene") < names.index("Etterbeek")
    assert names[-1] == "Watermaal-Bosvoorde"
