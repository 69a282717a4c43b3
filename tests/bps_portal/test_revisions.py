"""Revisions: every save kept with who, when and what changed (FR and NL apart), restored by
publishers as a new revision; and no lost update when two people edit the same record."""

import threading
from io import StringIO

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import connection
from django.test import Client
from reversion.models import Version

from bps_portal.models import AuditAction, AuditEntry, Page
from bps_portal.roles import PAGE_EDITOR, PLAN_EDITOR, PUBLISHER
from gspp.models import Measure
from tests.admin_forms import form_data
from tests.factories import UserFactory
from tests.support import verified_login

pytestmark = pytest.mark.django_db


def staff_client(role, **headers):
    user = UserFactory(is_staff=True)
    user.groups.add(Group.objects.get(name=role.name))
    return verified_login(Client(**headers), user), user


def edit_page(client, page, **changes):
    url = f"/admin/bps_portal/page/{page.pk}/change/"
    data = form_data(client.get(url), "page_form")
    data.update(changes)
    return client.post(url, data)


@pytest.fixture
def about(initial_data):
    return Page.objects.get(key="about")


@pytest.mark.parametrize(("language", "label"), [("fr", "Titre [nl]"), ("nl", "Titel [nl]")])
def test_the_history_says_who_changed_what_in_each_language(about, language, label):
    client, editor = staff_client(PUBLISHER)  # a publisher's save goes live; an editor's is a draft
    assert edit_page(client, about, title_nl="Wie is Brussel Preventie & Veiligheid?").status_code == 302
    body = about.body_fr.replace("Bruxelles", "la Région bruxelloise", 1)
    assert edit_page(client, about, body_fr=body).status_code == 302

    history = client.get(f"/admin/bps_portal/page/{about.pk}/history/", headers={"accept-language": language})
    html = history.content.decode()
    assert editor.username in html
    assert label in html and "<del>Over</del> <ins>Wie is</ins>" in html
    assert "<del>" in html and "<ins>la Région bruxelloise</ins>" in html.replace("\n", " ")


@pytest.mark.parametrize(
    ("language", "message"),
    [("fr", "Modification de Corps du texte [fr]."), ("nl", "Hoofdtekst [fr] gewijzigd.")],  # only what changed
)
def test_the_history_and_the_audit_log_word_the_change_in_the_readers_language(about, language, message):
    client, _editor = staff_client(PUBLISHER)
    assert edit_page(client, about, body_fr=about.body_fr.replace("Bruxelles", "Brussels", 1)).status_code == 302
    reader = {"accept-language": language}
    history = client.get(f"/admin/bps_portal/page/{about.pk}/history/", headers=reader).content.decode()
    assert message in history and "Body [fr]" not in history
    entry = AuditEntry.objects.filter(object_id=str(about.pk), action=AuditAction.CHANGE).latest("at")
    audit = client.get(f"/admin/bps_portal/auditentry/{entry.pk}/change/", headers=reader).content.decode()
    assert message in audit and "Body [fr]" not in audit


def test_a_page_saved_untouched_records_no_change(about):
    client, _editor = staff_client(PUBLISHER)
    assert edit_page(client, about).status_code == 302
    entry = AuditEntry.objects.filter(object_id=str(about.pk), action=AuditAction.CHANGE).latest("at")
    assert entry.changes == []


def test_a_publisher_restores_an_older_revision_as_a_new_one(about):
    editor, _user = staff_client(PUBLISHER)
    original = about.title_fr
    edit_page(editor, about, title_fr="Titre provisoire")
    edit_page(editor, about, title_fr="Titre erroné")
    versions = list(Version.objects.get_for_object(about))  # newest first
    publisher, user = staff_client(PUBLISHER)
    url = f"/admin/bps_portal/page/{about.pk}/history/{versions[1].pk}/"
    response = publisher.post(url, form_data(publisher.get(url), "page_form"))
    assert response.status_code == 302
    about.refresh_from_db()
    assert about.title_fr == "Titre provisoire" != original
    assert Version.objects.get_for_object(about).count() == len(versions) + 1
    assert AuditEntry.objects.filter(action=AuditAction.RESTORE, user=user, object_id=str(about.pk)).exists()


def test_an_editor_sees_an_old_version_but_cannot_restore_it(about):
    editor, _user = staff_client(PAGE_EDITOR)
    edit_page(editor, about, title_fr="Titre provisoire")
    version = Version.objects.get_for_object(about).first()
    url = f"/admin/bps_portal/page/{about.pk}/history/{version.pk}/"
    page = editor.get(url)
    assert page.status_code == 200
    assert editor.post(url, form_data(page, "page_form")).status_code == 403


def test_bulk_actions_and_the_initial_data_write_revisions(initial_data):
    measure = Measure.objects.get(area__edition__key="2021-2024", area__number=3, number=4)
    editor, user = staff_client(PLAN_EDITOR)
    editor.post("/admin/gspp/measure/", {"action": "mark_delayed", "_selected_action": [measure.pk], "index": 0})
    version = Version.objects.get_for_object(measure).select_related("revision").first()
    assert version.revision.user == user and version.field_dict["status"] == "delayed"
    assert version.revision.version_set.count() == 2, "the measure and its new progress update"

    call_command("load_initial_data", stdout=StringIO())  # creates nothing new here, still a revision
    Page.objects.get(key="privacy").delete()
    call_command("load_initial_data", "--recreate-deleted", stdout=StringIO())
    privacy = Page.objects.get(key="privacy")
    assert Version.objects.get_for_object(privacy).first().revision.get_comment() == "load_initial_data"


@pytest.mark.parametrize(("language", "words"), [("fr", "après que vous l’avez ouvert"), ("nl", "nadat u het opende")])
def test_a_save_from_an_older_version_is_refused_and_loses_nothing(about, language, words):
    first, first_user = staff_client(PUBLISHER)
    second, _user = staff_client(PUBLISHER, headers={"accept-language": language})
    url = f"/admin/bps_portal/page/{about.pk}/change/"
    first_form = form_data(first.get(url), "page_form")
    second_form = form_data(second.get(url), "page_form")

    first_form["title_fr"] = "La version de la première"
    assert first.post(url, first_form).status_code == 302
    second_form["title_fr"] = "La version de la seconde"
    refused = second.post(url, second_form)
    html = refused.content.decode()
    assert refused.status_code == 200
    assert words in html and first_user.username in html
    assert "La version de la seconde" in html, "what the second typed is still in the form"
    about.refresh_from_db()
    assert about.title_fr == "La version de la première"


@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks: PostgreSQL (CI runs it there)")
@pytest.mark.django_db(transaction=True)
def test_two_saves_at_the_same_moment_one_wins_one_is_refused(initial_data):
    about = Page.objects.get(key="about")
    url = f"/admin/bps_portal/page/{about.pk}/change/"
    clients = [staff_client(PUBLISHER)[0] for _ in range(2)]
    forms = [form_data(client.get(url), "page_form") for client in clients]
    start, answers = threading.Barrier(2), []

    def save(client, form, title):
        form["title_fr"] = title
        start.wait()
        answers.append(client.post(url, form).status_code)
        connection.close()

    threads = [
        threading.Thread(target=save, args=(client, form, f"Titre {number}"))
        for number, (client, form) in enumerate(zip(clients, forms, strict=True))
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert sorted(answers) == [200, 302]
    assert Page.objects.get(pk=about.pk).title_fr in ("Titre 0", "Titre 1")
