"""What strangers send: malformed requests, odd methods, and who may cache what."""

import pytest
from django.test import Client

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PAGES = {"fr": "/fr/", "nl": "/nl/"}


@pytest.mark.parametrize(
    ("language", "message"),
    [("fr", "cookie endommagé"), ("nl", "beschadigde cookie")],
)
def test_a_session_cookie_holding_a_nul_character_is_a_clear_400_that_clears_it(initial_data, language, message):
    client = Client(raise_request_exception=False, HTTP_COOKIE='sessionid="abcdefgh\\000xyz"')
    response = client.get(PAGES[language])
    assert response.status_code == 400
    assert message in response.content.decode()
    assert f'<html lang="{language}">' in response.content.decode()
    assert response.cookies["sessionid"]["max-age"] == 0  # deleted: the next request works
    assert "private" in response["Cache-Control"]


@pytest.mark.parametrize(
    ("header", "value"),
    [("HTTP_USER_AGENT", "Mozilla\x00"), ("HTTP_ACCEPT_LANGUAGE", "nl\x01"), ("HTTP_REFERER", "x\ry")],
)
def test_control_characters_in_a_header_are_a_400(initial_data, header, value):
    response = Client(raise_request_exception=False, **{header: value}).get("/nl/")
    assert response.status_code == 400
    assert "stuurteken" in response.content.decode()


def test_a_tab_in_a_header_is_fine(initial_data):
    assert Client(HTTP_USER_AGENT="Mozilla\t5.0").get("/fr/").status_code == 200


def test_a_failed_login_from_a_browser_sending_a_nul_is_refused_before_the_database(db):
    """django-axes records failed logins with their user agent: PostgreSQL refuses a NUL there."""
    client = Client(raise_request_exception=False, HTTP_USER_AGENT="evil\x00agent")
    response = client.post("/fr/connexion/", {"username": "someone", "password": "wrong"})
    assert response.status_code == 400


@pytest.mark.parametrize(
    ("path", "content_type"),
    [("/fr/%00/", "text/html; charset=utf-8"), ("/api/v1/actors/a%00b/", "application/json")],
)
def test_a_nul_character_in_the_path_is_a_400(initial_data, path, content_type):
    response = Client(raise_request_exception=False).get(path)
    assert response.status_code == 400
    assert response["Content-Type"] == content_type


@pytest.mark.parametrize("method", ["TRACE", "PUT", "DELETE", "PATCH", "PROPFIND", "CONNECT"])
@pytest.mark.parametrize("path", ["/health/live", "/health/ready", "/sitemap.xml", "/fr/pgsp/mises-a-jour.atom", "/"])
def test_only_get_head_options_and_post_reach_views(initial_data, method, path):
    response = Client().generic(method, path)
    assert response.status_code == 405
    assert set(response["Allow"].split(", ")) <= {"GET", "HEAD", "OPTIONS", "POST"}


@pytest.mark.parametrize(
    "path",
    ["/health/live", "/sitemap.xml", "/robots.txt", "/fr/pgsp/mises-a-jour.atom", "/fr/", "/nl/gvpp/", "/nl/zoeken/"],
)
def test_a_post_to_a_page_without_a_form_is_a_405(initial_data, path):
    response = Client(enforce_csrf_checks=True).post(path)
    assert response.status_code == 405
    assert "POST" not in response["Allow"]


@pytest.mark.parametrize("path", ["/fr/", "/nl/over-ons/", "/fr/pgsp/", "/nl/partners/", "/health/live", "/robots.txt"])
def test_head_and_options_are_answered(initial_data, path):
    client = Client()
    assert client.head(path).status_code == 200
    assert client.options(path).status_code in (200, 405)


def test_the_405_page_speaks_the_language_of_the_address(initial_data):
    response = Client().post("/nl/")
    assert response.status_code == 405
    assert '<html lang="nl">' in response.content.decode()


def test_the_api_answers_a_wrong_method_in_json(initial_data):
    response = Client().delete("/api/v1/measures/")
    assert response.status_code == 405
    assert response["Content-Type"] == "application/json"


@pytest.mark.parametrize("path", ["/fr/", "/nl/over-ons/", "/fr/pgsp/", "/health/live", "/api/v1/measures/"])
def test_permissions_policy_denies_what_the_portal_never_uses(initial_data, path):
    policy = dict(part.strip().split("=", 1) for part in Client().get(path)["Permissions-Policy"].split(","))
    for feature in ("camera", "microphone", "geolocation", "payment", "usb", "interest-cohort", "browsing-topics"):
        assert policy[feature] == "()", feature


PERSONAL_PAGES = ["/fr/", "/nl/partners/", "/fr/recherche/?q=police", "/nl/gvpp/", "/fr/a-propos/", "/fr/pgsp/mesures/"]


@pytest.mark.parametrize("path", PERSONAL_PAGES)
def test_pages_seen_by_a_logged_in_user_are_private(initial_data, path, partner_group):
    client = Client()
    user = UserFactory(groups=[partner_group])
    client.force_login(user)
    response = client.get(path)
    assert response.status_code == 200
    assert user.username in response.content.decode()
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    assert "Cookie" in response["Vary"]


@pytest.mark.parametrize("path", PERSONAL_PAGES)
def test_anonymous_pages_are_not_marked_private(initial_data, path):
    response = Client().get(path)
    assert "private" not in response.get("Cache-Control", "")


def test_a_page_with_a_form_token_is_private_even_for_anonymous_visitors(initial_data):
    response = Client().get("/nl/aanmelden/")
    assert "csrftoken" in response.cookies
    assert "private" in response["Cache-Control"]


@pytest.mark.parametrize(("path", "status"), [("/api/v1/nothing-here/", 404), ("/api/v1/actors/no-such-actor/", 404)])
def test_api_errors_are_json(initial_data, path, status):
    response = Client(raise_request_exception=False).get(path)
    assert response.status_code == status
    assert response["Content-Type"] == "application/json"
    assert set(response.json()) == {"detail"}


def test_an_api_bug_is_a_json_500_without_details(initial_data, monkeypatch):
    from gspp.api import MeasureViewSet

    def bug(self, *args, **kwargs):
        raise RuntimeError("secret detail")

    monkeypatch.setattr(MeasureViewSet, "list", bug)
    response = Client(raise_request_exception=False).get("/api/v1/measures/")
    assert response.status_code == 500
    assert response["Content-Type"] == "application/json"
    assert "secret" not in response.content.decode()


def test_the_api_index_lists_its_endpoints_and_schema(initial_data):
    data = Client().get("/api/v1/").json()
    assert data == {
        "editions": "http://testserver/api/v1/editions/",
        "areas": "http://testserver/api/v1/areas/",
        "measures": "http://testserver/api/v1/measures/",
        "actors": "http://testserver/api/v1/actors/",
        "municipalities": "http://testserver/api/v1/municipalities/",
        "schema": "http://testserver/api/v1/schema/",
    }
    for url in data.values():
        assert Client().get(url).status_code == 200


@pytest.mark.parametrize("value", ["²", "①", "¹", "٣", "１", "2.0", " 2", "+2"])
@pytest.mark.parametrize("parameter", ["page", "page_size"])
@pytest.mark.parametrize("endpoint", ["actors", "measures", "areas", "editions"])
def test_non_ascii_digits_in_api_paging_are_a_400(initial_data, endpoint, parameter, value):
    response = Client(raise_request_exception=False).get(f"/api/v1/{endpoint}/", {parameter: value})
    assert response.status_code == 400
    assert parameter in response.json()
