"""Publication of editorial pages: windows (scheduled publication and withdrawal), drafts, preview."""

import datetime

import pytest
from django.utils import timezone

from tests.factories import PageFactory

pytestmark = pytest.mark.django_db


def page_seen(client):
    texts = [
        client.get("/fr/page-programmee/").content.decode(),
        client.get("/sitemap.xml").content.decode(),
        client.get("/fr/recherche/", {"q": "Programmée"}).content.decode(),
    ]
    return ["Page programmée" in text or "page-programmee" in text for text in texts]


@pytest.mark.parametrize(
    ("window", "visible"),
    [({"publish_from": 60}, False), ({"publish_from": -60}, True), ({"unpublish_after": -60}, False)],
)
def test_a_page_is_public_only_within_its_window(initial_data, client, window, visible):
    now = timezone.now()
    PageFactory(
        key="programmee",
        slug_fr="page-programmee",
        title_fr="Page programmée",
        published=True,
        **{name: now + datetime.timedelta(seconds=seconds) for name, seconds in window.items()},
    )
    assert page_seen(client) == [visible] * 3


def test_withdrawal_comes_after_publication(db):
    from django.core.exceptions import ValidationError

    now = timezone.now()
    page = PageFactory.build(key="x", publish_from=now, unpublish_after=now - datetime.timedelta(days=1))
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "unpublish_after" in error.value.message_dict


# Drafts, preview, publish -----------------------------------------------------------------------


def role_client(role_name, **headers):
    from django.contrib.auth.models import Group
    from django.test import Client

    from bps_portal import roles
    from tests.factories import UserFactory
    from tests.support import verified_login

    user = UserFactory(is_staff=True)
    user.groups.add(Group.objects.get(name=getattr(roles, role_name).name))
    return verified_login(Client(**headers), user)


def change(client, url, form_id, **fields):
    from tests.admin_forms import form_data

    data = form_data(client.get(url), form_id)
    data.update(fields)
    return client.post(url, data)


@pytest.fixture
def about(initial_data):
    from bps_portal.models import Page

    return Page.objects.get(key="about")


def test_an_editors_change_to_a_published_page_waits_as_a_draft(about, client):
    from bps_portal.models import AuditAction, AuditEntry

    editor = role_client("PAGE_EDITOR")
    url = f"/admin/bps_portal/page/{about.pk}/change/"
    response = change(editor, url, "page_form", title_fr="Brouillon du titre", title_nl="Ontwerp van de titel")
    assert response.status_code == 302 and response["Location"] == url
    about.refresh_from_db()
    assert about.title_fr != "Brouillon du titre", "the public keeps the published version"
    for path in ("/fr/a-propos/", "/sitemap.xml", "/fr/recherche/?q=Brouillon", "/api/v1/"):
        assert "Brouillon du titre" not in client.get(path).content.decode(), path
    form = editor.get(url).content.decode()
    assert "Brouillon du titre" in form and "draft-notice" in form, "the editor goes on with the draft"
    assert AuditEntry.objects.filter(action=AuditAction.DRAFT, object_id=str(about.pk)).exists()


@pytest.mark.parametrize(
    ("language", "title", "banner"),
    [
        ("fr", "Brouillon du titre", "Aperçu d’un brouillon"),
        ("nl", "Ontwerp van de titel", "Voorbeeld van een ontwerp"),
    ],
)
def test_staff_preview_the_draft_in_each_language_not_indexed(about, language, title, banner):
    editor = role_client("PAGE_EDITOR")
    url = f"/admin/bps_portal/page/{about.pk}/change/"
    change(editor, url, "page_form", title_fr="Brouillon du titre", title_nl="Ontwerp van de titel")
    preview = editor.get(f"/admin/bps_portal/page/{about.pk}/preview/{language}/")
    html = preview.content.decode()
    assert preview.status_code == 200
    assert f'<html lang="{language}">' in html and title in html and banner in html
    assert '<meta name="robots" content="noindex, nofollow">' in html
    assert preview["X-Robots-Tag"] == "noindex, nofollow"
    assert "private" in preview["Cache-Control"]
    from django.test import Client

    assert Client().get(f"/admin/bps_portal/page/{about.pk}/preview/{language}/").status_code == 302


def test_a_publisher_publishes_the_draft_in_one_go(about, client):
    from reversion.models import Version

    from bps_portal import drafts
    from bps_portal.models import AuditAction, AuditEntry

    url = f"/admin/bps_portal/page/{about.pk}/change/"
    change(role_client("PAGE_EDITOR"), url, "page_form", title_fr="Titre revu")
    publisher = role_client("PUBLISHER")
    before = Version.objects.get_for_object(about).count()
    response = change(publisher, url, "page_form", _publish="1")  # the form shows the draft
    assert response.status_code == 302
    about.refresh_from_db()
    assert about.title_fr == "Titre revu" and drafts.draft_of(about) is None
    assert "Titre revu" in client.get("/fr/a-propos/").content.decode()
    assert Version.objects.get_for_object(about).count() == before + 1
    assert AuditEntry.objects.filter(action=AuditAction.PUBLISH, object_id=str(about.pk)).exists()


def test_new_pages_start_as_drafts_and_editors_cannot_publish_them(initial_data, client):
    from bps_portal.models import Page
    from tests.admin_forms import form_data

    editor = role_client("PAGE_EDITOR")
    data = form_data(editor.get("/admin/bps_portal/page/add/"), "page_form")
    assert "published" not in data, "the publication fields are the publishers'"
    data.update(key="nouvelle", title_fr="Nouvelle page", title_nl="Nieuwe pagina", slug_fr="nouvelle-page",
                slug_nl="nieuwe-pagina", published="on")  # fmt: skip
    assert editor.post("/admin/bps_portal/page/add/", data).status_code == 302
    page = Page.objects.get(key="nouvelle")
    assert page.published is False
    assert client.get("/fr/nouvelle-page/").status_code == 404
    assert editor.get(f"/admin/bps_portal/page/{page.pk}/preview/fr/").status_code == 200


def test_a_draft_can_be_discarded(about):
    from bps_portal import drafts

    editor = role_client("PAGE_EDITOR")
    url = f"/admin/bps_portal/page/{about.pk}/change/"
    change(editor, url, "page_form", title_fr="Idée abandonnée")
    assert drafts.draft_of(about) is not None
    assert editor.post(f"/admin/bps_portal/page/{about.pk}/discard-draft/").status_code == 302
    assert drafts.draft_of(about) is None
    assert "Idée abandonnée" not in editor.get(url).content.decode()


def test_two_editors_cannot_overwrite_each_others_draft(about):
    from bps_portal import drafts
    from tests.admin_forms import form_data

    first, second = role_client("PAGE_EDITOR"), role_client("PAGE_EDITOR")
    url = f"/admin/bps_portal/page/{about.pk}/change/"
    first_form, second_form = form_data(first.get(url), "page_form"), form_data(second.get(url), "page_form")
    assert first.post(url, {**first_form, "title_fr": "Version de la première"}).status_code == 302
    refused = second.post(url, {**second_form, "title_fr": "Version de la seconde"})
    assert refused.status_code == 200
    assert drafts.draft_of(about).data["title_fr"] == "Version de la première"


def test_a_measures_draft_keeps_its_partners_apart_and_its_progress_is_recorded_at_once(initial_data, client):
    import datetime

    from agencies.models import Actor
    from gspp.models import Measure

    measure = Measure.objects.get(area__edition__key="2021-2024", area__number=3, number=4)
    partner = Actor.objects.get(key="actiris")
    url = f"/admin/gspp/measure/{measure.pk}/change/"
    editor = role_client("PLAN_EDITOR")
    change(editor, url, "measure_form", title_fr="Campagnes revues", partner_actors=[str(partner.pk)],
           **{"progress_updates-2-0-date": datetime.date(2024, 5, 1).isoformat(),
              "progress_updates-2-0-status": "in_progress", "progress_updates-2-0-progress": "20"})  # fmt: skip
    measure.refresh_from_db()
    assert measure.title_fr != "Campagnes revues" and not measure.partner_actors.exists()
    assert (measure.status, measure.progress) == ("in_progress", 20), "a progress update is a record, not a draft"
    preview = editor.get(f"/admin/gspp/measure/{measure.pk}/preview/fr/").content.decode()
    assert "Campagnes revues" in preview and partner.name_fr in preview
    public = client.get(measure.get_absolute_url()).content.decode()
    assert "Campagnes revues" not in public and partner.name_fr not in public


@pytest.mark.parametrize("suffix", ["change/", "preview/fr/", "discard-draft/", "history/"])
def test_an_object_id_that_is_not_one_is_never_a_server_error(initial_data, staff_client, suffix):
    response = staff_client.get(f"/admin/bps_portal/page/1/change/widgets.css/{suffix}")
    assert response.status_code in (302, 403, 404)
