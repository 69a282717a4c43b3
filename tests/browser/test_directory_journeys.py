"""Directory journeys in a real Chromium: finding a police zone, a partner's login, a staff edit."""

import pytest
from django.contrib.auth.models import Group

from agencies.models import Actor, ContactPoint
from bps_portal.roles import PARTNER
from tests.browser.support import log_in_as_staff
from tests.factories import ContactPointFactory, UserFactory
from tests.support import PARTNER_PHONE, shows_phone

PASSWORD = "correct horse battery staple"


@pytest.mark.parametrize(
    ("language", "postcode", "commune", "zone_number"),
    [("fr", "1060", "Saint-Gilles", "5341"), ("nl", "1180", "Ukkel", "5342")],
)
def test_a_citizen_finds_the_police_zone_of_their_postcode(
    site_data, live_server, page, language, postcode, commune, zone_number
):
    page.goto(f"{live_server.url}/{language}/")
    page.locator(".main-nav a[href$='/zones-de-police/'], .main-nav a[href$='/politiezones/']").click()
    page.get_by_label("Postcode" if language == "nl" else "Code postal").fill(postcode)
    page.locator("form.finder button[type=submit]").click()
    card = page.locator(".zone-card")
    assert card.count() == 1
    assert card.locator("h3").inner_text() == commune
    zone = Actor.objects.get(zone_number=zone_number)
    assert card.locator("a").first.inner_text() == zone.name_fr if language == "fr" else zone.name_nl
    card.locator("a").first.click()
    assert page.locator("h1").inner_text().startswith(getattr(zone, f"name_{language}"))


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_a_partner_logs_in_and_sees_the_partners_only_number(site_data, live_server, page, chromium, language):
    zone = Actor.objects.get(zone_number="5341")
    ContactPointFactory(
        actor=zone, label_fr="Ligne partenaires", label_nl="Partnerlijn", phone=PARTNER_PHONE, visibility="partners"
    )
    partner = UserFactory(groups=[Group.objects.get(name=PARTNER.name)])
    zone_url = live_server.url + (
        f"/fr/partenaires/{zone.slug_fr}/" if language == "fr" else f"/nl/partners/{zone.slug_nl}/"
    )

    anonymous = chromium.new_context().new_page()
    anonymous.goto(zone_url)
    assert not shows_phone(anonymous.content(), PARTNER_PHONE)
    anonymous.context.close()

    page.goto(zone_url)
    page.locator(".account a").click()
    page.locator("#id_username").fill(partner.username)
    page.locator("#id_password").fill(PASSWORD)
    page.locator(".login-form button[type=submit]").click()
    page.goto(zone_url)
    assert page.get_by_role("link", name="02 555 01 23").is_visible()
    page.locator(".account button").click()
    page.goto(zone_url)
    assert not shows_phone(page.content(), PARTNER_PHONE)


def test_staff_add_a_contact_point_in_the_admin_and_it_appears_on_the_page(site_data, live_server, page):
    log_in_as_staff(page, live_server)
    actiris = Actor.objects.get(key="actiris")
    page.goto(f"{live_server.url}/admin/agencies/actor/{actiris.pk}/change/")
    page.locator("#contact_points-group .add-row a").click()
    form = page.locator("#contact_points-0")
    form.locator("#id_contact_points-0-label_fr").fill("Guichet de Saint-Gilles")
    form.get_by_role("tab", name="Nederlands").first.click()
    form.locator("#id_contact_points-0-label_nl").fill("Loket Sint-Gillis")
    form.locator("#id_contact_points-0-phone").fill("02 505 14 11")
    page.locator("input[name=_save]").click()
    page.wait_for_url(f"{live_server.url}/admin/agencies/actor/")
    assert ContactPoint.objects.filter(actor=actiris, label_nl="Loket Sint-Gillis").exists()

    page.goto(f"{live_server.url}/nl/partners/{actiris.slug_nl}/")
    assert page.get_by_role("heading", name="Loket Sint-Gillis").is_visible()
    page.goto(f"{live_server.url}/fr/partenaires/{actiris.slug_fr}/")
    assert page.get_by_role("heading", name="Guichet de Saint-Gilles").is_visible()
    call = page.get_by_role("link", name="02 505 14 11")
    assert call.is_visible() and call.get_attribute("href") == "tel:+3225051411"
