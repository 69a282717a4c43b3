import pytest
from bs4 import BeautifulSoup

from gspp.models import Measure, PlanEdition, ThematicArea
from tests.factories import ActorFactory, MeasureFactory

pytestmark = pytest.mark.django_db

PLAN = {"fr": "/fr/pgsp/", "nl": "/nl/gvpp/"}


def soup_of(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return BeautifulSoup(response.content, "html.parser")


def area_3(initial_data=None):
    return ThematicArea.objects.get(edition__key="2021-2024", number=3)


@pytest.mark.parametrize(
    ("language", "first", "last"),
    [
        ("fr", "Intégrité physique et psychique des personnes", "Gestion de crise et résilience"),
        ("nl", "Fysieke en psychische menselijke integriteit", "Crisisbeheer en veerkracht"),
    ],
)
def test_plan_shows_the_current_edition_with_its_nine_areas(initial_data, client, language, first, last):
    soup = soup_of(client, PLAN[language])
    assert "2021-2024" in soup.h1.get_text()
    areas = [card.h3.get_text(" ", strip=True) for card in soup.select(".area-card")]
    assert len(areas) == 9
    assert areas[0] == f"1. {first}" and areas[-1] == f"9. {last}"
    assert len(soup.select(".objectives li")) == 4
    assert soup.find("a", href=f"/{language}/{'pgsp' if language == 'fr' else 'gvpp'}/2017-2020/")


def test_area_progress_is_a_labelled_bar_with_the_figure_in_text(initial_data, client):
    area = area_3()
    MeasureFactory(area=area, number=20, status="in_progress", progress=40)
    soup = soup_of(client, PLAN["fr"])
    card = soup.select(".area-card")[2]
    bar = card.find("progress")
    assert bar["value"] == "40" and bar["max"] == "100"
    assert soup.find(id=bar["aria-labelledby"]).get_text(strip=True) == "40 % réalisé"
    assert f"{area.measures.count()} mesures" in card.get_text()  # the seed's and this one


def test_past_edition_keeps_its_ten_themes_and_falls_back_to_french(initial_data, client):
    from gspp.models import ThematicArea

    cards = soup_of(client, "/nl/gvpp/2017-2020/").select(".area-card")
    assert len(cards) == 10
    assert "Eigendomsdelicten" in cards[4].get_text()
    ThematicArea.objects.filter(edition__key="2017-2020", number=5).update(title_nl="")
    untranslated = soup_of(client, "/nl/gvpp/2017-2020/").select(".area-card")[4].find("a")
    assert untranslated["lang"] == "fr" and "Atteintes aux biens" in untranslated.get_text()


def test_measure_page_shows_reference_state_actors_and_timeline(initial_data, client):
    from gspp.services import record_progress_update

    lead, partner = ActorFactory(name_fr="Pilote"), ActorFactory(name_fr="Partenaire")
    measure = MeasureFactory(area=area_3(), number=12, lead_actor=lead, slug_fr="ma-mesure")
    measure.partner_actors.add(partner)
    import datetime

    record_progress_update(measure, date=datetime.date(2024, 5, 2), status="delayed", progress=35, note_fr="Retard")
    soup = soup_of(client, "/fr/pgsp/2021-2024/mesures/ma-mesure/")
    assert soup.h1.get_text(" ", strip=True).startswith("Mesure 3.12")
    facts = soup.select_one(".measure__facts").get_text(" ", strip=True)
    assert "Retardée" in facts and "35 % réalisé" in facts and "2 mai 2024" in facts
    assert soup.find("a", href=lead.get_absolute_url()) and soup.find("a", href=partner.get_absolute_url())
    assert "Retard" in soup.select_one(".timeline").get_text()
    crumbs = [li.get_text(strip=True) for li in soup.select(".breadcrumbs li")]
    assert crumbs[-1] == "Mesure 3.12"


def test_measure_3_4_is_published_without_invented_progress(initial_data, client):
    measure = Measure.objects.get(area=area_3(), number=4)
    soup = soup_of(client, measure.get_absolute_url())
    assert "Aucun avancement" in soup.select_one(".measure__facts").get_text()
    assert soup.select_one(".timeline") is None


def test_switching_language_on_a_measure_leads_to_the_same_measure(initial_data, client):
    measure = MeasureFactory(area=area_3(), number=30, slug_fr="mesure-fr", slug_nl="maatregel-nl")
    soup = soup_of(client, "/fr/pgsp/2021-2024/mesures/mesure-fr/")
    assert (
        soup.select_one(".language-switcher a[hreflang=nl]")["href"] == "/nl/gvpp/2021-2024/maatregelen/maatregel-nl/"
    )
    assert measure.pk


def test_missing_dutch_title_shows_the_french_one_with_a_notice(initial_data, client):
    MeasureFactory(
        area=area_3(), number=31, title_nl="", slug_nl="zonder-titel", title_fr="Titre seulement en français"
    )
    soup = soup_of(client, "/nl/gvpp/2021-2024/maatregelen/zonder-titel/")
    assert soup.select_one(".fallback-notice") is not None
    assert soup.h1.find("span", lang="fr").get_text() == "Titre seulement en français"


def test_unpublished_measure_appears_nowhere_public(initial_data, client):
    lead = ActorFactory(slug_fr="pilote-secret")
    hidden = MeasureFactory(
        area=area_3(), number=40, published=False, title_fr="Mesure secrète", slug_fr="secrete", lead_actor=lead
    )
    assert client.get("/fr/pgsp/2021-2024/mesures/secrete/").status_code == 404
    for path in (
        PLAN["fr"],
        area_3().get_absolute_url(),
        "/fr/pgsp/mesures/",
        "/fr/pgsp/mesures/?q=secrete",
        "/fr/partenaires/pilote-secret/",
    ):
        assert "Mesure secrète" not in client.get(path).content.decode(), path
    finder = soup_of(client, "/fr/pgsp/mesures/?area=3")
    shown = Measure.objects.filter(area=area_3(), published=True).count()
    assert finder.select_one(".result-count").get_text(strip=True) == f"{shown} mesures trouvées"
    assert hidden.pk


def test_draft_editions_are_not_public(initial_data, client):
    PlanEdition.objects.create(key="2025-2028", period_start=2025, period_end=2028, title_fr="Projet", status="draft")
    assert client.get("/fr/pgsp/2025-2028/").status_code == 404
    assert "Projet" not in client.get(PLAN["fr"]).content.decode()


def test_actor_page_lists_the_measures_it_leads_and_supports(initial_data, client):
    actor = ActorFactory(slug_fr="acteur-mesures")
    MeasureFactory(area=area_3(), number=50, lead_actor=actor, title_fr="Pilotée par l’acteur")
    supported = MeasureFactory(area=area_3(), number=51, title_fr="Soutenue par l’acteur")
    supported.partner_actors.add(actor)
    soup = soup_of(client, "/fr/partenaires/acteur-mesures/")
    section = soup.find(id="measures-title").parent.get_text()
    assert "Pilotée par l’acteur" in section and "Soutenue par l’acteur" in section


def test_area_page_lists_its_measures_in_natural_order_and_its_actors(initial_data, client):
    area = area_3()
    worker = ActorFactory(name_fr="Acteur du domaine")
    worker.thematic_areas.add(area)
    for number in (10, 9, 2):
        MeasureFactory(area=area, number=number)
    soup = soup_of(client, area.get_absolute_url())
    references = [ref.get_text() for ref in soup.select(".measure-item .reference")]
    assert references == ["3.2", "3.4", "3.9", "3.10", "3.–", "3.–", "3.–"]  # then the seed's unnumbered
    assert "Acteur du domaine" in soup.find(id="actors-title").parent.get_text()


def test_measure_page_describes_the_measure_in_json_ld(initial_data, client):
    import json

    lead = ActorFactory(name_fr="Pilote")
    MeasureFactory(area=area_3(), number=60, lead_actor=lead, status="completed", slug_fr="jsonld")
    soup = soup_of(client, "/fr/pgsp/2021-2024/mesures/jsonld/")
    data = json.loads(soup.find("script", type="application/ld+json").string)
    assert (data["@type"], data["identifier"], data["actionStatus"]) == ("Action", "3.60", "CompletedActionStatus")
    assert data["agent"]["name"] == "Pilote"


def test_home_describes_the_organisation_in_json_ld(initial_data, client):
    import json

    soup = soup_of(client, "/nl/")
    data = json.loads(soup.find("script", type="application/ld+json").string)
    assert data["@type"] == "GovernmentOrganization" and data["name"] == "Brussel Preventie & Veiligheid"


def scheduled_measure(**window):
    from tests.factories import MeasureFactory

    area = ThematicArea.objects.get(edition__key="2021-2024", number=7)  # no measure of the seed data
    return MeasureFactory(
        area=area,
        number=77,
        title_fr="Mesure programmée",
        title_nl="Geplande maatregel",
        slug_fr="mesure-programmee-sonde",
        **window,
    )


def public_channels(client, measure):
    """Everything an anonymous visitor can read about measures, as text."""
    from django.utils import translation

    with translation.override("fr"):
        page = client.get(measure.get_absolute_url())
    channels = {
        "page": page.content.decode() if page.status_code == 200 else "",
        "finder": client.get("/fr/pgsp/mesures/", {"area": "7"}).content.decode(),
        "csv": client.get("/fr/pgsp/mesures/", {"area": "7", "format": "csv"}).content.decode(),
        "api": client.get("/api/v1/measures/", {"area": "7"}).content.decode(),
        "search": client.get("/fr/recherche/", {"q": "programmée"}).content.decode(),
        "sitemap": client.get("/sitemap.xml").content.decode(),
        "area": client.get("/nl/gvpp/2021-2024/").content.decode(),
    }
    return {name: ("Mesure programmée" in text or measure.slug_fr in text) for name, text in channels.items()}


@pytest.mark.parametrize(
    ("window", "visible"),
    [
        ({"publish_from": -1}, True),
        ({"publish_from": 3600}, False),
        ({"unpublish_after": -1}, False),
        ({"unpublish_after": 3600}, True),
        ({"publish_from": -60, "unpublish_after": 3600}, True),
    ],
)
def test_publication_windows_hold_on_every_channel(initial_data, client, window, visible):
    import datetime

    from django.utils import timezone

    now = timezone.now()
    measure = scheduled_measure(**{name: now + datetime.timedelta(seconds=s) for name, s in window.items()})
    seen = public_channels(client, measure)
    expected = dict.fromkeys(seen, visible)
    expected["area"] = False  # the edition page counts measures; it does not list them by name
    assert seen == expected
    area = ThematicArea.objects.with_rollup().get(pk=measure.area_id)
    assert area.measure_count == (1 if visible else 0)


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_an_area_page_shows_its_measures_25_at_a_time(initial_data, client, language):
    from django.utils import translation

    area = ThematicArea.objects.get(edition__key="2021-2024", number=7)  # no measure of the seed data
    for number in range(1, 31):
        MeasureFactory(area=area, number=number)
    with translation.override(language):
        url = area.get_absolute_url()
    first = soup_of(client, url)
    assert len(first.select(".measure-item")) == 25
    next_link = first.select_one(".pagination a[rel=next]")["href"]
    second = soup_of(client, url + next_link)
    assert [ref.get_text() for ref in second.select(".measure-item .reference")] == [f"7.{n}" for n in range(26, 31)]
