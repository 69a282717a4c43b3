"""Editions compared (issue 15): a measure records the measures of the previous edition it carries on;
the plan shows per thematic area what continued, what is new and what was not carried over, with links
both ways; the 2017-2020 themes line up with the 2021-2024 areas as data (continuations.toml), each
link with its source or shown as our reading. French and Dutch; a fixed number of queries."""

import pytest
from bs4 import BeautifulSoup
from django.utils import translation
from django.utils.translation import gettext

from gspp.models import AreaContinuation, Measure, PlanEdition, ThematicArea
from gspp.services import create_demo_measures, link_demo_continuations
from tests.admin_forms import form_data
from tests.factories import MeasureFactory
from tests.query_budget import assert_constant_queries

pytestmark = pytest.mark.django_db

COMPARISON = {"fr": "/fr/pgsp/2021-2024/comparaison/", "nl": "/nl/gvpp/2021-2024/vergelijking/"}
LANGUAGES = ("fr", "nl")


def area(edition, number):
    return ThematicArea.objects.get(edition__key=edition, number=number)


def url_of(obj, language):
    with translation.override(language):
        return obj.get_absolute_url()


def soup_of(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return BeautifulSoup(response.content, "html.parser")


def hrefs(element):
    return [link["href"] for link in element.find_all("a")]


@pytest.fixture
def lineage(initial_data):
    """Area 1 of 2017-2020 has two measures; of 2021-2024's area 1, one continues the first, one is new;
    theme 9 of 2017-2020, taken up by area 8, has a measure nothing carries on; a draft of 2021-2024 that
    continues the second earlier measure counts for nothing (the public does not see it)."""
    old_1, new_1 = area("2017-2020", 1), area("2021-2024", 1)
    kept = MeasureFactory(area=old_1, number=1, title_fr="Ancienne mesure gardée", title_nl="Oude behouden maatregel")
    dropped = MeasureFactory(area=old_1, number=2, title_fr="Ancienne mesure lâchée", title_nl="Oude losgelaten")
    orphan = MeasureFactory(area=area("2017-2020", 9), number=1, title_fr="Crime organisé", title_nl="Misdaad")
    carrying = MeasureFactory(area=new_1, number=50, title_fr="Mesure qui continue", title_nl="Voortgezette")
    carrying.continues.add(kept)
    fresh = MeasureFactory(area=new_1, number=51, title_fr="Mesure nouvelle", title_nl="Nieuwe maatregel")
    draft = MeasureFactory(area=new_1, number=52, published=False)
    draft.continues.add(dropped)
    return {"kept": kept, "dropped": dropped, "orphan": orphan, "carrying": carrying, "fresh": fresh}


def test_the_themes_line_up_as_the_data_file_says(initial_data):
    links = {
        (link.area.number, link.earlier_area.number): link.source
        for link in AreaContinuation.objects.select_related("area__edition", "earlier_area__edition")
    }
    assert set(links) == {(1, 1), (2, 2), (3, 3), (4, 4), (5, 5), (6, 6), (7, 7), (8, 8), (8, 9), (9, 10)}
    assert all(
        link.area.edition.key == "2021-2024" and link.earlier_area.edition.key == "2017-2020"
        for link in AreaContinuation.objects.all()
    )
    assert set(links.values()) == {None}  # our reading: no source prints the table


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_area_lists_what_continued_what_is_new_and_what_was_dropped(client, lineage, language):
    soup = soup_of(client, COMPARISON[language])
    section = soup.find("section", id="area-1")
    with translation.override(language):
        headings = [h3.get_text(" ", strip=True) for h3 in section.find_all("h3")]
        assert headings == [
            f"{gettext('Continued')} (1)",
            f"{gettext('New')} (2)",
            f"{gettext('Not carried over')} (1)",
        ]
        lists = section.find_all("ul", class_="comparison-list")
        continued, new, dropped = lists
        # Links both ways: the measure that continues and the one it continues.
        assert hrefs(continued) == [url_of(lineage["carrying"], language), url_of(lineage["kept"], language)]
        assert url_of(lineage["fresh"], language) in hrefs(new)
        assert hrefs(dropped) == [url_of(lineage["dropped"], language)]
        assert "/5" not in str(new)  # the draft is not shown
        assert gettext("our reading of the two plans") in section.get_text()
    # Theme 9 of 2017-2020 is taken up by area 8: its measure nothing carries on is listed there.
    assert hrefs(soup.find("section", id="area-8").find_all("ul", class_="comparison-list")[-1]) == [
        url_of(lineage["orphan"], language)
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_summary_table_counts_the_database(client, lineage, language):
    create_demo_measures(PlanEdition.objects.get(key="2021-2024"), 18)
    create_demo_measures(PlanEdition.objects.get(key="2017-2020"), 9, start=500)
    link_demo_continuations(PlanEdition.objects.get(key="2021-2024"))
    soup = soup_of(client, COMPARISON[language])
    rows = soup.find("table", class_="comparison-summary").find("tbody").find_all("tr")
    shown = Measure.objects.published()
    for row, area_ in zip(rows, ThematicArea.objects.filter(edition__key="2021-2024").order_by("number"), strict=True):
        continued, new, dropped = (int(cell.get_text()) for cell in row.find_all("td", class_="numeric"))
        measures = shown.filter(area=area_)
        assert continued == measures.filter(continues__in=shown).distinct().count()
        assert new == measures.exclude(continues__in=shown).count()
        earlier = shown.filter(area__later_continuations__area=area_).distinct()
        carried_on = shown.filter(continued_by__in=shown)
        # An earlier theme taken up by two areas lists its dropped measures under the first of them.
        first_taker = {
            link.earlier_area_id: link.area_id for link in AreaContinuation.objects.order_by("-area__number")
        }
        expected = [m for m in earlier.exclude(pk__in=carried_on) if first_taker[m.area_id] == area_.pk]
        assert dropped == len(expected), area_.number


@pytest.mark.parametrize("language", LANGUAGES)
def test_measure_pages_link_both_ways(client, lineage, language):
    with translation.override(language):
        later = soup_of(client, url_of(lineage["carrying"], language))
        facts = later.find("dl", class_="measure__facts")
        assert url_of(lineage["kept"], language) in hrefs(facts)
        assert f"{COMPARISON[language]}#area-1" in hrefs(facts)
        earlier = soup_of(client, url_of(lineage["kept"], language))
        facts = earlier.find("dl", class_="measure__facts")
        assert gettext("Continued by") in facts.get_text()
        assert url_of(lineage["carrying"], language) in hrefs(facts)
        # The dropped measure names no successor: the draft that continues it is not public.
        dropped = soup_of(client, url_of(lineage["dropped"], language)).find("dl", class_="measure__facts")
        assert gettext("Continued by") not in dropped.get_text()


@pytest.mark.parametrize("language", LANGUAGES)
def test_area_pages_say_which_themes_they_take_up_and_where_a_theme_went(client, initial_data, language):
    with translation.override(language):
        later = soup_of(client, url_of(area("2021-2024", 8), language)).find(
            "section", attrs={"aria-labelledby": "editions-title"}
        )
        assert url_of(area("2017-2020", 8), language) in hrefs(later)
        assert url_of(area("2017-2020", 9), language) in hrefs(later)
        assert f"{COMPARISON[language]}#area-8" in hrefs(later)
        earlier = soup_of(client, url_of(area("2017-2020", 10), language))
        section = earlier.find("section", attrs={"aria-labelledby": "editions-title"})
        assert url_of(area("2021-2024", 9), language) in hrefs(section)
        assert f"{COMPARISON[language]}#area-9" in hrefs(section)


@pytest.mark.parametrize("language", LANGUAGES)
def test_edition_pages_link_to_the_comparison(client, initial_data, language):
    plans = {"fr": "/fr/pgsp/", "nl": "/nl/gvpp/"}
    for path in (plans[language], f"{plans[language]}2017-2020/"):
        assert COMPARISON[language] in hrefs(soup_of(client, path).find("main"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_with_no_earlier_measure_on_the_portal_the_page_says_so(client, initial_data, language):
    soup = soup_of(client, COMPARISON[language])
    with translation.override(language):
        assert gettext("Unknown: the portal shows no measure of the earlier plan.") in soup.get_text()


def test_the_first_edition_has_nothing_to_compare_with(client, initial_data):
    assert client.get("/fr/pgsp/2017-2020/comparaison/").status_code == 404
    assert client.get("/nl/gvpp/2099-2102/vergelijking/").status_code == 404


def test_the_comparison_runs_a_fixed_number_of_queries(client, lineage):
    def grow():
        create_demo_measures(PlanEdition.objects.get(key="2021-2024"), 200)
        create_demo_measures(PlanEdition.objects.get(key="2017-2020"), 100, start=5000)
        link_demo_continuations(PlanEdition.objects.get(key="2021-2024"))

    assert_constant_queries(client, COMPARISON["fr"], grow, 9)


@pytest.mark.parametrize("language", LANGUAGES)
def test_staff_record_what_a_measure_continues_in_the_admin(staff_client, lineage, language):
    staff_client.cookies["django_language"] = language
    measure = lineage["fresh"]
    url = f"/admin/gspp/measure/{measure.pk}/change/"
    data = form_data(staff_client.get(url), "measure_form")
    data["continues"] = [str(lineage["carrying"].pk)]  # same edition: refused
    response = staff_client.post(url, data)
    with translation.override(language):
        assert gettext("Choose measures of an earlier edition of the plan.") in response.content.decode()
    assert not measure.continues.exists()
    data["continues"] = [str(lineage["dropped"].pk)]
    assert staff_client.post(url, data).status_code == 302
    assert list(measure.continues.all()) == [lineage["dropped"]]


def test_the_autocomplete_offers_measures_of_earlier_editions(staff_client, lineage):
    response = staff_client.get(
        "/admin/autocomplete/",
        {"app_label": "gspp", "model_name": "measure", "field_name": "continues", "term": "Ancienne"},
    )
    assert {item["id"] for item in response.json()["results"]} == {str(lineage["kept"].pk), str(lineage["dropped"].pk)}
    response = staff_client.get(
        "/admin/autocomplete/",
        {"app_label": "gspp", "model_name": "measure", "field_name": "continues", "term": "continue"},
    )
    assert response.json()["results"] == []


def test_a_theme_taken_up_must_be_of_an_earlier_edition(staff_client, initial_data):
    later = area("2021-2024", 2)
    url = f"/admin/gspp/thematicarea/{area('2017-2020', 2).pk}/change/"
    data = form_data(staff_client.get(url), "thematicarea_form")
    prefix = "continuations"
    index = int(data[f"{prefix}-TOTAL_FORMS"])
    data[f"{prefix}-TOTAL_FORMS"] = str(index + 1)
    data[f"{prefix}-{index}-earlier_area"] = str(later.pk)
    response = staff_client.post(url, data)
    assert response.status_code == 200
    assert gettext("Choose a thematic area of an earlier edition.") in response.content.decode()
    assert not AreaContinuation.objects.filter(area__edition__key="2017-2020").exists()
