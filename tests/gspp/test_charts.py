"""Charts of the plan (issue 15): server-drawn SVG that is well-formed and CSP-clean, named by a title and a
summary that state the figures, the same figures in a table as in the database, in French and Dutch, a
sentence where there is nothing to draw, and a fixed number of queries however much there is to draw."""

import datetime
import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.db.models import Count
from django.utils import translation
from django.utils.text import capfirst
from django.utils.translation import gettext

from gspp import charts
from gspp.models import STATUSES_IN_PROGRESS_AVERAGE, Measure, MeasureStatus, PlanEdition, ThematicArea
from gspp.services import create_demo_measures, record_progress_update
from tests.factories import MeasureFactory, PlanEditionFactory, ThematicAreaFactory
from tests.query_budget import count_queries

pytestmark = pytest.mark.django_db

PLAN = {"fr": "/fr/pgsp/", "nl": "/nl/gvpp/"}
SVG_NAMESPACE = "{http://www.w3.org/2000/svg}"
CSS = Path(__file__).resolve().parents[2] / "static" / "css" / "main.css"


@pytest.fixture
def edition(initial_data):
    """The current edition with demonstration measures in every status, each with two dated updates."""
    edition = PlanEdition.objects.get(key="2021-2024")
    create_demo_measures(edition, 40)
    return edition


def edition_url(edition, language="fr"):
    with translation.override(language):
        return edition.get_absolute_url()


def get_page(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    html = response.content.decode()
    return html, BeautifulSoup(html, "html.parser")


def area_url(area, language):
    with translation.override(language):
        return area.get_absolute_url()


def svgs_of(html, figure_id):
    """The SVG elements of one figure, parsed as XML from the page's own bytes."""
    start = html.index(f'<figure class="chart" id="{figure_id}"')
    figure = html[start : html.index("</figure>", start)]
    parsed = [ET.fromstring(markup) for markup in re.findall(r"<svg\b.*?</svg>", figure, re.DOTALL)]
    assert all(svg.get("role") == "img" or svg.get("aria-hidden") == "true" for svg in parsed)
    return [svg for svg in parsed if svg.get("role") == "img"]  # not the legend's swatches


def assert_named_and_csp_clean(svg, soup):
    """An image named by elements of the page that say something; no inline style anywhere in it."""
    assert svg.get("role") == "img"
    assert svg.get("viewBox") and svg.get("width") == "100%"
    names = svg.get("aria-labelledby").split()
    assert len(names) >= 2
    for name in names:
        assert soup.find(id=name) is not None and soup.find(id=name).get_text(strip=True), name
    for element in svg.iter():
        assert element.tag != f"{SVG_NAMESPACE}style"
        assert "style" not in element.attrib
        assert not any(key.startswith("on") for key in element.attrib)


def database_counts(edition):
    """{area number: {status: count}} of the published measures, counted by the ORM on its own."""
    counts = {}
    rows = (
        Measure.objects.published()
        .filter(area__edition=edition)
        .order_by()
        .values_list("area__number", "status")
        .annotate(count=Count("id"))
    )
    for number, status, count in rows:
        counts.setdefault(number, {})[status] = count
    return counts


def table_groups(table):
    """{area number: [(row header, cell)]}, one group per <tbody>, as the table shows them."""
    groups = {}
    for body in table.find_all("tbody"):
        name = body.find("th", scope="rowgroup").get_text(strip=True)
        number = int(name.split(".")[0])
        groups[number] = [
            (row.th.get_text(strip=True), [cell.get_text(strip=True) for cell in row.find_all("td")])
            for row in body.find_all("tr")
            if row.td is not None
        ]
    return groups


def status_labels():
    return {capfirst(str(label)): status for status, label in MeasureStatus.choices}


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_the_plan_draws_its_measures_by_status_as_well_formed_named_svg(edition, client, language):
    html, soup = get_page(client, PLAN[language])
    (svg,) = svgs_of(html, "chart-status")
    assert_named_and_csp_clean(svg, soup)
    areas = ThematicArea.objects.filter(edition=edition)
    # One bar per area, a segment per status that has measures, each filled by a pattern the SVG defines.
    patterns = {pattern.get("id") for pattern in svg.iter(f"{SVG_NAMESPACE}pattern")}
    segments = [rect for rect in svg.iter(f"{SVG_NAMESPACE}rect") if rect.get("class") == "chart__segment"]
    expected = database_counts(edition)
    assert len(segments) == sum(len(by_status) for by_status in expected.values())
    assert {re.fullmatch(r"url\(#(.+)\)", rect.get("fill")).group(1) for rect in segments} <= patterns
    totals = [text.text for text in svg.iter(f"{SVG_NAMESPACE}text") if text.get("class") == "chart__total"]
    assert totals == [str(sum(expected.get(area.number, {}).values())) for area in areas.order_by("number")]
    # The legend names each status drawn, with the same pattern.
    legend = soup.select_one("#chart-status .chart-legend")
    with translation.override(language):
        drawn = {status for by_status in expected.values() for status in by_status}
        assert [item.get_text(strip=True) for item in legend.find_all("li")] == [
            capfirst(str(label)) for status, label in MeasureStatus.choices if status in drawn
        ]
    assert {rect["fill"] for rect in legend.find_all("rect")} == {rect.get("fill") for rect in segments}


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_the_data_table_and_the_summary_state_the_counts_of_the_database(edition, client, language):
    _html, soup = get_page(client, PLAN[language])
    expected = database_counts(edition)
    with translation.override(language):
        labels = status_labels()
        groups = table_groups(soup.select_one("#chart-status table"))
        summary = soup.select_one("#chart-status-summary").get_text()
        part = gettext("%(label)s: %(count)s")
    assert set(groups) == set(ThematicArea.objects.filter(edition=edition).values_list("number", flat=True))
    for number, rows in groups.items():
        by_status = dict(rows[:-1])
        assert {labels[label]: int(cells[0]) for label, cells in by_status.items()} == expected.get(number, {})
        assert int(rows[-1][1][0]) == sum(expected.get(number, {}).values())  # the total
    # The summary gives each area's counts in the order of the statuses, as the text of a sentence.
    with translation.override(language):
        for number, by_status in expected.items():
            parts = [
                part % {"label": label, "count": by_status[status]}
                for status, label in MeasureStatus.choices
                if status in by_status
            ]
            total = sum(by_status.values())
            assert re.search(rf"\b{number}\D+\b{total}\D+{re.escape(', '.join(parts))}", summary), (number, summary)


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_an_area_page_draws_its_own_measures_by_status(edition, client, language):
    area = ThematicArea.objects.get(edition=edition, number=3)
    html, soup = get_page(client, area_url(area, language))
    (svg,) = svgs_of(html, "chart-area")
    assert_named_and_csp_clean(svg, soup)
    expected = database_counts(edition)[3]
    texts = svg.iter(f"{SVG_NAMESPACE}text")
    counts = [int(text.text) for text in texts if "chart__count" in text.get("class").split()]
    assert sorted(counts) == sorted(expected.values())  # a bar of 300 units has room for every count
    with translation.override(language):
        labels = status_labels()
        (rows,) = table_groups(soup.select_one("#chart-area table")).values()
    assert {labels[label]: int(cells[0]) for label, cells in rows[:-1]} == expected
    assert rows[-1][1] == [str(sum(expected.values()))]


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_the_plan_draws_average_progress_over_time_per_area(edition, client, language):
    html, soup = get_page(client, PLAN[language])
    svgs = svgs_of(html, "chart-progress")
    areas = ThematicArea.objects.filter(edition=edition)
    assert len(svgs) == areas.count()  # every area has demonstration measures with updates
    for svg in svgs:
        assert_named_and_csp_clean(svg, soup)
        assert svg.find(f"{SVG_NAMESPACE}polyline") is not None
    with translation.override(language):
        rule = charts.progress_by_area(edition, ThematicArea.objects.filter(edition=edition).with_rollup()).rule
    assert rule in soup.select_one("#chart-progress-summary").get_text()
    groups = table_groups(soup.select_one("#chart-progress table"))
    assert set(groups) == set(areas.values_list("number", flat=True))
    # Demonstration updates are dated from June 2023 to December 2024: by quarter, Q2 2023 to Q4 2024.
    assert {len(rows) for rows in groups.values()} == {7}


@pytest.fixture
def small_plan(initial_data):
    """An edition of one area whose measures' updates are known: what the averages must be is worked out."""
    area = ThematicAreaFactory(edition=PlanEditionFactory(status="past"), number=1)
    first, second, third, fourth = (MeasureFactory(area=area, status="not_reported", progress=0) for _ in range(4))
    hidden = MeasureFactory(area=area, published=False)
    updates = [
        (first, datetime.date(2024, 1, 15), "in_progress", 20),
        (first, datetime.date(2024, 5, 10), "in_progress", 60),
        (second, datetime.date(2024, 2, 1), "planned", 0),
        (second, datetime.date(2024, 8, 1), "abandoned", 0),  # out from then on
        (third, datetime.date(2024, 4, 1), "not_reported", 0),  # never counted
        (fourth, datetime.date(2024, 6, 30), "completed", 100),  # counted at the end of June
        (hidden, datetime.date(2024, 3, 1), "in_progress", 90),  # not published: never counted
    ]
    for measure, date, status, progress in updates:
        record_progress_update(measure, date=date, status=status, progress=progress)
    return area


def test_each_point_averages_the_latest_progress_of_each_counted_measure(small_plan, client):
    _html, soup = get_page(client, edition_url(small_plan.edition))
    (rows,) = table_groups(soup.select_one("#chart-progress table")).values()
    figures = [[int(re.sub(r"\D", "", cell)) for cell in cells] for _period, cells in rows]
    # End of March: 20 and 0 (planned); end of June: 60, 0 and 100; end of September: 60 and 100.
    assert figures == [[10, 2], [53, 3], [80, 2]]
    # The last point is the area's average as the roll-up counts it, with the same statuses.
    area = ThematicArea.objects.with_rollup().get(pk=small_plan.pk)
    assert round(area.average_progress) == 80
    assert set(STATUSES_IN_PROGRESS_AVERAGE) == {"planned", "in_progress", "completed", "delayed"}


def test_updates_years_apart_are_shown_by_year():
    periods = charts.periods_between(datetime.date(2021, 3, 1), datetime.date(2024, 1, 2))
    assert [period.label for period in periods] == ["2021", "2022", "2023", "2024"]
    assert periods[-1].end == datetime.date(2024, 12, 31)
    with translation.override("en"):
        quarters = charts.periods_between(datetime.date(2023, 11, 30), datetime.date(2024, 4, 1))
    assert [period.end for period in quarters] == [
        datetime.date(2023, 12, 31),
        datetime.date(2024, 3, 31),
        datetime.date(2024, 6, 30),
    ]


def test_an_area_without_updates_says_so_in_words_instead_of_a_chart(small_plan, client):
    other = ThematicAreaFactory(edition=small_plan.edition, number=2)
    MeasureFactory(area=other)  # published, no update
    html, soup = get_page(client, edition_url(small_plan.edition))
    assert len(svgs_of(html, "chart-progress")) == 1  # the area with updates only
    items = soup.select("#chart-progress .chart-multiple")
    assert len(items) == 2 and items[1].find("svg") is None
    with translation.override("fr"):
        assert items[1].select_one(".chart-multiple__summary").get_text() == gettext("No progress reported yet.")


def test_no_line_is_drawn_across_a_period_where_no_measure_counts(small_plan, client):
    other = ThematicAreaFactory(edition=small_plan.edition, number=2)
    measure = MeasureFactory(area=other)
    record_progress_update(measure, date=datetime.date(2024, 1, 10), status="in_progress", progress=30)
    record_progress_update(measure, date=datetime.date(2024, 4, 10), status="abandoned", progress=30)
    record_progress_update(measure, date=datetime.date(2024, 8, 10), status="in_progress", progress=50)
    html, soup = get_page(client, edition_url(small_plan.edition))
    svg = svgs_of(html, "chart-progress")[1]
    assert svg.find(f"{SVG_NAMESPACE}polyline") is None
    assert len(svg.findall(f"{SVG_NAMESPACE}circle")) == 2
    rows = table_groups(soup.select_one("#chart-progress table"))[2]
    assert [[re.sub(r"\D", "", cell) for cell in cells] for _period, cells in rows] == [
        ["30", "1"],
        ["", "0"],
        ["50", "1"],
    ]


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_an_edition_without_measures_shows_sentences_instead_of_empty_charts(initial_data, client, language):
    past = PlanEdition.objects.get(key="2017-2020")
    assert not Measure.objects.filter(area__edition=past).exists()
    _html, soup = get_page(client, edition_url(past, language))
    for figure_id in ("chart-status", "chart-progress"):
        figure = soup.find("figure", id=figure_id)
        assert figure.figcaption.get_text(strip=True)
        assert figure.select_one(".chart__empty").get_text(strip=True)
        assert figure.find("svg") is None and figure.find("table") is None


def test_an_edition_with_measures_but_no_update_shows_a_sentence_for_progress_over_time(initial_data, client):
    _html, soup = get_page(client, PLAN["nl"])
    assert soup.select_one("#chart-status svg[role=img]") is not None  # the seed measures, not reported
    progress = soup.find("figure", id="chart-progress")
    assert progress.select_one(".chart__empty") is not None and progress.find("svg") is None


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_an_area_without_measures_shows_a_sentence(initial_data, client, language):
    area = ThematicArea.objects.get(edition__key="2021-2024", number=4)
    assert not area.measures.exists()
    _html, soup = get_page(client, area_url(area, language))
    figure = soup.find("figure", id="chart-area")
    assert figure.select_one(".chart__empty").get_text(strip=True)
    assert figure.find("svg") is None


def test_the_charts_run_a_fixed_number_of_queries_however_many_measures_and_updates(initial_data, client):
    edition = PlanEdition.objects.get(key="2021-2024")
    area = ThematicArea.objects.get(edition=edition, number=3)
    measure = area.measures.first()
    record_progress_update(measure, date=datetime.date(2024, 2, 1), status="in_progress", progress=10)
    paths = [PLAN["fr"], edition_url(edition, "nl"), area_url(area, "fr")]
    for path in paths:
        client.get(path)  # warm-up: what the portal keeps between requests
    before = {path: count_queries(client, path)[0] for path in paths}
    create_demo_measures(edition, 300)
    for day in range(1, 20):
        record_progress_update(measure, date=datetime.date(2024, 3, day), status="in_progress", progress=10 + day)
    after = {path: count_queries(client, path)[0] for path in paths}
    assert after == before
    # The status bars come from the roll-up the page had already; progress over time is one query.
    html, _soup = get_page(client, PLAN["fr"])
    assert len(svgs_of(html, "chart-progress")) == 9


def test_every_status_has_its_own_fill_shape_and_high_contrast_keeps_them():
    from django.template.loader import render_to_string

    chart = charts.StatusChart("c", "t", "s", [], legend=list(MeasureStatus.choices))
    defs = ET.fromstring(render_to_string("gspp/_chart_patterns.html", {"chart": chart}))
    shapes = Counter()
    for pattern in defs:
        shapes[tuple((child.tag, tuple(sorted(child.attrib.items()))) for child in pattern)] += 1
    assert len(shapes) == len(MeasureStatus.choices) and set(shapes.values()) == {1}
    css = CSS.read_text()
    forced = css[css.index("@media (forced-colors: active)") :]
    assert "forced-color-adjust: none" in forced and "CanvasText" in forced
