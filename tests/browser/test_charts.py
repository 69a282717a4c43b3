"""The plan's charts in a real Chromium (issue 15): no axe violation, closed or open, in French and Dutch;
they fit a 320-pixel screen with text that stays legible; "Show the data" opens a table of the same
figures as the database."""

import pytest
from django.utils import translation
from django.utils.text import capfirst

from gspp.models import MeasureStatus, PlanEdition, ThematicArea
from gspp.services import create_demo_measures
from tests.browser.support import axe_violations
from tests.gspp.test_charts import database_counts

PLAN = {"fr": "/fr/pgsp/", "nl": "/nl/gvpp/"}

# The rendered size of the smallest text of the charts, in CSS pixels.
SMALLEST_TEXT = """() => Array.from(document.querySelectorAll('.chart svg[role=img] text')).reduce(
    (smallest, text) => Math.min(smallest, parseFloat(getComputedStyle(text).fontSize)
        * text.ownerSVGElement.getBoundingClientRect().width / text.ownerSVGElement.viewBox.baseVal.width),
    Infinity)"""


@pytest.fixture
def charted_plan(site_data):
    """The current edition with measures in every status, each with dated updates."""
    edition = PlanEdition.objects.get(key="2021-2024")
    create_demo_measures(edition, 30)
    return edition


def chart_pages(edition, language):
    area = ThematicArea.objects.get(edition=edition, number=3)
    with translation.override(language):
        return [PLAN[language], area.get_absolute_url()]


def open_the_data(page):
    for summary in page.locator(".chart__data summary").all():
        summary.click()
    assert page.locator(".chart__data[open] table").count() == page.locator(".chart__data").count() > 0


def counts_in_table(table, language):
    """{area number: {status: count}} read from the table as a visitor sees it, totals checked on the way."""
    with translation.override(language):
        statuses = {capfirst(str(label)): status for status, label in MeasureStatus.choices}
    counts = {}
    for body in table.locator("tbody").all():
        number = int(body.locator("th[scope=rowgroup]").inner_text().split(".")[0])
        rows = [
            (row.locator("th").inner_text().strip(), int(row.locator("td").inner_text()))
            for row in body.locator("tr:has(td)").all()
        ]
        *by_status, (_total_label, total) = rows
        counts[number] = {statuses[label]: count for label, count in by_status}
        assert sum(counts[number].values()) == total
    return {number: by_status for number, by_status in counts.items() if by_status}


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_axe_finds_no_violation_on_the_charts_closed_or_open(charted_plan, live_server, chromium, language):
    context = chromium.new_context(locale=f"{language}-BE")
    page = context.new_page()
    found = {}
    for path in chart_pages(charted_plan, language):
        page.goto(live_server.url + path)
        assert page.locator(".chart svg[role=img]").count() > 0
        found[path] = axe_violations(page)
        open_the_data(page)
        found[f"{path} (data shown)"] = axe_violations(page)
    context.close()
    assert {path: violations for path, violations in found.items() if violations} == {}


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_the_charts_fit_320_pixels_with_legible_text(charted_plan, live_server, chromium, language):
    context = chromium.new_context(viewport={"width": 320, "height": 640}, locale=f"{language}-BE")
    page = context.new_page()
    for path in chart_pages(charted_plan, language):
        page.goto(live_server.url + path)
        open_the_data(page)
        scroll_width = page.evaluate("document.documentElement.scrollWidth")
        assert scroll_width <= 320, f"{path} is {scroll_width}px wide at 320px"
        for chart in page.locator(".chart svg[role=img]").all():
            box = chart.bounding_box()
            assert box["x"] >= 0 and box["x"] + box["width"] <= 320, path
        assert page.evaluate(SMALLEST_TEXT) >= 11.9, path  # 12 px, give or take rounding
    context.close()


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_show_the_data_opens_a_table_of_the_counts_in_the_database(charted_plan, live_server, chromium, language):
    context = chromium.new_context(locale=f"{language}-BE")
    page = context.new_page()
    expected = database_counts(charted_plan)
    plan, area_path = chart_pages(charted_plan, language)

    page.goto(live_server.url + plan)
    table = page.locator("#chart-status table")
    assert not table.is_visible()
    page.locator("#chart-status .chart__data summary").click()
    assert table.is_visible()
    assert counts_in_table(table, language) == expected

    page.goto(live_server.url + area_path)
    page.locator("#chart-area .chart__data summary").click()
    assert counts_in_table(page.locator("#chart-area table"), language) == {3: expected[3]}
    context.close()
