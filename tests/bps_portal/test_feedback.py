"""The feedback form (issue 16): the portal's electronic channel, in French and Dutch, its guards
without captcha (trap field, limit per connection, size limits), the mail to staff and the inbox in
the admin."""

import smtplib
from urllib.parse import urlencode

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from bps_portal.models import AuditEntry, Feedback, Page, SeedRecord
from bps_portal.roles import PAGE_EDITOR, PUBLISHER
from tests.factories import UserFactory
from tests.support import load_seed_data, verified_login

pytestmark = pytest.mark.django_db

LANGUAGES = ["fr", "nl"]
STAFF_INBOX = ["inbox@bps.example"]
MESSAGE = {"fr": "Le lien « Plan » ne se lit pas avec mon lecteur d’écran.", "nl": "De knop is onleesbaar."}
INVALID_EMAIL = {"fr": "Saisissez une adresse e-mail valide.", "nl": "Voer een geldig e-mailadres in."}


def url(name, language, **kwargs):
    with translation.override(language):
        return reverse(name, kwargs=kwargs or None)


def said(language, text):
    """`text` as the page says it in `language` (the catalogue's translation, or the msgid)."""
    with translation.override(language):
        return gettext(text)


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def valid(language, **changes):
    return {
        "kind": "accessibility",
        "page_url": url("search", language),
        "message": MESSAGE[language],
        "name": "Camille",
        "email": "camille@example.org",
        "website": "",
        **changes,
    }


# The form ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_footer_of_every_page_leads_to_the_form(initial_data, client, language):
    home = soup(client.get(f"/{language}/"))
    links = {a["href"] for a in home.select(".site-footer a[href]")}
    assert url("feedback", language) in links
    page = client.get(url("feedback", language))
    assert page.status_code == 200
    html = soup(page)
    assert html.html["lang"] == language
    assert html.h1.get_text(strip=True) == said(language, "Write to us")
    for name in ("kind", "page_url", "message", "name", "email"):
        assert html.find(attrs={"name": name}) is not None, name
        assert html.find("label", attrs={"for": f"id_{name}"}) is not None, name


def test_the_trap_field_is_hidden_from_people_screen_readers_and_the_keyboard(initial_data, client):
    html = soup(client.get(url("feedback", "fr")))
    trap = html.find("input", attrs={"name": "website"})
    assert trap.find_parent(attrs={"hidden": True}) is not None
    assert trap["tabindex"] == "-1" and trap["autocomplete"] == "off"


def test_the_form_says_the_reply_fields_are_optional_and_no_address_is_kept(initial_data, client):
    text = soup(client.get(url("feedback", "nl"))).get_text(" ")
    assert said("nl", "Your e-mail address (optional)") in text
    assert said("nl", "If you would like an answer") in text
    assert "IP" in text
    assert "maxlength" not in str(soup(client.get(url("feedback", "fr"))).find("textarea"))


@pytest.mark.parametrize("language", LANGUAGES)
@override_settings(FEEDBACK_RECIPIENTS=STAFF_INBOX, DEFAULT_FROM_EMAIL="BPS portal <noreply@portal.example>")
def test_a_message_is_stored_mailed_to_staff_and_confirmed(initial_data, client, language):
    response = client.post(url("feedback", language), valid(language))

    assert response.status_code == 302 and response["Location"] == url("feedback_sent", language)
    feedback = Feedback.objects.get()
    assert (feedback.kind, feedback.language, feedback.status) == ("accessibility", language, "new")
    assert (feedback.message, feedback.name, feedback.email) == (MESSAGE[language], "Camille", "camille@example.org")
    assert feedback.page_url == url("search", language)
    assert not any("127.0.0.1" in str(value) for value in Feedback.objects.values().get().values())

    [sent] = mail.outbox
    assert sent.to == STAFF_INBOX
    assert sent.from_email == "BPS portal <noreply@portal.example>"
    assert sent.reply_to == ["camille@example.org"]
    assert "camille@example.org" not in sent.from_email
    with translation.override("fr"):  # the mail speaks the portal's default language
        kind = str(feedback.get_kind_display())
        language_name = str(translation.get_language_info(language)["name_translated"])
    assert kind in sent.subject and language_name in sent.subject
    assert f"http://testserver{url('search', language)}" in sent.body
    assert f"http://testserver/admin/bps_portal/feedback/{feedback.pk}/change/" in sent.body
    assert MESSAGE[language] in sent.body and language_name in sent.body

    confirmation = client.get(response["Location"])
    assert confirmation.status_code == 200
    assert soup(confirmation).h1.get_text(strip=True) == said(language, "Thank you, your message has been sent")


@override_settings(FEEDBACK_RECIPIENTS=STAFF_INBOX)
def test_without_an_address_the_mail_says_no_reply_is_possible(initial_data, client):
    client.post(url("feedback", "nl"), valid("nl", name="", email="", page_url=""))
    [sent] = mail.outbox
    assert sent.reply_to == []
    with translation.override("fr"):
        assert gettext("The visitor gave no e-mail address: no reply is possible.") in sent.body
    assert Feedback.objects.get().email == ""


def test_without_recipients_the_message_waits_in_the_inbox_and_no_mail_goes(initial_data, client):
    assert client.post(url("feedback", "fr"), valid("fr")).status_code == 302
    assert Feedback.objects.count() == 1
    assert mail.outbox == []


@override_settings(FEEDBACK_RECIPIENTS=STAFF_INBOX)
def test_a_mail_server_down_loses_no_message_and_shows_no_error(initial_data, client, monkeypatch):
    def refuse(self, *args, **kwargs):
        raise smtplib.SMTPConnectError(421, "down")

    monkeypatch.setattr("django.core.mail.EmailMessage.send", refuse)
    response = client.post(url("feedback", "fr"), valid("fr"))
    assert response.status_code == 302 and Feedback.objects.count() == 1


# Guards --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
@override_settings(FEEDBACK_RECIPIENTS=STAFF_INBOX)
def test_a_robot_filling_the_trap_gets_the_usual_answer_and_nothing_is_kept(initial_data, client, language):
    response = client.post(url("feedback", language), valid(language, website="https://spam.example"), follow=True)
    assert response.redirect_chain == [(url("feedback_sent", language), 302)]
    assert response.status_code == 200
    assert soup(response).h1.get_text(strip=True) == said(language, "Thank you, your message has been sent")
    assert Feedback.objects.count() == 0
    assert mail.outbox == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_too_many_messages_from_one_connection_are_refused_in_the_visitors_language(initial_data, language):
    client = Client()
    for _ in range(5):
        assert client.post(url("feedback", language), valid(language)).status_code == 302
    response = client.post(url("feedback", language), valid(language, message="Encore / Nog eens"))

    assert response.status_code == 429
    assert response["Retry-After"] == "3600"
    html = soup(response)
    assert html.html["lang"] == language
    alert = html.select_one(".form-errors[role=alert]").get_text(" ", strip=True)
    assert alert == said(
        language,
        "You have sent several messages in a short time: your message is not sent. Try again in an hour; what you "
        "typed is kept below.",
    )
    assert "Encore / Nog eens" in html.find("textarea").get_text()
    assert Feedback.objects.count() == 5
    # Another connection is not concerned.
    other = Client(REMOTE_ADDR="192.0.2.7")
    assert other.post(url("feedback", language), valid(language)).status_code == 302


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_message_too_long_comes_back_with_its_length_and_the_text_kept(initial_data, client, language):
    text = "a" * 5001
    response = client.post(url("feedback", language), valid(language, message=text))

    assert response.status_code == 200
    html = soup(response)
    textarea = html.find("textarea", attrs={"name": "message"})
    assert textarea.get_text().strip() == text
    assert textarea["aria-invalid"] == "true"
    with translation.override(language):
        expected = gettext(
            "Your message has %(show_value)d characters: shorten it to at most %(limit_value)d, then send it again."
        ) % {"show_value": 5001, "limit_value": 5000}
    assert expected in html.get_text()
    assert html.select_one(".form-errors[role=alert]") is not None
    assert html.find("input", attrs={"name": "name"})["value"] == "Camille"
    assert Feedback.objects.count() == 0


@pytest.mark.parametrize("language", LANGUAGES)
def test_errors_next_to_their_fields_in_the_visitors_language_and_what_was_typed_kept(initial_data, client, language):
    response = client.post(url("feedback", language), valid(language, kind="", email="camille@", message=" "))
    html = soup(response)
    assert response.status_code == 200
    assert INVALID_EMAIL[language] in html.get_text()
    assert said(language, "Choose what your message is about.") in html.get_text()
    assert said(language, "Write your message.") in html.get_text()
    assert html.find("input", attrs={"name": "email"})["value"] == "camille@"
    assert Feedback.objects.count() == 0


def test_an_address_longer_than_kept_is_an_error_not_a_crash(initial_data, client):
    response = client.post(url("feedback", "fr"), valid("fr", email="a" * 250 + "@example.org"))
    assert response.status_code == 200
    assert said("fr", "Type at most %(limit_value)d characters.") % {"limit_value": 254} in soup(response).get_text()
    assert Feedback.objects.count() == 0


def test_the_longest_message_in_four_byte_characters_is_never_too_large(initial_data, client):
    longest = urlencode(valid("fr", message="😀" * 5000, page_url="😀" * 500, name="😀" * 150))
    assert len(longest) > 64 * 1024  # as a browser sends it: percent-encoded
    response = client.post(url("feedback", "fr"), longest, content_type="application/x-www-form-urlencoded")
    assert response.status_code == 302
    assert Feedback.objects.get().message == "😀" * 5000


def test_a_request_too_large_is_refused_with_a_page_in_the_visitors_language(initial_data, client):
    response = client.post(url("feedback", "nl"), valid("nl", message="x" * 140_000))
    assert response.status_code == 413
    html = soup(response)
    assert html.html["lang"] == "nl"
    assert html.h1.get_text(strip=True) == said("nl", "Message too long")
    assert Feedback.objects.count() == 0


# The page concerned -------------------------------------------------------------------------------


def page_field(response):
    return soup(response).find("input", attrs={"name": "page_url"}).get("value", "")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_page_comes_from_the_page_parameter_or_the_referer_when_it_is_ours(initial_data, client, language):
    form = url("feedback", language)
    actor = f"/{language}/{'partenaires' if language == 'fr' else 'partners'}/x/"
    assert page_field(client.get(form, {"page": actor})) == actor
    assert page_field(client.get(form, {"page": f"http://testserver{actor}?a=1"})) == f"{actor}?a=1"
    assert page_field(client.get(form, headers={"referer": f"http://testserver{actor}"})) == actor
    # Not another site's address, not the form itself, not the admin.
    assert page_field(client.get(form, {"page": "https://evil.example/fr/"})) == ""
    assert page_field(client.get(form, {"page": "//evil.example/fr/"})) == ""
    assert page_field(client.get(form, headers={"referer": "https://evil.example/fr/"})) == ""
    assert page_field(client.get(form, headers={"referer": f"http://testserver{form}"})) == ""
    assert page_field(client.get(form, {"page": "/admin/"})) == ""


def test_a_link_can_say_what_the_message_is_about(initial_data, client):
    html = soup(client.get(url("feedback", "fr"), {"kind": "correction", "page": "/fr/partenaires/actiris/"}))
    assert html.find("option", selected=True)["value"] == "correction"
    assert soup(client.get(url("feedback", "fr"), {"kind": "nonsense"})).find("option", selected=True)["value"] == ""


def test_the_form_page_is_private_and_noindex_with_a_parameter(initial_data, client):
    response = client.get(url("feedback", "fr"), {"page": "/fr/"})
    assert "private" in response["Cache-Control"]
    assert soup(response).find("meta", attrs={"name": "robots"})["content"].startswith("noindex")


# Pointers and the fax --------------------------------------------------------------------------------


@pytest.mark.parametrize(("language", "paths"), [("fr", ("/fr/", "/fr/a-propos/")), ("nl", ("/nl/", "/nl/over-ons/"))])
def test_the_fax_number_is_gone_from_the_footer_and_the_about_page(initial_data, client, language, paths):
    for path in paths:
        text = soup(client.get(path)).get_text(" ")
        assert "507 99 33" not in text and "Fax" not in text, path


def test_existing_sites_get_the_corrected_about_page_from_load_initial_data(initial_data):
    """The pages' data files changed: `load_initial_data` after the deploy corrects a body that
    still holds the shipped text (bps_portal/seed.py), no data migration needed."""
    about = Page.objects.get(key="about")
    link = '<br>\nEn ligne\u00a0: <a href="/fr/nous-ecrire/">formulaire de contact</a></p>'
    assert link in about.body_fr
    shipped = about.body_fr.replace(link, "<br>\nFax : 02 507 99 33</p>")
    Page.objects.filter(pk=about.pk).update(body=shipped, body_fr=shipped)
    record = SeedRecord.objects.get(content_type=ContentType.objects.get_for_model(Page), seed_key="about")
    record.shipped["body_fr"] = {"file": shipped, "saved": shipped}
    record.save()

    load_seed_data()

    about.refresh_from_db()
    assert "507 99 33" not in about.body_fr and link in about.body_fr


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_accessibility_statement_points_to_the_form(initial_data, client, language):
    statement = Page.objects.get(key="accessibility")
    with translation.override(language):
        path = statement.get_absolute_url()
    body = soup(client.get(path)).select_one("main article")
    hrefs = [a["href"] for a in body.find_all("a", href=True)]
    assert url("feedback", language) in hrefs, "the page's link and the form's address agree (locale/*.po)"


# The inbox in the admin ---------------------------------------------------------------------------


def staff(group_name=None):
    user = UserFactory(is_staff=True)
    if group_name:
        user.groups.add(Group.objects.get(name=group_name))
    return verified_login(Client(), user)


def received(**fields):
    return Feedback.objects.create(
        **{"kind": "correction", "message": "Le numéro de la zone a changé.", "language": "fr", **fields}
    )


def test_publishers_list_filter_search_and_mark_messages_done(initial_data):
    new = received()
    other = received(kind="other", language="nl", message="Goed gedaan", status="done")
    client = staff(PUBLISHER.name)
    changelist = reverse("admin:bps_portal_feedback_changelist")

    listed = client.get(changelist)
    assert listed.status_code == 200
    assert "Le numéro de la zone a changé." in listed.content.decode()
    filtered = client.get(changelist, {"status__exact": "new"}).content.decode()
    assert "Le numéro de la zone" in filtered and "Goed gedaan" not in filtered
    assert "Goed gedaan" in client.get(changelist, {"q": "gedaan"}).content.decode()
    assert "Goed gedaan" in client.get(changelist, {"language__exact": "nl", "kind__exact": "other"}).content.decode()

    response = client.post(changelist, {"action": "mark_done", "_selected_action": [new.pk, other.pk]})
    assert response.status_code == 302
    new.refresh_from_db()
    assert new.status == "done"
    assert AuditEntry.objects.filter(action="bulk_action", object_id=str(new.pk)).count() == 1
    assert not AuditEntry.objects.filter(action="bulk_action", object_id=str(other.pk)).exists()


def test_staff_change_the_status_and_note_never_the_message_and_add_nothing(initial_data):
    feedback = received(email="camille@example.org")
    client = staff(PUBLISHER.name)
    change = reverse("admin:bps_portal_feedback_change", args=[feedback.pk])

    page = client.get(change)
    assert page.status_code == 200
    form = soup(page).find("form", id="feedback_form")
    assert {field["name"] for field in form.find_all(["input", "select", "textarea"]) if field.get("name")} >= {
        "status",
        "staff_note",
    }
    assert form.find(attrs={"name": "message"}) is None and form.find(attrs={"name": "email"}) is None
    token = form.find("input", attrs={"name": "csrfmiddlewaretoken"})["value"]
    data = {"csrfmiddlewaretoken": token, "status": "in_progress", "staff_note": "Zone prévenue.", "message": "Changé"}
    assert client.post(change, data).status_code == 302
    feedback.refresh_from_db()
    assert (feedback.status, feedback.staff_note) == ("in_progress", "Zone prévenue.")
    assert feedback.message == "Le numéro de la zone a changé."
    assert client.get(reverse("admin:bps_portal_feedback_add")).status_code == 403


@pytest.mark.parametrize("group_name", [None, PAGE_EDITOR.name])
def test_staff_without_the_role_get_a_403(initial_data, group_name):
    feedback = received()
    client = staff(group_name)
    assert client.get(reverse("admin:bps_portal_feedback_changelist")).status_code == 403
    assert client.get(reverse("admin:bps_portal_feedback_change", args=[feedback.pk])).status_code == 403


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_actor_page_leads_to_a_correction_of_its_details(initial_data, client, language):
    from agencies.models import Actor

    actor = Actor.objects.get(key="bps")
    with translation.override(language):
        actor_path = actor.get_absolute_url()
        link = soup(client.get(actor_path)).find("a", string=gettext("Report a mistake in these details"))
    form = client.get(link["href"], headers={"referer": f"http://testserver{actor_path}"})
    assert soup(form).find("option", selected=True)["value"] == "correction"
    assert page_field(form) == actor_path
