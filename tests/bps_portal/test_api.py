"""The read-only JSON API: content, filters, errors, its OpenAPI schema, and a schema-driven fuzz."""

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gspp.models import PlanEdition, ThematicArea
from gspp.services import record_progress_update
from tests.bps_portal.test_fuzz import UNICODE_NUMBERS
from tests.factories import MeasureFactory
from tests.query_budget import assert_constant_queries
from tests.support import PARTNER_PHONE, PUBLIC_PHONE, e164, shows_phone

pytestmark = pytest.mark.django_db


def test_measures_with_their_progress_updates_and_both_languages(initial_data, client):
    import datetime

    area = ThematicArea.objects.get(edition__key="2021-2024", number=3)
    measure = MeasureFactory(area=area, number=12, title_fr="Écoute", title_nl="Hulplijn", status="planned")
    record_progress_update(
        measure, date=datetime.date(2024, 2, 1), status="in_progress", progress=20, note_nl="Gestart"
    )
    MeasureFactory(area=area, number=13, published=False)
    data = client.get("/api/v1/measures/", {"edition": "2021-2024", "area": "3"}).json()
    # Then the seed's three measures of area 3 whose number no source gives: after the numbered ones.
    assert [row["reference"] for row in data["results"]] == ["3.4", "3.12", "3.–", "3.–", "3.–"]
    row = data["results"][1]
    assert (row["title_fr"], row["title_nl"], row["status"], row["progress"]) == (
        "Écoute",
        "Hulplijn",
        "in_progress",
        20,
    )
    assert row["progress_updates"][0]["note_nl"] == "Gestart"
    assert row["urls"]["nl"].startswith("http://testserver/nl/gvpp/2021-2024/maatregelen/")


def test_actors_carry_public_contact_points_only(zone_with_partner_line, client):
    data = client.get(f"/api/v1/actors/{zone_with_partner_line.key}/").json()
    phones = [point["phone"] for point in data["contact_points"]]
    assert phones == [e164(PUBLIC_PHONE)]
    assert not shows_phone(client.get("/api/v1/actors/", {"type": "police-zone"}).content.decode(), PARTNER_PHONE)


def test_editions_and_areas_with_their_rollup(initial_data, client):
    editions = client.get("/api/v1/editions/").json()["results"]
    assert [edition["key"] for edition in editions] == ["2021-2024", "2017-2020"]
    PlanEdition.objects.create(key="2025-2028", period_start=2025, period_end=2028, title_fr="Projet", status="draft")
    assert client.get("/api/v1/editions/2025-2028/").status_code == 404
    areas = client.get("/api/v1/areas/", {"page_size": 100}).json()
    assert areas["count"] == 19


@pytest.mark.parametrize(
    "query",
    [{"status": "bogus"}, {"page": "0"}, {"page": "abc"}, {"page": "99999"}, {"area": "x"}, {"page_size": "-1"}],
)
def test_invalid_parameters_get_a_400_with_a_json_error(initial_data, client, query):
    response = client.get("/api/v1/measures/", query)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert set(response.json()) & set(query)


def test_the_api_sets_no_cookie(initial_data, client):
    response = client.get("/api/v1/measures/")
    assert response.cookies == {}


def test_the_openapi_schema_describes_every_endpoint(client):
    from openapi_spec_validator import validate

    schema = client.get("/api/v1/schema/").json()
    validate(schema)
    assert {"/api/v1/measures/", "/api/v1/actors/", "/api/v1/editions/", "/api/v1/areas/"} <= set(schema["paths"])


def test_measure_list_runs_a_fixed_number_of_queries(initial_data, client):
    from gspp.services import create_demo_measures

    def grow():
        create_demo_measures(PlanEdition.objects.get(key="2021-2024"), 300)

    assert_constant_queries(client, "/api/v1/measures/?page_size=100", grow, 7)


_schema = {}


def list_parameters():
    """(path, [query parameter names]) of every list endpoint, read from the served schema."""
    if not _schema:
        _schema.update(Client().get("/api/v1/schema/").json())
    return [
        (
            path,
            [parameter["name"] for parameter in operation["get"].get("parameters", []) if parameter["in"] == "query"],
        )
        for path, operation in sorted(_schema["paths"].items())
        if "{" not in path and "get" in operation
    ]


VALUES = st.one_of(
    UNICODE_NUMBERS,
    st.text(max_size=40),
    st.integers(min_value=-(10**12), max_value=10**12).map(str),
    st.sampled_from(["", "0", "1", "2021-2024", "in_progress", "police-zone", "\x00", "%ff", "9" * 300, "null"]),
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_schema_driven_fuzz_never_gives_a_server_error(initial_data, data):
    endpoints = list_parameters()
    path, names = data.draw(st.sampled_from(endpoints))
    query = data.draw(st.dictionaries(st.sampled_from(names), VALUES, max_size=4)) if names else {}
    response = Client(raise_request_exception=False).get(path, query)
    assert response.status_code < 500, (path, query, response.status_code)
    assert response["Content-Type"] == "application/json"
