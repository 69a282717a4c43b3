"""The login page says how partners get an account and how to reset a password; the privacy page says
which cookies the portal really sets (issue 16). French and Dutch."""

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.test import Client
from django.urls import reverse
from django.utils import translation

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"
LOGIN = {"fr": "/fr/connexion/", "nl": "/nl/aanmelden/"}
ABOUT = {"fr": "/fr/a-propos/", "nl": "/nl/over-ons/"}
PRIVACY = {"fr": "/fr/vie-privee/", "nl": "/nl/privacy/"}
LOGIN_TEXT = {
    "fr": {
        "reset": "Mot de passe oublié\u00a0?",
        "account": "Comment obtenir un compte partenaire\u00a0?",
        "who": "aux membres de la chaîne de prévention et de sécurité",
        "contact": "Trouver les coordonnées de BPS",
    },
    "nl": {
        "reset": "Wachtwoord vergeten?",
        "account": "Hoe krijg ik een partneraccount?",
        "who": "aan leden van de preventie- en veiligheidsketen",
        "contact": "De contactgegevens van BPV vinden",
    },
}
# The words the privacy page uses for the language being in the address, and no cookie for it.
LANGUAGE_IN_ADDRESS = {"fr": "Le choix de la langue ne dépose aucun cookie", "nl": "De taalkeuze plaatst geen cookie"}


def url(name, language):
    with translation.override(language):
        return reverse(name)


def plain(text):
    """Spaces as spaces: French typography puts a no-break space before "?", where the catalogue has one."""
    return " ".join(text.replace("\u00a0", " ").split())


def soup_of(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_the_login_page_links_to_the_password_reset(initial_data, client, language):
    soup = soup_of(client, LOGIN[language])
    reset = soup.find("a", href=url("password_reset", language))
    assert plain(reset.get_text()) == plain(LOGIN_TEXT[language]["reset"])
    form = soup_of(client, reset["href"]).find("form", method="post")
    assert form.find("input", attrs={"name": "email"}) is not None


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_the_login_page_says_how_partners_get_an_account(initial_data, client, language):
    text = LOGIN_TEXT[language]
    soup = soup_of(client, LOGIN[language])
    heading = soup.find("h2", string=text["account"])
    assert heading is not None
    section = heading.find_parent("section")
    assert section["aria-labelledby"] == heading["id"]
    assert text["who"] in " ".join(section.get_text().split())
    contact = section.find("a", string=text["contact"])
    assert contact["href"] == ABOUT[language]
    # No invented address or number: the way to BPS is its own page, where its contact details are.
    assert "mailto:" not in str(section) and "tel:" not in str(section)
    assert client.get(contact["href"]).status_code == 200


def cookies_set_by(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return set(response.cookies)


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_the_privacy_page_names_every_cookie_the_portal_sets(initial_data, partner_group, language):
    seen = set()
    for name in ("login", "password_reset", "feedback"):
        seen |= cookies_set_by(Client(), url(name, language))
    assert seen == {settings.CSRF_COOKIE_NAME}, "pages with a form to send set the CSRF cookie, and only it"

    partner = UserFactory(groups=[partner_group])
    client = Client()
    client.get(LOGIN[language])
    response = client.post(LOGIN[language], {"username": partner.username, "password": PASSWORD})
    seen |= set(response.cookies)
    assert settings.SESSION_COOKIE_NAME in seen

    # Reading pages and switching language set none.
    reader = Client()
    for path in (f"/{language}/", url("search", language) + "?q=police", ABOUT[language], PRIVACY[language]):
        assert cookies_set_by(reader, path) == set(), path
    assert settings.LANGUAGE_COOKIE_NAME not in seen

    privacy = " ".join(soup_of(Client(), PRIVACY[language]).find("main").get_text().split())
    for name in seen:
        assert name in privacy, f"the privacy page does not name the cookie {name}"
    assert LANGUAGE_IN_ADDRESS[language] in privacy


@pytest.mark.parametrize(
    ("language", "wrong"),
    [
        ("fr", "Lorsque vous visitez le portail sans vous connecter"),
        ("nl", "Als u het portaal bezoekt zonder in te loggen"),
    ],
)
def test_the_privacy_page_no_longer_says_cookies_come_with_logging_in_only(initial_data, client, language, wrong):
    privacy = " ".join(soup_of(client, PRIVACY[language]).find("main").get_text().split())
    assert wrong not in privacy


def test_the_lifetimes_the_privacy_page_gives_are_those_of_the_settings():
    # "au plus un an" / "hoogstens een jaar"; "au bout d'une journée" / "na één dag".
    assert settings.CSRF_COOKIE_AGE <= 365 * 24 * 3600
    assert settings.SESSION_COOKIE_AGE <= 24 * 3600
    assert not settings.CSRF_USE_SESSIONS, "the CSRF token is a cookie, as the page says"
