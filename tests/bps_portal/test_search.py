import pytest
from bs4 import BeautifulSoup
from django.db import connection

from gspp.models import ThematicArea
from tests.factories import MeasureFactory, PageFactory
from tests.support import PARTNER_PHONE, shows_phone

pytestmark = pytest.mark.django_db
SEARCH = {"fr": "/fr/recherche/", "nl": "/nl/zoeken/"}
postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="stemming and typo tolerance need PostgreSQL (CI runs them there)"
)


def results(client, language, text, **extra):
    response = client.get(SEARCH[language], {"q": text, **extra})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return {
        section.h2["id"].removeprefix("kind-"): [
            a.get_text(" ", strip=True) for a in section.select(".result-list__title a")
        ]
        for section in soup.select("section[aria-labelledby^=kind-]")
    }


@pytest.mark.parametrize("language", ["fr", "nl"])
@pytest.mark.parametrize("text", ["radicalisation", "radicalisering", "RADICALISATION"])
def test_a_word_in_either_language_finds_the_area(initial_data, client, language, text):
    areas = results(client, language, text)["areas"]
    current = ThematicArea.objects.get(edition__key="2021-2024", number=2)
    assert any(current.title_fr in title or current.title_nl in title for title in areas)


def test_accents_do_not_matter(initial_data, client):
    assert results(client, "fr", "securite routiere")["areas"] == results(client, "fr", "sécurité routière")["areas"]
    assert results(client, "fr", "securite routiere")["areas"]


@postgresql_only
def test_plural_finds_singular_and_a_typo_still_finds(initial_data, client):
    area = ThematicArea.objects.get(edition__key="2021-2024", number=5)
    MeasureFactory(area=area, number=20, title_fr="Caméras près de l’école", title_nl="Camera’s bij de school")
    assert results(client, "fr", "cameras ecoles")["measures"]
    assert results(client, "nl", "scholen")["measures"]
    assert any("radicalisation" in title for title in results(client, "fr", "radicalistion")["areas"])


def test_a_title_match_ranks_above_a_description_match(initial_data, client):
    area = ThematicArea.objects.get(edition__key="2021-2024", number=5)
    MeasureFactory(area=area, number=30, title_fr="Autre chose", description_fr="Il est question de cambriolage ici.")
    MeasureFactory(area=area, number=31, title_fr="Prévention du cambriolage", description_fr="Rien.")
    measures = results(client, "fr", "cambriolage")["measures"]
    assert measures[0].endswith("Prévention du cambriolage") and measures[1].endswith("Autre chose")


def test_snippets_are_escaped_and_highlight_the_words(initial_data, client):
    PageFactory(title_fr="Note", body_fr="<p>Un <b>cambriolage</b> &lt;script&gt;alert(1)&lt;/script&gt;</p>")
    soup = BeautifulSoup(client.get(SEARCH["fr"], {"q": "cambriolage"}).content, "html.parser")
    snippet = soup.select_one("#kind-pages").parent.select_one(".result-list__meta")
    assert snippet.find("mark").get_text().lower().startswith("cambriolage")
    assert snippet.find("script") is None and snippet.find("b") is None


def test_unpublished_and_partners_only_content_is_never_found(zone_with_partner_line, client, partner_group):
    from tests.factories import UserFactory

    area = ThematicArea.objects.get(edition__key="2021-2024", number=4)
    MeasureFactory(area=area, number=40, title_fr="Mesure confidentielle", published=False)
    PageFactory(title_fr="Brouillon confidentiel", published=False)
    for user in (None, UserFactory(groups=[partner_group])):
        client.logout()
        if user:
            client.force_login(user)
        html = client.get(SEARCH["fr"], {"q": "confidentiel"}).content.decode()
        assert "Mesure confidentielle" not in html and "Brouillon confidentiel" not in html
        assert not shows_phone(client.get(SEARCH["fr"], {"q": "partenaires"}).content.decode(), PARTNER_PHONE)
        assert results(client, "fr", PARTNER_PHONE) == {}  # the number typed is echoed, never found


@pytest.mark.parametrize(
    ("language", "text", "message"),
    [
        ("fr", "", "Saisissez un ou plusieurs mots"),
        ("nl", "   ", "Typ een of meer woorden"),
        ("fr", "x" * 300, "Saisissez au maximum 200 caractères."),
        ("nl", "a" * 201, "Typ hoogstens 200 tekens."),
    ],
)
def test_empty_or_too_long_queries_get_a_clear_message(initial_data, client, language, text, message):
    response = client.get(SEARCH[language], {"q": text})
    assert response.status_code == 200
    assert message in response.content.decode()


@pytest.mark.parametrize("text", ["' OR 1=1 --", "<script>", "a & b | !c", "foo:*", "\\", "((", "-", "\u0000", "😀"])
def test_hostile_queries_never_give_a_server_error(initial_data, client, text):
    for language in ("fr", "nl"):
        assert client.get(SEARCH[language], {"q": text}).status_code in (200, 400)  # NUL: 400


def test_one_kind_with_pagination(initial_data, client):
    area = ThematicArea.objects.get(edition__key="2021-2024", number=6)
    for number in range(1, 26):
        MeasureFactory(area=area, number=number, title_fr=f"Sécurité routière {number}")
    soup = BeautifulSoup(client.get(SEARCH["fr"], {"q": "routiere", "kind": "measures"}).content, "html.parser")
    assert len(soup.select("#kind-measures + .result-list > li")) == 20
    assert "kind=measures" in soup.select_one(".pagination a[rel=next]")["href"]


@pytest.mark.parametrize("text", ["-" * 33, "-" * 200, "a " + "-" * 60 + "b", "--radicalisation", "-a " * 60])
def test_long_runs_of_operators_are_searched_not_a_server_error(initial_data, client, text):
    for language in ("fr", "nl"):
        assert client.get(SEARCH[language], {"q": text}).status_code == 200


def test_only_a_single_minus_sign_before_a_word_is_kept():
    from bps_portal.search import clean_query

    assert clean_query("drogues ---prison -- a-b - c -") == "drogues -prison a-b c"


@postgresql_only
def test_a_run_of_minus_signs_reads_as_one(initial_data, client):
    one = results(client, "fr", "radicalisation -polarisation")
    assert results(client, "fr", "radicalisation ---polarisation") == one
