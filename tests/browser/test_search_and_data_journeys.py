"""Being found and taking the data away, in a real Chromium."""

import csv
import io
from pathlib import Path

from gspp.models import PlanEdition, ThematicArea
from gspp.services import create_demo_measures


def test_a_dutch_word_typed_on_the_french_site_reaches_the_item(site_data, live_server, page):
    page.goto(f"{live_server.url}/fr/")
    page.locator(".main-nav a[href='/fr/recherche/']").click()
    page.get_by_label("Rechercher sur le portail").fill("verslavingen")
    page.locator(".search-form button[type=submit]").click()
    area = ThematicArea.objects.get(edition__key="2021-2024", number=3)
    page.locator("#kind-areas + .result-list a", has_text=area.title_fr).first.click()
    assert page.url == f"{live_server.url}/fr/pgsp/2021-2024/{area.slug_fr}/"
    assert area.title_fr in page.locator("h1").inner_text()


def test_the_csv_download_holds_exactly_the_rows_on_screen(site_data, live_server, page):
    create_demo_measures(PlanEdition.objects.get(key="2021-2024"), 24)
    page.goto(f"{live_server.url}/nl/gvpp/maatregelen/")
    page.get_by_label("Thema", exact=True).select_option(index=5)
    page.get_by_label("lopend").check()
    page.get_by_role("button", name="Filters toepassen").click()
    on_screen = page.locator(".measure-item .reference").all_inner_texts()
    assert on_screen
    with page.expect_download() as download:
        page.locator(".export-links a", has_text="CSV").click()
    text = Path(download.value.path()).read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [row["reference"] for row in rows] == on_screen
