"""Empty and past states written for people (issue 16): no download of contact details that are not
there, "no progress reported yet" said once, a plan that ended spoken of in the past, a breadcrumb that
does not repeat itself, an area's percentage that says what it counts. French and Dutch."""

import pytest
from bs4 import BeautifulSoup
from django.utils import translation
from django.utils.translation import gettext, ngettext

from gspp.models import Measure, MeasureStatus, PlanEdition, ThematicArea
from tests.factories import ActorFactory, ContactPointFactory, MeasureFactory

pytestmark = pytest.mark.django_db

LANGUAGES = ("fr", "nl")
PLAN = {"fr": "/fr/pgsp/", "nl": "/nl/gvpp/"}


def page(client, obj_or_path, language):
    with translation.override(language):
        path = obj_or_path if isinstance(obj_or_path, str) else obj_or_path.get_absolute_url()
    response = client.get(path)
    assert response.status_code == 200, path
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_vcard_link_for_an_actor_without_contact_details(client, initial_data, language):
    bare = ActorFactory(phone="")
    with translation.override(language):
        soup = page(client, bare, language)
        assert gettext("We do not have confirmed contact details for this actor yet.") in soup.get_text()
        assert gettext("Download the contact details (vCard)") not in soup.get_text()
        reachable = page(client, ActorFactory(phone="+32 2 507 99 11"), language)
        assert gettext("Download the contact details (vCard)") in reachable.get_text()


def test_a_public_contact_point_alone_is_worth_a_vcard(client, initial_data):
    actor = ActorFactory(phone="")
    ContactPointFactory(actor=actor, phone="+32 2 279 00 00")
    with translation.override("fr"):
        assert gettext("Download the contact details (vCard)") in page(client, actor, "fr").get_text()


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_measure_with_nothing_reported_says_so_once(client, initial_data, language):
    measure = Measure.objects.get(area__edition__key="2021-2024", area__number=3, number=4)
    assert measure.status == MeasureStatus.NOT_REPORTED and not measure.progress_updates.exists()
    main = page(client, measure, language).find("main").get_text(" ").lower()
    with translation.override(language):
        said = str(MeasureStatus.NOT_REPORTED.label).lower()
        assert main.count(said) == 1, main
        assert gettext("No progress has been reported for this measure yet.").lower() not in main
        assert gettext("Implementation timeline").lower() not in main


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_past_edition_is_spoken_of_in_the_past(client, initial_data, language):
    soup = page(client, f"{PLAN[language]}2017-2020/", language)
    text = soup.find("main").get_text(" ")
    with translation.override(language):
        assert gettext("No progress was reported.") in text
        assert gettext("No progress reported yet.") not in text
    current = page(client, PLAN[language], language).find("main").get_text(" ")
    with translation.override(language):
        assert gettext("No progress was reported.") not in current


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_breadcrumb_names_each_level_once(client, initial_data, language):
    measure = Measure.objects.get(area__edition__key="2021-2024", area__number=3, number=4)
    for target in (measure, measure.area, f"{PLAN[language]}2017-2020/"):
        crumbs = [item.get_text(" ", strip=True) for item in page(client, target, language).select(".breadcrumbs li")]
        assert len(set(crumbs)) == len(crumbs), crumbs
        with translation.override(language):
            plan_name = gettext("Global Security and Prevention Plan")
        assert sum(plan_name in crumb for crumb in crumbs) == 1, crumbs


def test_the_measure_title_follows_french_and_dutch_punctuation(client, initial_data):
    measure = Measure.objects.get(area__edition__key="2021-2024", area__number=3, number=4)
    assert page(client, measure, "fr").title.get_text().startswith("Mesure 3.4\u00a0: ")
    assert page(client, measure, "nl").title.get_text().startswith("Maatregel 3.4: ")


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_area_card_says_what_its_percentage_counts(client, initial_data, language):
    area = ThematicArea.objects.get(edition__key="2021-2024", number=3)
    statuses = (("in_progress", 40), ("completed", 100), ("abandoned", 10), ("abandoned", 0))
    for number, (status, progress) in enumerate(statuses, start=200):
        MeasureFactory(area=area, number=number, status=status, progress=progress)
    soup = page(client, PLAN[language], language)
    card = soup.find("a", href=lambda href: href == page_url(area, language)).find_parent("li")
    rolled = ThematicArea.objects.with_rollup().get(pk=area.pk)
    averaged = rolled.measure_count - rolled.count_abandoned - rolled.count_not_reported
    left_out = rolled.count_abandoned + rolled.count_not_reported
    with translation.override(language):
        assert ngettext("Average of %(counter)s measure.", "Average of %(counter)s measures.", averaged) % {
            "counter": averaged
        } in card.get_text(" ", strip=True)
        expected = ngettext(
            "%(counter)s measure left out: abandoned, or with no progress reported.",
            "%(counter)s measures left out: abandoned, or with no progress reported.",
            left_out,
        ) % {"counter": left_out}
        assert expected in card.get_text(" ", strip=True)
    assert PlanEdition.objects.get(key="2021-2024").status == "current"


def page_url(obj, language):
    with translation.override(language):
        return obj.get_absolute_url()
