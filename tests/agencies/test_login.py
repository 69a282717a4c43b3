import pytest
from django.test import Client, override_settings

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"
LOGIN = {"fr": "/fr/connexion/", "nl": "/nl/aanmelden/"}


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_partner_logs_in_and_out_in_their_language(client, partner_group, language):
    user = UserFactory(groups=[partner_group])
    page = client.get(LOGIN[language])
    assert page.status_code == 200
    assert f'<html lang="{language}">' in page.content.decode()

    response = client.post(LOGIN[language], {"username": user.username, "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == ("/fr/partenaires/" if language == "fr" else "/nl/partners/")
    home = client.get(f"/{language}/").content.decode()
    assert user.username in home

    logout = {"fr": "/fr/deconnexion/", "nl": "/nl/afmelden/"}[language]
    assert client.post(logout).status_code == 302
    assert user.username not in client.get(f"/{language}/").content.decode()


@pytest.mark.parametrize(("language", "message"), [("fr", "Saisissez un nom d’utilisateur"), ("nl", "Voer een juiste")])
def test_wrong_password_is_answered_in_the_page_language(client, language, message):
    user = UserFactory()
    response = client.post(LOGIN[language], {"username": user.username, "password": "wrong"})
    assert response.status_code == 200
    assert message in response.content.decode()


@override_settings(AXES_FAILURE_LIMIT=3)
@pytest.mark.parametrize(("language", "message"), [("fr", "Trop de tentatives"), ("nl", "Te veel mislukte pogingen")])
def test_repeated_failures_lock_the_account_out(client, language, message):
    user = UserFactory()
    for _attempt in range(3):
        client.post(LOGIN[language], {"username": user.username, "password": "wrong"})
    locked = client.post(LOGIN[language], {"username": user.username, "password": PASSWORD})
    assert locked.status_code == 429
    assert message in locked.content.decode()
    assert "_auth_user_id" not in client.session


def login_from(address, forwarded_for, password, username):
    client = Client(REMOTE_ADDR=address, HTTP_X_FORWARDED_FOR=forwarded_for)
    return client.post(LOGIN["fr"], {"username": username, "password": password})


@override_settings(AXES_FAILURE_LIMIT=3, TRUSTED_PROXY_COUNT=1)
def test_behind_a_proxy_one_visitors_failures_never_lock_out_another():
    user = UserFactory()
    proxy, attacker, owner = "10.0.0.1", "203.0.113.66", "198.51.100.7"
    for _attempt in range(3):
        # The attacker even forges the owner's address; the proxy appends the real one.
        login_from(proxy, f"{owner}, {attacker}", "wrong", user.username)
    assert login_from(proxy, f"{owner}, {attacker}", PASSWORD, user.username).status_code == 429
    assert login_from(proxy, owner, PASSWORD, user.username).status_code == 302


@override_settings(AXES_FAILURE_LIMIT=3, TRUSTED_PROXY_COUNT=0)
def test_without_a_trusted_proxy_a_forwarded_address_is_ignored():
    user = UserFactory()
    for number in range(3):
        login_from("203.0.113.66", f"198.51.100.{number}", "wrong", user.username)
    assert login_from("203.0.113.66", "198.51.100.99", PASSWORD, user.username).status_code == 429
    assert login_from("198.51.100.7", "", PASSWORD, user.username).status_code == 302


@pytest.mark.parametrize(
    ("count", "forwarded", "expected"),
    [
        (0, "198.51.100.7", "10.0.0.1"),
        (1, "198.51.100.7", "198.51.100.7"),
        (1, "1.2.3.4, 198.51.100.7", "198.51.100.7"),
        (2, "1.2.3.4, 198.51.100.7, 10.0.0.9", "198.51.100.7"),
        (2, "198.51.100.7", "10.0.0.1"),  # fewer entries than proxies: did not come through them
        (1, "not-an-address", "10.0.0.1"),
        (1, "2001:db8::1", "2001:db8::1"),
    ],
)
def test_the_client_address_counts_trusted_proxies_from_the_right(rf, settings, count, forwarded, expected):
    from bps_portal.client_address import client_ip_address

    settings.TRUSTED_PROXY_COUNT = count
    request = rf.get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=forwarded)
    assert client_ip_address(request) == expected
