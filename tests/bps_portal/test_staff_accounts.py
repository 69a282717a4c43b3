"""Staff accounts: roles as groups, two-step verification, session limits, password reset."""

import importlib
import re
import time
from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from bps_portal.roles import PUBLISHER, ROLES, roles_table
from tests.factories import UserFactory
from tests.support import current_code, verified_login

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "correct horse battery staple"


# Roles -----------------------------------------------------------------------------------------


def test_the_groups_have_exactly_the_permissions_of_the_table(initial_data):
    for role in ROLES:
        group = Group.objects.get(name=role.name)
        found = {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.select_related("content_type")}
        assert found == role.permissions, role.key


def test_the_latest_roles_migration_carries_the_table():
    """A change to bps_portal/roles.py comes with a migration that applies it."""
    migrations = sorted(path.stem for path in (ROOT / "bps_portal" / "migrations").glob("0*.py"))
    latest = next(
        module
        for module in (importlib.import_module(f"bps_portal.migrations.{name}") for name in reversed(migrations))
        if hasattr(module, "ROLES")
    )
    assert roles_table() == latest.ROLES


def test_an_unknown_permission_in_the_table_is_an_error(db):
    from django.contrib.auth.models import Permission

    from bps_portal.roles import apply_roles

    with pytest.raises(LookupError, match=r"gspp\.fly_measure"):
        apply_roles({"Test": ["gspp.fly_measure"]}, Group, Permission)


# Two-step verification -------------------------------------------------------------------------


def password_login(client, user, language="fr"):
    return client.post(
        "/admin/login/?next=/admin/",
        {"username": user.username, "password": PASSWORD, "next": "/admin/"},
        headers={"accept-language": language},
        follow=True,
    )


@pytest.fixture
def editor(initial_data):
    user = UserFactory(is_staff=True)
    user.groups.add(Group.objects.get(name=PUBLISHER.name))
    return user


@pytest.mark.parametrize(
    ("language", "title", "wrong"),
    [("fr", "Activer la vérification", "pas valable"), ("nl", "Verificatie in twee stappen instellen", "niet geldig")],
)
def test_first_login_enrols_an_app_then_shows_backup_codes(editor, language, title, wrong, no_waiting):
    client = Client()
    page = password_login(client, editor, language)
    assert page.redirect_chain[-1][0].startswith("/admin/two-factor/setup/")
    html = page.content.decode()
    assert title in html and "<svg" in html
    assert client.get("/admin/").status_code == 302, "no admin before the second step"

    refused = client.post(
        "/admin/two-factor/setup/?next=/admin/", {"code": "000000"}, headers={"accept-language": language}
    )
    assert wrong in refused.content.decode()
    confirmed = client.post("/admin/two-factor/setup/?next=/admin/", {"code": current_code(editor)})
    codes = re.findall(r"<li><code>(\d{8})</code></li>", confirmed.content.decode())
    assert len(codes) == 10
    assert client.get("/admin/").status_code == 200
    assert TOTPDevice.objects.get(user=editor).confirmed


@pytest.fixture
def no_waiting(settings):
    """django-otp waits 1, 2, 4 ... seconds after each wrong code: not in tests that chain them."""
    settings.OTP_TOTP_THROTTLE_FACTOR = 0
    settings.OTP_STATIC_THROTTLE_FACTOR = 0


@pytest.mark.parametrize(("language", "words"), [("fr", "attendez"), ("nl", "wacht")])
def test_wrong_codes_in_a_row_make_the_next_one_wait(editor, language, words):
    enrolled(editor)
    client = Client()
    password_login(client, editor)
    client.post("/admin/two-factor/", {"code": "000000", "next": "/admin/"})
    refused = client.post("/admin/two-factor/", {"code": current_code(editor)}, headers={"accept-language": language})
    assert words in refused.content.decode()
    assert client.get("/admin/").status_code == 302


def enrolled(user):
    call_command("enrol_two_factor", user.username, stdout=StringIO())
    return list(StaticDevice.objects.get(user=user).token_set.values_list("token", flat=True))


def test_later_logins_ask_for_a_code_and_a_backup_code_works_once(editor, no_waiting):
    backup_codes = enrolled(editor)
    client = Client()
    page = password_login(client, editor)
    assert page.redirect_chain[-1][0].startswith("/admin/two-factor/?")
    assert client.post("/admin/two-factor/?next=/admin/", {"code": backup_codes[0]}).status_code == 302
    assert client.get("/admin/").status_code == 200

    again = Client()
    password_login(again, editor)
    reused = again.post("/admin/two-factor/?next=/admin/", {"code": backup_codes[0]})
    assert reused.status_code == 200 and again.get("/admin/").status_code == 302
    assert again.post("/admin/two-factor/", {"code": current_code(editor), "next": "/admin/"}).status_code == 302
    assert again.get("/admin/").status_code == 200


def test_a_logged_in_staff_member_without_the_second_step_is_refused_by_the_admin(editor):
    client = Client()
    client.force_login(editor)
    response = client.get("/admin/gspp/measure/")
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")


def test_the_second_step_pages_are_for_staff_only(initial_data):
    partner = Client(raise_request_exception=False)
    partner.force_login(UserFactory())
    assert partner.get("/admin/two-factor/").status_code == 403
    assert Client().get("/admin/two-factor/setup/").status_code == 302  # to the login page


def test_the_next_address_never_leaves_the_site(editor):
    enrolled(editor)
    client = Client()
    password_login(client, editor)
    response = client.post("/admin/two-factor/", {"code": current_code(editor), "next": "https://evil.example/"})
    assert response["Location"] == "/admin/"


def test_recovery_by_another_administrator(editor):
    enrolled(editor)
    out = StringIO()
    call_command("reset_two_factor", editor.username, stdout=out)
    assert not TOTPDevice.objects.filter(user=editor).exists()
    page = password_login(Client(), editor)
    assert page.redirect_chain[-1][0].startswith("/admin/two-factor/setup/")


def test_the_development_command_prints_a_key_a_code_and_backup_codes(editor):
    out = StringIO()
    call_command("enrol_two_factor", editor.username, stdout=out)
    text = out.getvalue()
    assert "otpauth://totp/" in text and len(re.findall(r"^  \d{8}$", text, flags=re.M)) == 10
    assert re.search(r"Code right now: (\d{6})", text)[1] == current_code(editor)


# Sessions --------------------------------------------------------------------------------------


def age_session(client, **seconds_ago):
    session = client.session
    now = int(time.time())
    for key, ago in seconds_ago.items():
        session[key] = now - ago
    session.save()


@pytest.mark.parametrize(
    ("started", "seen", "still_in"),
    [(60, 60, True), (8 * 3600 - 120, 60, True), (8 * 3600 + 60, 60, False), (600, 31 * 60, False)],
)
def test_staff_sessions_last_eight_hours_and_thirty_minutes_idle(editor, started, seen, still_in):
    client = verified_login(Client(), editor)
    assert client.get("/admin/").status_code == 200
    age_session(client, session_started_at=started, session_seen_at=seen)
    assert (client.get("/admin/").status_code == 200) is still_in


def test_partners_stay_logged_in_for_a_day(partner_group):
    user = UserFactory(groups=[partner_group])
    client = Client()
    response = client.post("/fr/connexion/", {"username": user.username, "password": PASSWORD})
    assert response.cookies["sessionid"]["max-age"] == 24 * 3600
    age_session(client, session_seen_at=4 * 3600)  # idle hours do not end a partner's session
    assert user.username in client.get("/fr/").content.decode()


def test_a_new_password_ends_every_other_session(editor):
    elsewhere = verified_login(Client(), editor)
    assert elsewhere.get("/admin/").status_code == 200
    editor.set_password("another correct horse battery")
    editor.save()
    assert elsewhere.get("/admin/").status_code == 302


# Password reset --------------------------------------------------------------------------------

RESET = {"fr": "/fr/mot-de-passe-oublie/", "nl": "/nl/wachtwoord-vergeten/"}


@pytest.mark.parametrize(("language", "words"), [("fr", "nouveau mot de passe"), ("nl", "nieuw wachtwoord")])
def test_a_reset_link_by_mail_in_the_page_language(editor, language, words):
    editor.email = "editor@safe.brussels"
    editor.save()
    page = Client().post(RESET[language], {"email": "editor@safe.brussels"}, follow=True)
    assert page.status_code == 200
    assert len(mail.outbox) == 1 and words in mail.outbox[0].body
    link = re.search(r"http://testserver(/\S+)", mail.outbox[0].body)[1]
    assert link.startswith(f"/{language}/")
    client = Client()
    form = client.get(link, follow=True)
    new = {"new_password1": "a brand new long passphrase", "new_password2": "a brand new long passphrase"}
    done = client.post(form.redirect_chain[-1][0], new, follow=True)
    assert done.status_code == 200
    editor.refresh_from_db()
    assert editor.check_password("a brand new long passphrase")


def test_an_unknown_address_gets_the_same_answer_and_no_mail(db):
    known = Client().post(RESET["fr"], {"email": "nobody@example.org"})
    assert known.status_code == 302 and known["Location"] == "/fr/mot-de-passe-oublie/envoye/"
    assert mail.outbox == []


def test_resets_are_rate_limited_per_address_and_per_connection(editor, settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "reset"}}
    editor.email = "editor@safe.brussels"
    editor.save()
    client = Client(REMOTE_ADDR="203.0.113.9")
    answers = [client.post(RESET["nl"], {"email": "editor@safe.brussels"}).status_code for _ in range(10)]
    assert answers == [302] * 10
    assert len(mail.outbox) == 3  # no more mail to one address within the hour
    refused = client.post(RESET["nl"], {"email": "someone@else.example"})
    assert refused.status_code == 429 and "Probeer het over een uur opnieuw" in refused.content.decode()


def test_the_partner_login_page_offers_the_reset(db):
    assert RESET["nl"] in Client().get("/nl/aanmelden/").content.decode()
    assert Client().get("/admin/password_reset/", headers={"accept-language": "nl"})["Location"] == RESET["nl"]
