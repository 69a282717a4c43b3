import datetime

import pytest
from bs4 import BeautifulSoup

from gspp.models import Measure, PlanEdition, ProgressUpdate, ThematicArea
from tests.admin_forms import form_data
from tests.factories import MeasureFactory
from tests.query_budget import assert_constant_queries

pytestmark = pytest.mark.django_db


def test_initial_plan_matches_the_confirmed_facts(initial_data):
    current = PlanEdition.objects.get(status="current")
    assert (current.key, current.adoption_date) == ("2021-2024", datetime.date(2021, 1, 14))
    assert current.objectives.count() == 4
    titles = list(current.areas.order_by("number").values_list("title_nl", flat=True))
    assert titles[1] == "Polarisering en radicalisering" and titles[7] == "Smokkel en fraude" and len(titles) == 9
    past = PlanEdition.objects.get(key="2017-2020")
    assert (past.status, past.adoption_date, past.areas.count()) == ("past", datetime.date(2017, 2, 2), 10)
    # The measures a public source gives (gspp/initial_data/measures.toml); no number where none is printed.
    references = Measure.objects.filter(is_demo=False).values_list("area__number", "number")
    assert sorted(references, key=lambda ref: (ref[0], ref[1] or 0)) == [
        (1, None), (2, 1), (2, 5), (3, None), (3, None), (3, None), (3, 4), (5, 5)
    ]  # fmt: skip


def measure_form(staff_client, measure, language="fr"):
    url = f"/admin/gspp/measure/{measure.pk}/change/"
    return url, form_data(staff_client.get(url, headers={"accept-language": language}), "measure_form")


def test_a_progress_update_recorded_in_the_admin_sets_the_measure_and_the_rollup(initial_data, staff_client, client):
    measure = Measure.objects.get(area__number=3, number=4, area__edition__key="2021-2024")
    url, data = measure_form(staff_client, measure)
    data.update(
        {
            "progress_updates-2-0-date": "2024-06-01",
            "progress_updates-2-0-status": "in_progress",
            "progress_updates-2-0-progress": "45",
            "progress_updates-2-0-note_fr": "Campagne lancée",
            "progress_updates-2-0-note_nl": "Campagne gestart",
        }
    )
    response = staff_client.post(url, data)
    assert response.status_code == 302, BeautifulSoup(response.content, "html.parser").select(".errorlist")
    measure.refresh_from_db()
    assert (measure.status, measure.progress, measure.last_progress_date) == (
        "in_progress",
        45,
        datetime.date(2024, 6, 1),
    )
    area = ThematicArea.objects.with_rollup().get(pk=measure.area_id)
    assert area.average_progress == 45
    assert (
        "Campagne gestart"
        in client.get(
            measure.get_absolute_url()
            .replace("/fr/pgsp/", "/nl/gvpp/")
            .replace("mesures/" + measure.slug_fr, "maatregelen/" + measure.slug_nl)
        ).content.decode()
    )


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("fr", "Assurez-vous que cette valeur est inférieure ou égale à 100."),
        ("nl", "Zorg ervoor dat deze waarde hoogstens 100 is."),
    ],
)
def test_a_refused_save_writes_nothing_and_speaks_the_staff_language(initial_data, staff_client, language, message):
    measure = MeasureFactory(area=ThematicArea.objects.get(edition__key="2021-2024", number=1), number=7)
    url, data = measure_form(staff_client, measure, language)
    data.update(
        {
            "title_fr": "Titre modifié",
            "progress_updates-2-0-date": "2024-06-01",
            "progress_updates-2-0-status": "completed",
            "progress_updates-2-0-progress": "150",
        }
    )
    response = staff_client.post(url, data, headers={"accept-language": language})
    assert response.status_code == 200
    assert message in response.content.decode()
    measure.refresh_from_db()
    assert measure.title_fr != "Titre modifié"
    assert ProgressUpdate.objects.filter(measure=measure).count() == 0


def test_bulk_status_change_goes_through_progress_updates(initial_data, staff_client):
    measures = [
        MeasureFactory(area=ThematicArea.objects.get(edition__key="2021-2024", number=7), number=n) for n in (1, 2)
    ]
    response = staff_client.post(
        "/admin/gspp/measure/",
        {"action": "mark_delayed", "_selected_action": [m.pk for m in measures]},
        headers={"accept-language": "nl"},
        follow=True,
    )
    assert "2 maatregelen zijn nu ‘vertraagd’." in response.content.decode()
    for measure in measures:
        measure.refresh_from_db()
        assert measure.status == "delayed"
        assert measure.progress_updates.count() == 1


def test_search_by_reference_and_by_title_in_both_languages(initial_data, staff_client):
    for term in ("3.4", "sensibilisation", "sensibiliseringscampagnes"):
        soup = BeautifulSoup(staff_client.get("/admin/gspp/measure/", {"q": term}).content, "html.parser")
        assert [a.get_text() for a in soup.select("#result_list tbody th a")] == ["3.4"], term


def test_changed_slug_redirects_permanently_in_each_language(initial_data, staff_client, client):
    measure = Measure.objects.get(area__number=3, number=4, area__edition__key="2021-2024")
    old_fr, old_nl = measure.slug_fr, measure.slug_nl
    url, data = measure_form(staff_client, measure)
    data.update({"slug_fr": "campagnes-drogues", "slug_nl": "drugcampagnes"})
    assert staff_client.post(url, data).status_code == 302
    response = client.get(f"/fr/pgsp/2021-2024/mesures/{old_fr}/")
    assert response.status_code == 301 and response["Location"] == "/fr/pgsp/2021-2024/mesures/campagnes-drogues/"
    response = client.get(f"/nl/gvpp/2021-2024/maatregelen/{old_nl}/")
    assert response.status_code == 301 and response["Location"] == "/nl/gvpp/2021-2024/maatregelen/drugcampagnes/"
    assert client.get("/fr/pgsp/2021-2024/mesures/jamais-existe/").status_code == 404


def grow():
    """From a handful of measures to about a thousand."""
    from gspp.services import create_demo_measures

    create_demo_measures(PlanEdition.objects.get(key="2021-2024"), 1000)


@pytest.mark.parametrize(
    ("path", "budget"),
    [
        ("/fr/pgsp/", 8),
        ("/nl/gvpp/2017-2020/", 7),
        ("/fr/pgsp/2021-2024/drogues-et-assuetudes/", 8),
        ("/nl/gvpp/maatregelen/", 11),
        ("/fr/pgsp/mesures/?area=3&status=in_progress&status=delayed&sort=title&q=e", 13),
    ],
)
def test_plan_pages_run_a_fixed_number_of_queries(initial_data, client, path, budget):
    from gspp.services import create_demo_measures

    create_demo_measures(PlanEdition.objects.get(key="2021-2024"), 10, start=90000)
    assert_constant_queries(client, path, grow, budget)


def test_measure_page_runs_a_fixed_number_of_queries(initial_data, client):
    measure = Measure.objects.get(area__number=3, number=4, area__edition__key="2021-2024")
    assert_constant_queries(client, measure.get_absolute_url(), grow, 8)


def test_choice_lists_name_the_edition_and_objectives_come_from_the_measures_edition(initial_data, staff_client):
    measure = Measure.objects.get(area__number=3, number=4, area__edition__key="2021-2024")
    html = staff_client.get(f"/admin/gspp/measure/{measure.pk}/change/").content.decode()
    soup = BeautifulSoup(html, "html.parser")
    areas = [option.get_text() for option in soup.select("select[name=area] option") if option.get("value")]
    assert all(area.endswith(("(2021-2024)", "(2017-2020)")) for area in areas)
    objectives = [option.get_text() for option in soup.select("select[name=objectives] option")]
    assert objectives and all(objective.endswith("(2021-2024)") for objective in objectives)


@pytest.mark.parametrize(("language", "message"), [("fr", "déjà une mesure portant ce numéro"),
                                                   ("nl", "al een maatregel met dit nummer")])  # fmt: skip
def test_a_measure_number_taken_is_said_next_to_the_number(initial_data, staff_client, language, message):
    measure = MeasureFactory(area=ThematicArea.objects.get(edition__key="2021-2024", number=3), number=12)
    url, data = measure_form(staff_client, measure, language)
    data["number"] = "4"  # 3.4 exists
    response = staff_client.post(url, data, headers={"accept-language": language})
    soup = BeautifulSoup(response.content, "html.parser")
    assert response.status_code == 200 and message in soup.get_text()
    assert soup.select_one(".errorlist.nonfield") is None, "next to the field, not above the form"
