import csv
import io
import json

import pytest
from bs4 import BeautifulSoup

from gspp.models import Measure, ThematicArea
from tests.factories import ActorFactory, MeasureFactory

pytestmark = pytest.mark.django_db

FINDER = {"fr": "/fr/pgsp/mesures/", "nl": "/nl/gvpp/maatregelen/"}


def area(number, edition="2021-2024"):
    return ThematicArea.objects.get(edition__key=edition, number=number)


def references(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [ref.get_text() for ref in soup.select(".measure-item .reference")]


@pytest.fixture
def measures(initial_data):
    """A known set: the seed's measure 3.4 and the four below (the seed's other measures removed)."""
    Measure.objects.exclude(area__edition__key="2021-2024", area__number=3, number=4).delete()
    lead = ActorFactory(key="pilote", name_fr="Pilote")
    partner = ActorFactory(key="partenaire", name_fr="Partenaire")
    rows = [
        (3, 9, "in_progress", 40, "Prévention des assuétudes à l’école", "Preventie van verslaving op school"),
        (3, 10, "in_progress", 80, "Écoute téléphonique", "Telefonische hulplijn"),
        (3, 2, "completed", 100, "Zèbre de démonstration", "Zebra ter demonstratie"),
        (2, 1, "delayed", 10, "Plateforme radicalisation", "Platform radicalisering"),
    ]
    made = {}
    for area_number, number, status, progress, title_fr, title_nl in rows:
        made[f"{area_number}.{number}"] = MeasureFactory(
            area=area(area_number),
            number=number,
            status=status,
            progress=progress,
            title_fr=title_fr,
            title_nl=title_nl,
        )
    made["3.9"].lead_actor = lead
    made["3.9"].save()
    made["2.1"].partner_actors.add(lead)
    made["3.10"].partner_actors.add(partner)
    return made


def test_default_is_the_current_edition_in_natural_order(measures, client):
    assert references(client.get(FINDER["fr"])) == ["2.1", "3.2", "3.4", "3.9", "3.10"]


def test_area_and_several_statuses(measures, client):
    response = client.get(FINDER["nl"], {"area": "3", "status": ["in_progress", "completed"]})
    assert references(response) == ["3.2", "3.9", "3.10"]
    assert references(client.get(FINDER["nl"], {"area": "3", "status": "in_progress"})) == ["3.9", "3.10"]


@pytest.mark.parametrize(
    ("language", "query", "expected"),
    [
        ("fr", "ecoute", ["3.10"]),
        ("fr", "telefonische", ["3.10"]),
        ("nl", "RADICALISERING", ["2.1"]),
        ("nl", "prévention école", ["3.9"]),
    ],
)
def test_text_matches_both_languages_without_accents(measures, client, language, query, expected):
    assert references(client.get(FINDER[language], {"q": query})) == expected


def test_actor_filter_matches_lead_or_partner(measures, client):
    assert references(client.get(FINDER["fr"], {"actor": "pilote"})) == ["2.1", "3.9"]


def test_sorting(measures, client):
    assert references(client.get(FINDER["fr"], {"sort": "-progress"}))[:3] == ["3.2", "3.10", "3.9"]
    by_title_fr = references(client.get(FINDER["fr"], {"sort": "title", "area": "3"}))
    assert by_title_fr == ["3.4", "3.10", "3.9", "3.2"]  # Campagnes, Écoute, Prévention, Zèbre
    by_title_nl = references(client.get(FINDER["nl"], {"sort": "title", "area": "3"}))
    # "Preventie van" before "Preventie- en": a space sorts before a hyphen.
    assert by_title_nl == ["3.9", "3.4", "3.10", "3.2"]


def test_objective_filter(measures, client):
    objective = area(3).edition.objectives.get(number=2)
    measures["3.10"].objectives.add(objective)
    assert references(client.get(FINDER["fr"], {"objective": "2"})) == ["3.10"]


def test_other_edition(measures, client):
    MeasureFactory(area=area(8, "2017-2020"), number=1)
    assert references(client.get(FINDER["fr"], {"edition": "2017-2020"})) == ["8.1"]


def test_pages_of_25_keep_the_filters(initial_data, client):
    # Area 7: no measure of the seed data.
    for number in range(1, 31):
        MeasureFactory(area=area(7), number=number)
    soup = BeautifulSoup(client.get(FINDER["fr"], {"area": "7"}).content, "html.parser")
    assert len(soup.select(".measure-item")) == 25
    assert soup.select_one(".result-count").get_text(strip=True) == "30 mesures trouvées"
    next_link = soup.select_one(".pagination a[rel=next]")["href"]
    assert "area=7" in next_link
    assert len(references(client.get(FINDER["fr"] + next_link))) == 5


@pytest.mark.parametrize(
    "query",
    [
        {"page": "99999999999999999999"},
        {"page": "-1"},
        {"area": "99"},
        {"status": "exploded"},
        {"edition": "1900-1901"},
        {"actor": "nobody"},
        {"sort": "random"},
        {"objective": "x"},
        {"q": "x" * 1000},
    ],
)
def test_malformed_values_never_give_a_server_error(measures, client, query):
    response = client.get(FINDER["nl"], query)
    assert response.status_code == 200
    assert references(response)


def test_unknown_values_are_named_in_the_page_language(measures, client):
    html = client.get(FINDER["fr"], {"status": "exploded"}).content.decode()
    assert "Cette valeur n’a pas été comprise et a été ignorée." in html


def test_active_filters_can_be_removed_one_by_one(measures, client):
    soup = BeautifulSoup(
        client.get(FINDER["fr"], {"area": "3", "status": ["in_progress", "completed"]}).content, "html.parser"
    )
    chips = {chip.get_text(" ", strip=True).split(" ✕")[0]: chip["href"] for chip in soup.select(".chip")}
    assert set(chips) == {"Thématique\u00a0: 3. Drogues et assuétudes", "État\u00a0: en cours", "État\u00a0: réalisée"}
    without_completed = chips["État\u00a0: réalisée"]
    assert references(client.get(FINDER["fr"] + without_completed)) == ["3.9", "3.10"]


def test_filtered_permutations_are_not_indexed(measures, client):
    assert 'name="robots"' not in client.get(FINDER["fr"]).content.decode()
    assert 'content="noindex, follow"' in client.get(FINDER["fr"], {"area": "3"}).content.decode()


def csv_references(response):
    rows = csv.DictReader(io.StringIO(response.content.decode("utf-8").lstrip("\ufeff")))
    return sorted((row["edition"], row["reference"]) for row in rows)


@pytest.mark.parametrize(
    "query",
    [{}, {"area": "3"}, {"status": "in_progress"}, {"edition": "2017-2020"}, {"q": "ecole"}, {"actor": "pilote"}],
)
def test_page_downloads_and_api_give_the_same_answer(measures, client, query):
    """The edition defaults to the current one in the filter itself, so every door agrees."""
    MeasureFactory(area=area(3, edition="2017-2020"), number=1, title_fr="Ancienne école", status="completed")
    edition = query.get("edition", "2021-2024")
    on_page = sorted((edition, reference) for reference in references(client.get(FINDER["fr"], query)))
    in_csv = csv_references(client.get(FINDER["nl"], {**query, "format": "csv"}))
    in_json = sorted(
        (row["edition"], row["reference"])
        for row in json.loads(client.get(FINDER["fr"], {**query, "format": "json"}).content)["results"]
    )
    in_api = sorted(
        (row["edition"], row["reference"])
        for row in client.get("/api/v1/measures/", {**query, "page_size": 100}).json()["results"]
    )
    assert on_page == in_csv == in_json == in_api
    assert on_page, "the question has an answer"
