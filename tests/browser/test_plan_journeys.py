"""Plan journeys in a real Chromium: finding measures, switching language, recording progress."""

from gspp.models import Measure, PlanEdition, ThematicArea
from gspp.services import create_demo_measures
from tests.browser.support import log_in_as_staff


def test_a_citizen_filters_area_3_in_progress_opens_a_measure_and_switches_to_dutch(site_data, live_server, page):
    create_demo_measures(PlanEdition.objects.get(key="2021-2024"), 30)
    page.goto(f"{live_server.url}/fr/pgsp/")
    page.get_by_role("link", name="Trouver une mesure").first.click()
    page.get_by_label("Thématique", exact=True).select_option(
        label=ThematicArea.objects.get(edition__key="2021-2024", number=3).__str__()
    )
    page.get_by_label("en cours").check()
    page.get_by_role("button", name="Appliquer les filtres").click()
    items = page.locator(".measure-item")
    expected = Measure.objects.filter(
        area__number=3, area__edition__key="2021-2024", status="in_progress", published=True
    )
    assert items.count() == expected.count() > 0
    assert "area=3" in page.url and "status=in_progress" in page.url

    items.first.locator("a").click()
    opened = page.url.removeprefix(live_server.url)
    measure = next(m for m in expected if m.get_absolute_url() == opened)
    assert page.locator(".status").first.inner_text() == "En cours"

    page.locator(".language-switcher a[hreflang=nl]").click()
    assert page.url == f"{live_server.url}/nl/gvpp/2021-2024/maatregelen/{measure.slug_nl}/"
    assert page.get_attribute("html", "lang") == "nl"
    assert measure.title_nl in page.locator("h1").inner_text()


def test_staff_record_progress_and_the_measure_page_and_area_rollup_show_it(site_data, live_server, page):
    measure = Measure.objects.get(area__number=3, number=4, area__edition__key="2021-2024")
    log_in_as_staff(page, live_server)
    page.goto(f"{live_server.url}/admin/gspp/measure/{measure.pk}/change/")
    row = page.locator("#progress_updates-2-group tbody tr.form-row").first  # the new update
    row.locator("input[name$='-date']").fill("2024-09-15")
    row.locator("select[name$='-status']").select_option("in_progress")
    row.locator("input[name$='-progress']").fill("35")
    page.locator("input[name=_publish]").click()
    page.wait_for_url(f"{live_server.url}/admin/gspp/measure/")

    page.goto(live_server.url + measure.get_absolute_url())
    facts = page.locator(".measure__facts").inner_text()
    assert "35 % réalisé" in facts and "15 septembre 2024" in facts
    page.goto(live_server.url + measure.area.get_absolute_url())
    assert "35 % réalisé" in page.locator("#progress-area").inner_text()
