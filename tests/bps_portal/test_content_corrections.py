"""The content review's corrections (issue 13) reach an install that has the shipped text, and
leave alone what staff have changed."""

import importlib

import pytest
from django.apps import apps

from agencies.models import Actor
from gspp.models import ThematicArea

pytestmark = pytest.mark.django_db


def run(migration):
    importlib.import_module(migration).correct(apps, None)


def test_the_directory_gets_the_corrections_where_the_shipped_text_is_still_there(initial_data):
    Actor.objects.filter(key="bruxelles-nord-5344").update(website_nl="https://www.police.be/5344")
    Actor.objects.filter(key="centre-crise-national").update(website_fr="https://example.org/staff-choice")
    shipped = (
        "Gemeente van het Brussels Hoofdstedelijk Gewest, bediend door de politiezone Zuid. Ze voert haar lokaal "
        "preventiebeleid via haar Lokaal Preventie- en Buurtplan (LPBP)."
    )
    Actor.objects.filter(key="commune-forest").update(
        description_nl=shipped, description_fr="Commune …, desservie par la zone de police Midi."
    )

    run("agencies.migrations.0006_content_review_corrections")

    assert Actor.objects.get(key="bruxelles-nord-5344").website_nl == "https://www.politie.be/5344"
    assert Actor.objects.get(key="centre-crise-national").website_fr == "https://example.org/staff-choice"
    forest = Actor.objects.get(key="commune-forest")
    assert forest.description_nl == (
        "Gemeente van het Brussels Hoofdstedelijk Gewest, in de politiezone Zuid. Ze voert haar lokale "
        "preventiebeleid via haar Lokale Preventie- en Buurtplan (LPBP)."
    )
    assert forest.description_fr == "Commune …, qui relève de la zone de police Midi."
    assert Actor.objects.get(key="bruxelles-formation").level == "community"


def test_two_themes_of_2017_2020_get_their_dutch_title_and_address_and_the_old_one_redirects(initial_data, client):
    area = ThematicArea.objects.get(edition__key="2017-2020", number=5)
    ThematicArea.objects.filter(pk=area.pk).update(title_nl="", slug_nl="atteintes-aux-biens")

    run("gspp.migrations.0008_content_review_corrections")

    area.refresh_from_db()
    assert (area.title_nl, area.slug_nl) == ("Eigendomsdelicten", "eigendomsdelicten")
    response = client.get("/nl/gvpp/2017-2020/atteintes-aux-biens/")
    assert response.status_code == 301 and response["Location"] == "/nl/gvpp/2017-2020/eigendomsdelicten/"
    assert "Eigendomsdelicten" in client.get(response["Location"]).content.decode()


def test_a_fresh_install_has_the_corrected_texts(initial_data):
    assert not Actor.objects.filter(description_nl__contains="bediend door").exists()
    assert not Actor.objects.filter(description_fr__contains="desservie par").exists()
    assert ThematicArea.objects.get(edition__key="2017-2020", number=9).title_nl == (
        "Georganiseerde misdaad en smokkel van illegale goederen"
    )


def spaced(text):
    """Text as these older migrations wrote it: French typography's non-breaking spaces came later (issue 16),
    with the data files, and reach a site through load_initial_data."""
    return text.replace("\u00a0", " ")


def page_corrected_from_its_shipped_text(key, migration_name):
    """Put back the shipped text of page `key` (the seed with each correction undone), run the
    migration, and return the seed and the page: the migration must give back the seed exactly."""
    from bps_portal.initial_data import page_rows

    PAGES = [fields for _row, fields in page_rows()]
    from bps_portal.models import Page

    migration = importlib.import_module(f"bps_portal.migrations.{migration_name}")
    seed = next(page for page in PAGES if page["key"] == key)
    shipped = {language: spaced(seed[f"body_{language}"]) for language in ("fr", "nl")}
    for language, old, new in migration.CORRECTIONS:
        assert new in shipped[language], "the seed page holds every correction"
        shipped[language] = shipped[language].replace(new, old)
    Page.objects.filter(key=key).update(body=shipped["fr"], body_fr=shipped["fr"], body_nl=shipped["nl"])

    migration.correct(apps, None)

    page = Page.objects.get(key=key)
    assert (page.body_fr, page.body_nl) == (spaced(seed["body_fr"]), spaced(seed["body_nl"]))
    return page


def test_the_about_page_gets_the_corrected_wording_in_both_languages(initial_data):
    about = page_corrected_from_its_shipped_text("about", "0016_about_page_corrections")
    assert "sécurité civile" in about.body_fr and "protection civile" not in about.body_fr
    assert "civiele veiligheid" in about.body_nl and "civiele bescherming" not in about.body_nl


def test_the_accessibility_statement_names_the_brussels_law_the_ombudsman_and_the_monitoring_body(initial_data):
    page = page_corrected_from_its_shipped_text("accessibility", "0017_accessibility_page_corrections")
    for body in (page.body_fr, page.body_nl):
        assert "4 o" in body and "equal.brussels" in body and "tel:+3225496700" in body


def test_siamu_and_two_theme_texts_are_corrected_where_still_shipped(initial_data):
    siamu = importlib.import_module("agencies.migrations.0007_siamu_description")
    themes = importlib.import_module("gspp.migrations.0009_theme_texts")
    for field, shipped, corrected in siamu.DESCRIPTIONS:
        assert spaced(getattr(Actor.objects.get(key="siamu"), field)) == corrected, "the seed holds the correction"
        Actor.objects.filter(key="siamu").update(**{field: shipped})
    for number, field, shipped, corrected in themes.DESCRIPTIONS:
        area = ThematicArea.objects.filter(edition__key="2021-2024", number=number)
        assert spaced(getattr(area.get(), field)) == corrected, "the seed holds the correction"
        area.update(**{field: shipped})
    ThematicArea.objects.filter(edition__key="2021-2024", number=5).update(description_nl="Door staff herschreven.")

    siamu.correct(apps, None)
    themes.correct(apps, None)

    assert "112" not in Actor.objects.get(key="siamu").description_fr + Actor.objects.get(key="siamu").description_nl
    area_3 = ThematicArea.objects.get(edition__key="2021-2024", number=3)
    assert "sans être des mesures du plan" in area_3.description_fr and "(GIVC)" not in area_3.description_nl
    area_5 = ThematicArea.objects.get(edition__key="2021-2024", number=5)
    assert area_5.description_fr.startswith("En 2020") and area_5.description_nl == "Door staff herschreven."
