import datetime

import pytest
from bs4 import BeautifulSoup

from agencies.models import Actor, ContactPoint
from tests.admin_forms import form_data
from tests.factories import ActorFactory, ContactPointFactory, UserFactory
from tests.support import verified_login

pytestmark = pytest.mark.django_db


def test_staff_add_a_partners_only_contact_point_inline(initial_data, staff_client):
    zone = Actor.objects.get(zone_number="5341")
    url = f"/admin/agencies/actor/{zone.pk}/change/"
    data = form_data(staff_client.get(url), "actor_form")
    prefix = "contact_points"
    data.update(
        {
            f"{prefix}-TOTAL_FORMS": "1",
            f"{prefix}-0-label_fr": "Dispatching pour partenaires",
            f"{prefix}-0-label_nl": "Dispatching voor partners",
            f"{prefix}-0-visibility": "partners",
            f"{prefix}-0-phone": "+32 2 555 01 23",
            f"{prefix}-0-languages": ["fr", "nl"],
            f"{prefix}-0-position": "0",
        }
    )
    response = staff_client.post(url, data)
    assert response.status_code == 302, BeautifulSoup(response.content, "html.parser").select(".errorlist")
    point = ContactPoint.objects.get(actor=zone)
    assert (point.label_nl, point.visibility, point.languages) == (
        "Dispatching voor partners",
        "partners",
        ["fr", "nl"],
    )


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_a_number_typed_the_belgian_way_is_stored_internationally_and_shown_back_nationally(
    initial_data, staff_client, language
):
    actor = Actor.objects.get(key="actiris")
    url = f"/admin/agencies/actor/{actor.pk}/change/"
    data = form_data(staff_client.get(url, headers={"accept-language": language}), "actor_form")
    data["phone"] = "02 505 14 11"
    assert staff_client.post(url, data, headers={"accept-language": language}).status_code == 302
    assert Actor.objects.filter(pk=actor.pk, phone="+3225051411").exists()
    form = BeautifulSoup(staff_client.get(url, headers={"accept-language": language}).content, "html.parser")
    assert form.find("input", attrs={"name": "phone"})["value"] == "02 505 14 11"


@pytest.mark.parametrize(
    ("language", "message"),
    [("fr", "Saisissez un numéro de téléphone valide"), ("nl", "Vul een geldig telefoonnummer in")],
)
def test_invalid_phone_is_refused_in_the_staff_members_language(initial_data, staff_client, language, message):
    actor = Actor.objects.get(key="actiris")
    url = f"/admin/agencies/actor/{actor.pk}/change/"
    data = form_data(staff_client.get(url, headers={"accept-language": language}), "actor_form")
    data["phone"] = "12345"
    response = staff_client.post(url, data, headers={"accept-language": language})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert Actor.objects.get(pk=actor.pk).phone != "12345"


def test_list_filters(initial_data, staff_client):
    fresh = ActorFactory(name_fr="Service frais")
    ContactPointFactory(actor=fresh, last_verified=datetime.date.today())
    stale = ActorFactory(name_fr="Service ancien")
    ContactPointFactory(actor=stale, last_verified=datetime.date.today() - datetime.timedelta(days=400))
    untranslated = ActorFactory(name_fr="Seulement français", name_nl="", description_nl="")

    def listed(query):
        soup = BeautifulSoup(staff_client.get("/admin/agencies/actor/", query).content, "html.parser")
        return {a.get_text(strip=True) for a in soup.select("#result_list tbody th a")}

    assert "Service ancien" in listed({"verified": "stale"}) and "Service frais" not in listed({"verified": "stale"})
    assert "Seulement français" in listed({"translation": "nl_missing"})
    assert "Seulement français" not in listed({"translation": "fr_missing"})
    assert len(listed({"actor_type__id__exact": Actor.objects.get(zone_number="5339").actor_type_id})) == 6
    assert untranslated.pk


def test_search_on_both_languages_and_acronyms(initial_data, staff_client):
    for term in ("Brandweer", "SIAMU", "Sint-Jans"):
        html = staff_client.get("/admin/agencies/actor/", {"q": term}).content.decode()
        assert "0 résultat" not in html and "0 resultaten" not in html, term


def test_parent_autocomplete(initial_data, staff_client):
    response = staff_client.get(
        "/admin/autocomplete/",
        {"term": "mobil", "app_label": "agencies", "model_name": "actor", "field_name": "parent"},
    )
    assert response.status_code == 200
    assert any("Mobilit" in result["text"] for result in response.json()["results"])


def test_slugs_are_prefilled_per_language(staff_client, db):
    soup = BeautifulSoup(staff_client.get("/admin/agencies/actor/add/").content, "html.parser")
    fields = {tag["id"]: tag for tag in soup.select("[data-prepopulated-fields]")}
    assert fields or soup.find(id="django-admin-prepopulated-fields-constants")
    constants = soup.find(id="django-admin-prepopulated-fields-constants")["data-prepopulated-fields"]
    assert '"#id_slug_fr"' in constants and '"#id_name_fr"' in constants
    assert '"#id_slug_nl"' in constants and '"#id_name_nl"' in constants


def test_directory_editors_can_edit_actors_and_partners_cannot(staff_client, editor_group, partner_group, client):
    editor = UserFactory(is_staff=True, groups=[editor_group])
    partner = UserFactory(is_staff=True, groups=[partner_group])
    assert editor.has_perm("agencies.change_actor") and editor.has_perm("agencies.add_contactpoint")
    assert not partner.has_perm("agencies.change_actor")
    assert partner.has_perm("agencies.view_partner_contacts")
    verified_login(client, partner)
    assert client.get("/admin/agencies/actor/").status_code == 403


def staff_with(*codenames):
    from django.contrib.auth.models import Permission

    user = UserFactory(is_staff=True)
    user.user_permissions.set(Permission.objects.filter(codename__in=codenames))
    return user


def test_partners_only_contact_points_stay_hidden_in_the_admin_without_the_permission(zone_with_partner_line, client):
    from tests.support import PARTNER_PHONE, PUBLIC_PHONE, shows_phone

    verified_login(client, staff_with("view_actor", "change_actor", "view_contactpoint", "change_contactpoint"))
    url = f"/admin/agencies/actor/{zone_with_partner_line.pk}/change/"
    page = client.get(url, headers={"accept-language": "fr"})
    html = page.content.decode()
    assert shows_phone(html, PUBLIC_PHONE) and not shows_phone(html, PARTNER_PHONE)
    assert "1 point de contact réservé aux partenaires ne vous est pas montré" in html
    soup = BeautifulSoup(html, "html.parser")
    choices = [option["value"] for option in soup.select("select[name=contact_points-0-visibility] option")]
    assert choices == ["public"]
    assert client.post(url, form_data(page, "actor_form")).status_code == 302
    assert zone_with_partner_line.contact_points.filter(phone=PARTNER_PHONE).exists(), "kept as it was"


def test_directory_editors_see_and_edit_partners_only_lines(zone_with_partner_line, client, editor_group):
    from tests.support import PARTNER_PHONE, shows_phone

    verified_login(client, UserFactory(is_staff=True, groups=[editor_group]))
    html = client.get(f"/admin/agencies/actor/{zone_with_partner_line.pk}/change/").content.decode()
    assert shows_phone(html, PARTNER_PHONE)


def test_the_portal_owner_record_keeps_its_key_and_cannot_be_deleted(initial_data, staff_client):
    bps = Actor.objects.get(key="bps")
    page = staff_client.get(f"/admin/agencies/actor/{bps.pk}/change/")
    assert 'name="key"' not in page.content.decode()
    assert staff_client.get(f"/admin/agencies/actor/{bps.pk}/delete/").status_code == 403
    staff_client.post(
        "/admin/agencies/actor/", {"action": "delete_selected", "_selected_action": [bps.pk], "index": 0, "post": "yes"}
    )
    assert Actor.objects.filter(key="bps").exists()


def test_an_actor_leading_a_measure_is_kept_until_the_measure_has_another_lead(initial_data, staff_client):
    from gspp.models import Measure

    measure = Measure.objects.get(area__edition__key="2021-2024", area__number=3, number=4)
    cores = Actor.objects.get(key="cores")
    measure.lead_actor = cores
    measure.save()
    page = staff_client.get(f"/admin/agencies/actor/{cores.pk}/delete/", headers={"accept-language": "nl"})
    html = page.content.decode()
    assert page.status_code == 200 and "3.4" in html and "kan niet worden verwijderd" in html
    staff_client.post(f"/admin/agencies/actor/{cores.pk}/delete/", {"post": "yes"})
    assert Actor.objects.filter(pk=cores.pk).exists()
