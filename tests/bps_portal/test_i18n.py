import pytest

from tests.factories import PageFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("nl-BE,nl;q=0.9,en;q=0.5", "/nl/"),
        ("fr-BE,fr;q=0.9", "/fr/"),
        ("en-GB,en;q=0.8,de;q=0.5", "/fr/"),
        ("", "/fr/"),
    ],
)
def test_root_redirects_by_accept_language(client, accept_language, expected):
    response = client.get("/", headers={"accept-language": accept_language} if accept_language else {})
    assert response.status_code == 302
    assert response["Location"] == expected
    assert "Accept-Language" in response.get("Vary", "")


def test_page_shows_the_other_language_with_a_notice_when_its_own_is_missing(client):
    PageFactory(slug_fr="note", slug_nl="nota", body_fr="<p>Seulement en français.</p>", body_nl="")
    response = client.get("/nl/nota/")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'class="fallback-notice"' in html
    assert "Frans" in html  # the notice names the language shown, in Dutch
    assert '<div class="prose" lang="fr">' in html
    assert "Seulement en français." in html

    french = client.get("/fr/note/").content.decode()
    assert "fallback-notice" not in french


def test_each_language_has_its_own_slug(client):
    PageFactory(slug_fr="vie-privee-test", slug_nl="privacy-test")
    assert client.get("/fr/vie-privee-test/").status_code == 200
    assert client.get("/nl/privacy-test/").status_code == 200
    assert client.get("/nl/vie-privee-test/").status_code == 404


def test_unpublished_page_is_not_found(client):
    PageFactory(slug_fr="brouillon", published=False)
    assert client.get("/fr/brouillon/").status_code == 404


def test_404_speaks_the_language_of_the_url(client):
    french = client.get("/fr/cette-page-n-existe-pas/")
    dutch = client.get("/nl/deze-pagina-bestaat-niet/")
    assert french.status_code == dutch.status_code == 404
    assert '<html lang="fr">' in french.content.decode()
    assert '<html lang="nl">' in dutch.content.decode()
    assert "Page introuvable" in french.content.decode()
    assert "Pagina niet gevonden" in dutch.content.decode()


def test_dutch_lacks_no_interface_message_that_french_has():
    """Django fills a message missing in Dutch with its French translation (French is the default
    language): every message French translates, from our catalogs or any library's, Dutch must
    translate too. A library update that adds one names it here: add it to bps_portal/vendor_messages.py."""
    from django.utils.translation import trans_real

    french = trans_real.translation("fr")._catalog
    dutch = trans_real.translation("nl")._catalog
    # Plural messages are keyed (message, form); gettext also finds a singular in its plural entry.
    # French has three plural forms, Dutch two: the third has no Dutch counterpart to look for.
    missing = {
        key[0] if isinstance(key, tuple) else key
        for key in french.keys()  # noqa: SIM118 (a TranslationCatalog has keys() but no __iter__)
        if key not in dutch and ((key[0] if isinstance(key, tuple) else key), 0) not in dutch
    }
    assert {message for message in missing if not message.endswith("_FORMAT")} == set()


@pytest.mark.parametrize(
    ("language", "heading", "locked"),
    [("fr", "Nom du modèle", "tentatives de connexion"), ("nl", "Modelnaam", "aanmeldpogingen")],
)
def test_the_admin_speaks_the_staff_members_language_throughout(initial_data, staff_client, language, heading, locked):
    index = staff_client.get("/admin/", headers={"accept-language": language}).content.decode()
    assert heading in index
    attempts = staff_client.get("/admin/axes/accessattempt/", headers={"accept-language": language}).content.decode()
    assert locked in attempts.lower()
