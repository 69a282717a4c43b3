"""What people do on the portal, in both languages, in a real Chromium."""

import pytest

from bps_portal.models import Page
from tests.browser.support import log_in_as_staff


@pytest.mark.parametrize(
    ("start", "other", "expected"), [("/fr/a-propos/", "nl", "/nl/over-ons/"), ("/nl/over-ons/", "fr", "/fr/a-propos/")]
)
def test_switching_language_lands_on_the_same_page(site_data, live_server, page, start, other, expected):
    page.goto(live_server.url + start)
    page.get_by_role("navigation", name=page.get_attribute(".language-switcher", "aria-label")).get_by_role(
        "link"
    ).click()
    assert page.url == live_server.url + expected
    assert page.get_attribute("html", "lang") == other
    about = Page.objects.get(key="about")
    assert page.locator("h1").inner_text() == getattr(about, f"title_{other}")


def test_staff_edit_the_dutch_text_and_only_the_dutch_page_changes(site_data, live_server, page):
    french_before = Page.objects.get(key="about").title_fr
    log_in_as_staff(page, live_server)
    about = Page.objects.get(key="about")
    page.goto(f"{live_server.url}/admin/bps_portal/page/{about.pk}/change/")
    page.get_by_role("tab", name="Nederlands").first.click()
    page.fill("#id_title_nl", "Wie zijn wij? Brussel Preventie & Veiligheid")
    page.click("input[name=_publish]")  # the page is published: a publisher publishes the change
    page.wait_for_url(f"{live_server.url}/admin/bps_portal/page/")

    page.goto(live_server.url + "/nl/over-ons/")
    assert page.locator("h1").inner_text() == "Wie zijn wij? Brussel Preventie & Veiligheid"
    page.goto(live_server.url + "/fr/a-propos/")
    assert page.locator("h1").inner_text() == french_before
