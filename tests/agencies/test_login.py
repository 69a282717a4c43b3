import pytest
from django.test import override_settings

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
