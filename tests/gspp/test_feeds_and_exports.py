import csv
import datetime
import io
import json
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup

from gspp.models import ThematicArea
from gspp.services import record_progress_update
from tests.factories import MeasureFactory
from tests.support import PARTNER_PHONE, PUBLIC_PHONE, shows_phone, verified_login

pytestmark = pytest.mark.django_db
ATOM = {"atom": "http://www.w3.org/2005/Atom"}


@pytest.fixture
def area_3_measures(initial_data):
    area = ThematicArea.objects.get(edition__key="2021-2024", number=3)
    visible = MeasureFactory(area=area, number=9, status="in_progress", title_fr="Éducation", title_nl="Onderwijs")
    MeasureFactory(area=area, number=10, status="delayed", title_fr="Réduction des risques", title_nl="Risicobeperking")
    hidden = MeasureFactory(area=area, number=11, status="in_progress", published=False, title_fr="Secrète")
    record_progress_update(
        visible, date=datetime.date(2024, 5, 1), status="in_progress", progress=40, note_nl="Gestart", note_fr="Lancée"
    )
    record_progress_update(hidden, date=datetime.date(2024, 6, 1), status="in_progress", progress=10, note_fr="Cachée")
    return area


def test_csv_download_holds_exactly_the_filtered_rows_in_both_languages(area_3_measures, client):
    query = {"area": "3", "status": "in_progress"}
    screen = BeautifulSoup(client.get("/fr/pgsp/mesures/", query).content, "html.parser")
    on_screen = [ref.get_text() for ref in screen.select(".measure-item .reference")]
    export_link = screen.select_one(".export-links a")["href"]
    assert "format=csv" in export_link and "area=3" in export_link
    response = client.get("/fr/pgsp/mesures/" + export_link)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    assert [row["reference"] for row in rows] == on_screen == ["3.9"]
    assert rows[0]["title_fr"] == "Éducation" and rows[0]["title_nl"] == "Onderwijs"
    assert rows[0]["published_url_nl"].endswith(
        "/nl/gvpp/2021-2024/maatregelen/" + rows[0]["published_url_nl"].rsplit("/", 2)[1] + "/"
    )


def test_json_download_of_the_finder(area_3_measures, client):
    data = json.loads(client.get("/nl/gvpp/maatregelen/", {"area": "3", "format": "json"}).content)
    assert data["count"] == 6
    assert [row["reference"] for row in data["results"]] == ["3.4", "3.9", "3.10", "3.–", "3.–", "3.–"]
    assert "Secrète" not in json.dumps(data)


def test_directory_exports_never_carry_partner_lines(zone_with_partner_line, client, partner_group):
    from tests.factories import UserFactory

    for user in (None, UserFactory(groups=[partner_group])):
        client.logout()
        if user:
            client.force_login(user)
        for export_format in ("csv", "json"):
            text = client.get("/fr/partenaires/", {"type": "police-zone", "format": export_format}).content.decode()
            assert shows_phone(text, PUBLIC_PHONE)
            assert not shows_phone(text, PARTNER_PHONE)


@pytest.mark.parametrize(
    ("path", "title"), [("/fr/pgsp/mises-a-jour.atom", "Mesure 3.9"), ("/nl/gvpp/updates.atom", "Maatregel 3.9")]
)
def test_atom_feed_of_the_latest_updates_per_language(area_3_measures, client, path, title):
    response = client.get(path)
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ElementTree.fromstring(response.content)
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == path[1:3]
    titles = [entry.find("atom:title", ATOM).text for entry in feed.findall("atom:entry", ATOM)]
    assert titles and titles[0].startswith(title)
    assert not any("Secrète" in t or "Cachée" in t for t in titles)


def test_atom_feed_of_one_area(area_3_measures, client):
    soup = BeautifulSoup(client.get(area_3_measures.get_absolute_url()).content, "html.parser")
    feed_url = soup.find("link", type="application/atom+xml")["href"]
    feed = ElementTree.fromstring(client.get(feed_url).content)
    assert len(feed.findall("atom:entry", ATOM)) == 1


FORMULAS = ['=HYPERLINK("https://evil.example","x")', "+1+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR"]


def csv_rows(response):
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8").lstrip("\ufeff"))))


def test_staff_entered_formulas_reach_the_csv_as_text(initial_data, client):
    """The OWASP rule: a cell that would start a formula starts with an apostrophe instead."""
    from agencies.models import Actor
    from tests.admin_forms import form_data
    from tests.factories import StaffUserFactory

    verified_login(client, StaffUserFactory())
    actor = Actor.objects.get(key="actiris")
    url = f"/admin/agencies/actor/{actor.pk}/change/"
    data = form_data(client.get(url), "actor_form")
    data.update(name_fr=FORMULAS[0], acronym_fr="@SUM(A1)", street_fr="-2+3 rue")
    assert client.post(url, data).status_code == 302
    client.logout()
    rows = csv_rows(client.get("/fr/partenaires/", {"q": "actiris", "format": "csv"}))
    assert (rows[0]["name_fr"], rows[0]["acronym_fr"], rows[0]["street_fr"]) == (
        "'" + FORMULAS[0],
        "'@SUM(A1)",
        "'-2+3 rue",
    )
    # JSON carries the data as it is: no spreadsheet reads it.
    data = json.loads(client.get("/fr/partenaires/", {"q": "actiris", "format": "json"}).content)
    assert data["results"][0]["name_fr"] == FORMULAS[0]


@pytest.mark.parametrize("formula", FORMULAS)
def test_no_csv_cell_starts_a_formula(initial_data, client, formula):
    area = ThematicArea.objects.get(edition__key="2021-2024", number=3)
    MeasureFactory(area=area, number=20, title_fr=formula, title_nl=formula)
    rows = csv_rows(client.get("/fr/pgsp/mesures/", {"area": "3", "format": "csv"}))
    cells = [value for row in rows for value in row.values()]
    assert "'" + formula in cells
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "-", "@", "\t", "\r")]


def test_missing_texts_are_empty_cells_never_none(initial_data, client):
    from tests.factories import ActorFactory, ContactPointFactory

    actor = ActorFactory(name_fr="Sans néerlandais", name_nl=None, acronym_nl=None, phone="")
    ContactPointFactory(actor=actor, label_fr="Accueil", label_nl=None, phone="+32 2 555 01 99")
    text = client.get("/fr/partenaires/", {"q": "néerlandais", "format": "csv"}).content.decode()
    assert "None" not in text
    row = csv_rows(client.get("/fr/partenaires/", {"q": "néerlandais", "format": "csv"}))[0]
    assert row["name_nl"] == ""
    assert row["public_contact_points"] == "Accueil: +3225550199"
