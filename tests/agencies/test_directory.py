import csv
import io
import json

import pytest
from bs4 import BeautifulSoup

from tests.factories import ActorFactory, ActorTypeFactory

pytestmark = pytest.mark.django_db

DIRECTORY = {"fr": "/fr/partenaires/", "nl": "/nl/partners/"}


def names(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [title.a.get_text(strip=True) for title in soup.select(".result-list__title")]


@pytest.mark.parametrize(
    ("language", "query", "expected"),
    [
        ("fr", "Molenbeek-Saint-Jean", "Molenbeek-Saint-Jean"),
        ("fr", "Sint-Jans-Molenbeek", "Molenbeek-Saint-Jean"),
        ("nl", "molenbeek", "Sint-Jans-Molenbeek"),
        ("nl", "MOLENBEEK-SAINT-JEAN", "Sint-Jans-Molenbeek"),
        ("fr", "prevention securite", "Bruxelles Prévention & Sécurité"),
        ("nl", "BPV", "Brussel Preventie & Veiligheid"),
        ("fr", "stib", "Société des Transports Intercommunaux de Bruxelles"),
    ],
)
def test_text_filter_matches_both_languages_without_accents(initial_data, client, language, query, expected):
    found = names(client.get(DIRECTORY[language], {"q": query}))
    assert any(expected in name for name in found), found


def test_type_level_and_commune_filters(initial_data, client):
    zones = names(client.get(DIRECTORY["fr"], {"type": "police-zone"}))
    assert len(zones) == 6
    federal = names(client.get(DIRECTORY["nl"], {"level": "federal"}))
    assert federal and all(name not in zones for name in federal)
    saint_gilles = names(client.get(DIRECTORY["fr"], {"commune": "saint-gilles"}))
    assert len(saint_gilles) == 2
    assert any("Midi" in name for name in saint_gilles) and any("Saint-Gilles" in name for name in saint_gilles)


def test_result_count_and_pagination_keep_the_filters(initial_data, client):
    ActorFactory.create_batch(30, actor_type__key="police-zone", name_fr="Zone d'exemple", name_nl="Voorbeeldzone")
    response = client.get(DIRECTORY["fr"], {"type": "police-zone"})
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one(".result-count").get_text(strip=True) == "36 acteurs trouvés"
    next_link = soup.select_one(".pagination a[rel=next]")["href"]
    assert "type=police-zone" in next_link and "page=2" in next_link
    assert len(names(client.get(DIRECTORY["fr"] + next_link))) == 11


@pytest.mark.parametrize("page", ["999", "-3", "abc", "1e9", "0"])
def test_any_page_number_lands_on_a_real_page(initial_data, client, page):
    response = client.get(DIRECTORY["nl"], {"page": page})
    assert response.status_code == 200
    assert names(response)


@pytest.mark.parametrize(
    ("language", "message"),
    [("fr", "Cette valeur n’a pas été comprise et a été ignorée."), ("nl", "Deze waarde werd niet begrepen")],
)
def test_unknown_filter_values_are_ignored_with_a_message(initial_data, client, language, message):
    response = client.get(DIRECTORY[language], {"type": "spaceship", "level": "federal", "q": "x" * 500})
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count(message) == 2  # type and q; the valid level filter still applies
    assert 0 < len(names(response)) < 10


def test_names_are_sorted_with_the_page_languages_collation(db, client):
    kind = ActorTypeFactory(key="collation-probe")
    for name_fr, name_nl in [("Zèbre", "Zebra"), ("École", "IJsbaan"), ("Eau", "Ezel"), ("Île", "Ui")]:
        ActorFactory(name_fr=name_fr, name_nl=name_nl, actor_type=kind)
    assert names(client.get(DIRECTORY["fr"], {"type": kind.key})) == ["Eau", "École", "Île", "Zèbre"]
    assert names(client.get(DIRECTORY["nl"], {"type": kind.key})) == ["Ezel", "IJsbaan", "Ui", "Zebra"]


def test_inactive_actors_are_not_listed_nor_shown(db, client):
    actor = ActorFactory(active=False, name_fr="Ancien service")
    assert "Ancien service" not in names(client.get(DIRECTORY["fr"]))
    assert client.get(f"/fr/partenaires/{actor.slug_fr}/").status_code == 404


def test_thematic_area_filter_finds_actors_working_on_it_or_on_its_measures(initial_data, client):
    from gspp.models import ThematicArea
    from tests.factories import MeasureFactory

    area = ThematicArea.objects.get(edition__key="2021-2024", number=2)
    worker = ActorFactory(name_fr="Travaille sur la thématique")
    worker.thematic_areas.add(area)
    lead = ActorFactory(name_fr="Pilote une mesure")
    partner = ActorFactory(name_fr="Soutient une mesure")
    measure = MeasureFactory(area=area, number=9, lead_actor=lead)
    measure.partner_actors.add(partner)
    ActorFactory(name_fr="Sans rapport")
    found = names(client.get(DIRECTORY["fr"], {"area": "2"}))
    assert sorted(found) == ["Pilote une mesure", "Soutient une mesure", "Travaille sur la thématique"]


@pytest.mark.parametrize(
    "query", [{}, {"type": "police-zone"}, {"level": "regional"}, {"commune": "ixelles"}, {"q": "bruxelles"}]
)
def test_page_downloads_and_api_give_the_same_actors(initial_data, client, query):
    on_page = sorted(names(client.get(DIRECTORY["fr"], {**query, "page": 1})))
    count = int(
        BeautifulSoup(client.get(DIRECTORY["fr"], query).content, "html.parser")
        .select_one(".result-count")
        .get_text()
        .split()[0]
    )
    rows = csv.DictReader(io.StringIO(client.get(DIRECTORY["fr"], {**query, "format": "csv"}).content.decode()[1:]))
    in_csv = sorted(row["key"] for row in rows)
    in_json = sorted(
        row["key"] for row in json.loads(client.get(DIRECTORY["nl"], {**query, "format": "json"}).content)["results"]
    )
    in_api = sorted(row["key"] for row in client.get("/api/v1/actors/", {**query, "page_size": 100}).json()["results"])
    assert in_csv == in_json == in_api
    assert len(in_api) == count > 0
    assert len(on_page) == min(count, 25)
