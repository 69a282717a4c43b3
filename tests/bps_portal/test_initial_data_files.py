"""Initial content as data files (issue 13): sourced records, a checked load, corrections that
reach what staff have not changed, and pages that say how much of the plan they show."""

import io
import re
import shutil
import tomllib
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command

from agencies import initial_data as directory
from agencies.models import Actor, ContactPoint, Municipality
from bps_portal import initial_data as portal
from bps_portal.models import Citation, Page, SeedRecord, Source
from bps_portal.seed import DataFileError, read_rows
from bps_portal.sources_doc import render
from gspp import initial_data as plan
from gspp.models import ContextFigure, Measure, PlanEdition, ThematicArea
from tests.support import load_seed_data

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


def data_file(app_module, name):
    with open(app_module.HERE / name, "rb") as handle:
        return tomllib.load(handle)


def cited(obj):
    return Citation.objects.filter(content_type=ContentType.objects.get_for_model(obj), object_id=obj.pk).count()


# What a fresh install holds --------------------------------------------------------------------


def test_every_measure_contact_and_actor_has_its_sources_and_both_titles(initial_data):
    measures = Measure.objects.filter(is_demo=False)
    assert measures.count() == len(data_file(plan, "measures.toml")["measure"])
    for measure in measures:
        assert measure.title_fr and measure.title_nl and measure.description_fr and measure.description_nl
        assert cited(measure), measure
    contact_points = ContactPoint.objects.filter(actor__is_demo=False)
    assert contact_points.count() == len(data_file(directory, "contact_points.toml")["contact_point"])
    for point in contact_points:
        assert point.label_fr and point.label_nl and point.last_verified, point
        assert cited(point), point
    for actor in Actor.objects.filter(is_demo=False):
        assert actor.name_fr and actor.name_nl and cited(actor), actor
    for area in ThematicArea.objects.filter(edition__key="2021-2024"):
        assert cited(area), area


def test_numbers_are_only_those_a_source_prints(initial_data):
    numbered = {m.reference for m in Measure.objects.filter(is_demo=False, number__isnull=False)}
    assert numbered == {"2.1", "2.5", "3.4", "5.5"}
    unnumbered = Measure.objects.filter(is_demo=False, number__isnull=True)
    assert unnumbered.count() == 4
    assert {m.reference for m in unnumbered} == {"1.–", "3.–"}


def test_the_nineteen_commune_records_are_written_from_the_communes_file(initial_data):
    communes = data_file(directory, "communes.toml")["commune"]
    assert len(communes) == 19
    for row in communes:
        actor = Actor.objects.get(key=f"commune-{row['key']}")
        zone = Municipality.objects.get(key=row["key"]).police_zone
        short_fr = zone.name_fr.removeprefix("Zone de police ")
        short_nl = zone.name_nl.removeprefix("Politiezone ")
        assert short_fr in actor.description_fr and short_nl in actor.description_nl, row["key"]
        assert cited(actor)


def test_an_old_number_is_not_shown_as_current_and_dispatching_lines_are_labelled(initial_data, client):
    ouest = Actor.objects.get(zone_number="5340")
    assert not ouest.phone
    nord = Actor.objects.get(zone_number="5344")
    dispatching = nord.contact_points.get(label_fr__startswith="Dispatching")
    assert str(dispatching.phone) == "+3222492211"
    for language, prefix in (("fr", "partenaires"), ("nl", "partners")):
        page = client.get(f"/{language}/{prefix}/{getattr(nord, 'slug_' + language)}/").content.decode()
        assert "Dispatching" in page and "249 22 11" in page
        page = client.get(f"/{language}/{prefix}/{getattr(ouest, 'slug_' + language)}/").content.decode()
        assert "412 12 12" not in page and "554 48 51" in page


# The checked load -------------------------------------------------------------------------------


def load(**kwargs):
    """load_initial_data as `make run` calls it; returns what it printed."""
    output = io.StringIO()
    call_command("load_initial_data", stdout=output, **kwargs)
    return output.getvalue()


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            '[[actor]]\nkey = "a"\nname_fr = "A"\n\n[[actor]]\nkey = "b"\nnaam_fr = "B"\n',
            r"line 5: unknown key “naam_fr”",
        ),
        ('[[actor]]\nkey = "a"\n\n[[actor]]\nname_fr = "B"\n', r"line 4: “key” is missing"),
        ('[[actor]]\nkey = "a"\nname_fr = "A\n', r"\(at line 3, column \d+\)"),
    ],
)
def test_a_mistake_in_a_data_file_names_the_file_and_the_line(tmp_path, text, message):
    path = write(tmp_path / "actors.toml", text)
    with pytest.raises(DataFileError, match=re.escape(str(path.name)) + r".*" + message):
        read_rows(path, "actor", ("key", "name_fr"))


def copy_of_the_data_files(tmp_path, monkeypatch):
    """The data files, copied where a test may change them; the loaders read the copies."""
    for module in (directory, plan, portal):
        target = tmp_path / module.__name__.replace(".", "_")
        shutil.copytree(module.HERE, target, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
        monkeypatch.setattr(module, "HERE", target)
    return {module: tmp_path / module.__name__.replace(".", "_") for module in (directory, plan, portal)}


def replace_in(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_an_unknown_source_or_actor_stops_the_load_with_its_line(initial_data, tmp_path, monkeypatch):
    copies = copy_of_the_data_files(tmp_path, monkeypatch)
    replace_in(copies[plan] / "measures.toml", 'sources = ["qe-1039-bike-theft"]', 'sources = ["no-such-source"]')
    with pytest.raises(
        DataFileError, match=r"gspp_initial_data/measures.toml, line \d+: unknown source “no-such-source”"
    ):
        load()


def test_loading_again_changes_nothing(initial_data):
    before = SeedRecord.objects.count(), Citation.objects.count(), Actor.objects.count(), Measure.objects.count()
    load()
    after = SeedRecord.objects.count(), Citation.objects.count(), Actor.objects.count(), Measure.objects.count()
    assert before == after


def test_a_correction_reaches_the_fields_staff_have_not_changed_and_only_those(initial_data, tmp_path, monkeypatch):
    siamu = Actor.objects.get(key="siamu")
    siamu.description_nl = "Door de redactie herschreven."  # a staff edit
    siamu.save()
    copies = copy_of_the_data_files(tmp_path, monkeypatch)
    actors = copies[directory] / "actors.toml"
    replace_in(actors, 'street_fr = "Avenue de l\'Héliport"', 'street_fr = "Avenue de l\'Héliport 15"')
    text = actors.read_text(encoding="utf-8")
    siamu_nl = re.search(r'key = "siamu".*?description_nl = """\n(.*?)"""', text, re.S).group(1)
    actors.write_text(text.replace(siamu_nl, "Gecorrigeerde tekst."), encoding="utf-8")
    replace_in(copies[plan] / "measures.toml", "Table ronde des conseillers", "Table ronde corrigée des conseillers")

    printed = load()
    siamu.refresh_from_db()
    assert siamu.street_fr == "Avenue de l'Héliport 15"  # not changed by staff: corrected
    assert siamu.description_nl == "Door de redactie herschreven."  # staff's text stays
    assert Measure.objects.get(area__number=5, number=5, area__edition__key="2021-2024").title_fr.startswith(
        "Table ronde corrigée"
    )
    assert "siamu: description_nl" in printed


def test_a_record_staff_deleted_stays_deleted(initial_data):
    ContactPoint.objects.get(label_fr="Agents de quartier d'Etterbeek").delete()
    load()
    assert not ContactPoint.objects.filter(label_fr="Agents de quartier d'Etterbeek").exists()


def test_an_install_from_before_the_data_files_adopts_its_records_without_duplicates(initial_data):
    SeedRecord.objects.all().delete()  # as on a site loaded by the earlier, Python-coded seed
    Citation.objects.all().delete()
    counts = Actor.objects.count(), ContactPoint.objects.count(), Measure.objects.count(), Page.objects.count()
    load_seed_data()
    assert counts == (
        Actor.objects.count(),
        ContactPoint.objects.count(),
        Measure.objects.count(),
        Page.objects.count(),
    )
    assert cited(Measure.objects.get(area__number=3, number=4, area__edition__key="2021-2024")) == 2


def test_docs_sources_md_is_written_from_the_data_files():
    assert (ROOT / "docs" / "sources.md").read_text(encoding="utf-8") == render(), "run `make sources-doc`"


def test_every_source_is_cited_and_every_cited_source_exists():
    keys = {row["key"] for row in data_file(portal, "sources.toml")["source"]}
    assert "**not cited**" not in render()
    assert len(keys) == len(data_file(portal, "sources.toml")["source"])


# What the pages say -----------------------------------------------------------------------------


def soup(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return BeautifulSoup(response.content, "html.parser")


SHOWN = {"fr": "le portail en présente {n}", "nl": "dit portaal toont er {n}"}
SHOWN_IN_AREA = {"fr": "le portail en présente {n}", "nl": "toont het portaal er {n}"}


def url_in(language, target):
    """The address of a record or a named page in `language`."""
    from django.urls import reverse
    from django.utils import translation

    with translation.override(language):
        return target.get_absolute_url() if hasattr(target, "get_absolute_url") else reverse(target)


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_plan_and_home_say_how_many_measures_the_plan_counts_and_the_portal_shows(initial_data, client, language):
    shown = len(data_file(plan, "measures.toml")["measure"])
    assert PlanEdition.objects.get(key="2021-2024").measures_in_plan == 77
    for path in (f"/{language}/", url_in(language, "gspp:plan")):
        text = soup(client, path).get_text(" ", strip=True)
        assert "77" in text and SHOWN[language].format(n=shown) in text, path
    assert soup(client, url_in(language, "gspp:plan")).find(id="sources-title") is not None


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_an_area_gives_its_figures_theme_page_sources_and_counts(initial_data, client, language):
    area = ThematicArea.objects.get(edition__key="2021-2024", number=3)
    page = soup(client, url_in(language, area))
    text = page.get_text(" ", strip=True)
    assert page.find(id="figures-title") is not None
    assert ContextFigure.objects.filter(area=area).count() == len(page.select("ul.figures li")) == 3
    assert "2019" in text and "2018" in text
    assert page.find("a", href=getattr(area, f"theme_page_url_{language}")) is not None
    assert page.find(id="sources-title") is not None
    assert SHOWN_IN_AREA[language].format(n=4) in page.select_one(".measure-counts").get_text(" ", strip=True)


@pytest.mark.parametrize(("language", "line"), [("fr", "Aucune source publique"), ("nl", "Geen enkele publieke bron")])
def test_an_area_without_a_sourced_measure_says_so_in_one_line(initial_data, client, language, line):
    area = ThematicArea.objects.get(edition__key="2021-2024", number=9)
    page = soup(client, url_in(language, area))
    assert line in page.get_text(" ", strip=True)
    assert page.select_one(".measure-counts") is None


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_a_measure_page_lists_its_sources_and_says_when_its_number_is_unknown(initial_data, client, language):
    measure = Measure.objects.get(slug_fr="accompagnateurs-sociaux-mobiles-usagers-de-drogues")
    page = soup(client, url_in(language, measure))
    text = page.get_text(" ", strip=True)
    assert "3.–" in text
    source = Source.objects.get(key="prospective-jeunesse-2024")
    assert page.find("a", href=source.url) is not None
    translated = "eigen vertaling" in text
    assert translated is (language == "nl")  # the source is in French


def test_staff_see_the_sources_in_the_admin(initial_data, staff_client):
    zone = Actor.objects.get(zone_number="5344")
    page = staff_client.get(f"/admin/agencies/actor/{zone.pk}/change/").content.decode()
    assert "bx1" in page.lower() or "Les dispatchings de quatre" in page
    measure = Measure.objects.get(area__number=5, number=5, area__edition__key="2021-2024")
    page = staff_client.get(f"/admin/gspp/measure/{measure.pk}/change/").content.decode()
    assert "Question écrite n°1039" in page
    source = Source.objects.get(key="etterbeek-police")
    page = staff_client.get(f"/admin/bps_portal/source/{source.pk}/change/").content.decode()
    assert "Dispatching" in page and "Zone de police Montgomery" in page
