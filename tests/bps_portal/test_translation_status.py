"""Translation status in the admin: French or Dutch missing, one language older than the other."""

import pytest
from bs4 import BeautifulSoup

from agencies.models import Actor
from bps_portal.models import Page
from tests.admin_forms import form_data
from tests.factories import ActorFactory

pytestmark = pytest.mark.django_db


def listed(staff_client, path, state):
    soup = BeautifulSoup(staff_client.get(path, {"translation": state}).content, "html.parser")
    return {row.get_text(" ", strip=True) for row in soup.select("#result_list tbody th")}


def test_a_language_is_missing_when_a_required_field_or_a_text_of_the_other_language_is_empty(
    initial_data, staff_client
):
    ActorFactory(name_fr="Seulement en français", name_nl="", description_nl="")
    ActorFactory(name_fr="Description sans néerlandais", name_nl="Beschrijving", description_nl="")
    ActorFactory(name_fr="Rien à traduire", name_nl="Niets te vertalen", description_fr="", description_nl="")
    missing = listed(staff_client, "/admin/agencies/actor/", "nl_missing")
    assert "Seulement en français" in missing and "Description sans néerlandais" in missing
    assert "Rien à traduire" not in missing


def test_a_text_changed_in_one_language_flags_the_other_until_updated_or_checked(initial_data, staff_client):
    about = Page.objects.get(key="about")
    url = f"/admin/bps_portal/page/{about.pk}/change/"
    page = staff_client.get(url)
    staff_client.post(url, {**form_data(page, "page_form"), "title_fr": "À propos (revu)"})
    assert "À propos (revu)" in listed(staff_client, "/admin/bps_portal/page/", "nl_outdated")

    page = staff_client.get(url)
    staff_client.post(url, {**form_data(page, "page_form"), "title_nl": "Over ons (herzien)"})
    assert listed(staff_client, "/admin/bps_portal/page/", "nl_outdated") == set()

    page = staff_client.get(url)
    staff_client.post(url, {**form_data(page, "page_form"), "body_nl": "<p>Nieuwe tekst.</p>"})
    assert "À propos (revu)" in listed(staff_client, "/admin/bps_portal/page/", "fr_outdated")
    staff_client.post(
        "/admin/bps_portal/page/",
        {"action": "mark_translations_checked", "_selected_action": [about.pk], "index": 0},
    )
    assert listed(staff_client, "/admin/bps_portal/page/", "fr_outdated") == set()


@pytest.mark.parametrize(("language", "heading"), [("fr", "Traductions à faire"), ("nl", "Te doen vertalingen")])
def test_the_admin_home_counts_what_is_left_to_translate(initial_data, staff_client, language, heading):
    ActorFactory(name_fr="Seulement en français", name_nl="")
    html = staff_client.get("/admin/", headers={"accept-language": language}).content.decode()
    soup = BeautifulSoup(html, "html.parser")
    module = soup.select_one("#translation-todo")
    assert module is not None and heading in module.get_text()
    assert module.select_one('a[href="/admin/agencies/actor/?translation=nl_missing"]') is not None
    assert Actor.objects.filter(name_nl="").exists()
