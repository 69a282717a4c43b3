"""The home page offers the tasks first (issue 16): a postcode box that answers with the police zone, a
search field, the plan at a glance and a card per subject, each with its action; the header shows the
wordmark. French and Dutch, on a phone (360 px) and a wide screen (1280 px), in a real Chromium.

Screenshots of the home page are written to tmp_path, or to $SCREENSHOT_DIR when it is set (to look at them).
"""

import os
import re
from pathlib import Path

import pytest

from tests.browser.support import axe_violations, browser_page, path_of

LANGUAGES = ["fr", "nl"]
WIDTHS = [360, 1280]
WORDMARK = "BPS · safe.brussels"
TEXT = {
    "fr": {
        "intro": "Trouvez ici la zone de police qui dessert votre adresse",
        "zone_task": "Quelle zone de police dessert mon adresse\u00a0?",
        "postcode": "Code postal",
        "find": "Trouver la zone de police",
        "search_task": "Chercher dans le plan, les partenaires et les pages",
        "words": "Mots à rechercher",
        "search": "Rechercher",
        "query": "drogues",
        "commune": "Saint-Gilles",
        "result": "Résultat pour 1060",
        "actions": ["Suivre l’avancement du plan", "Trouver une mesure", "Parcourir le répertoire des partenaires",
                    "Découvrir ce que fait BPS"],
    },
    "nl": {
        "intro": "Vind hier de politiezone die uw adres bedient",
        "zone_task": "Welke politiezone bedient mijn adres?",
        "postcode": "Postcode",
        "find": "De politiezone vinden",
        "search_task": "Zoeken in het plan, de partners en de pagina’s",
        "words": "Zoektermen",
        "search": "Zoeken",
        "query": "drugs",
        "commune": "Sint-Gillis",
        "result": "Resultaat voor 1060",
        "actions": ["De voortgang van het plan volgen", "Een maatregel zoeken", "De partnergids doorbladeren",
                    "Ontdekken wat BPV doet"],
    },
}  # fmt: skip


def screenshot_path(tmp_path, name):
    folder = Path(os.environ.get("SCREENSHOT_DIR") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder / name


def home(page, live_server, language):
    page.goto(live_server.url + path_of("home", language))
    page.evaluate("document.fonts.ready")
    return page


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("width", WIDTHS)
def test_the_home_page_offers_the_tasks_first(site_read_only, live_server, chromium, tmp_path, width, language):
    text = TEXT[language]
    with browser_page(chromium, {"width": width, "height": 800}, language) as page:
        home(page, live_server, language)
        page.screenshot(path=str(screenshot_path(tmp_path, f"home-{language}-{width}.png")), full_page=True)
        assert page.evaluate("document.documentElement.scrollWidth") <= width

        # What a visitor can do here, in one sentence under the h1, and the wordmark in the header.
        assert page.locator(".home-intro").inner_text().startswith(text["intro"])
        wordmark = page.locator(".site-header").get_by_role("img", name=WORDMARK)
        assert wordmark.is_visible()
        assert wordmark.bounding_box()["height"] >= 30
        assert page.evaluate("""() => document.fonts.check('700 16px "Atkinson Hyperlegible"')""")

        # The postcode box shows in the first screen, even on a phone.
        zone_task = page.get_by_role("heading", name=text["zone_task"])
        assert zone_task.is_visible()
        field = page.get_by_label(text["postcode"], exact=True)
        assert field.bounding_box()["y"] + field.bounding_box()["height"] <= 800

        # Each card has its action: a link that says what it does.
        cards = page.locator(".card")
        assert cards.count() == 3
        for index in range(cards.count()):
            actions = cards.nth(index).locator(".card__actions a")
            assert actions.count() >= 1 and all(actions.nth(n).is_visible() for n in range(actions.count()))
        links = page.locator(".card__actions a")
        assert [links.nth(n).inner_text().strip() for n in range(links.count())] == text["actions"]

        # The plan at a glance: the figures the plan page details.
        figures = page.locator(".glance__figure")
        assert figures.count() >= 1
        assert all(re.fullmatch(r"\d+", figures.nth(n).inner_text()) for n in range(figures.count()))

        # The postcode box takes 1060 and lands on the police-zone finder's answer.
        field.fill("1060")
        with page.expect_navigation():
            page.get_by_role("button", name=text["find"]).click()
        assert page.url == f"{live_server.url}{path_of('agencies:police_zone_finder', language)}?postcode=1060"
        assert page.get_by_role("heading", name=text["result"]).is_visible()
        assert page.locator(".zone-card h3").all_inner_texts() == [text["commune"]]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("width", WIDTHS)
def test_the_home_search_field_lands_on_the_search_results(site_read_only, live_server, chromium, width, language):
    text = TEXT[language]
    with browser_page(chromium, {"width": width, "height": 800}, language) as page:
        home(page, live_server, language)
        form = page.get_by_role("search", name=text["search_task"])
        assert form.is_visible()
        form.get_by_label(text["words"]).fill(text["query"])
        with page.expect_navigation():
            form.get_by_role("button", name=text["search"]).click()
        assert page.url == f"{live_server.url}{path_of('search', language)}?q={text['query']}"
        assert text["query"] in page.locator(".result-count").inner_text()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("width", WIDTHS)
def test_axe_finds_nothing_on_the_home_page_in_light_and_forced_colors(
    site_read_only, live_server, chromium, tmp_path, width, language
):
    with browser_page(chromium, {"width": width, "height": 800}, language) as page:
        home(page, live_server, language)
        light = axe_violations(page)
        page.emulate_media(forced_colors="active")
        page.screenshot(path=str(screenshot_path(tmp_path, f"home-{language}-{width}-forced.png")), full_page=True)
        forced = axe_violations(page)
        # In high contrast the wordmark keeps a visible frame and letters in the system's colours.
        tile = page.eval_on_selector(".wordmark__tile", "e => getComputedStyle(e).stroke")
        assert tile not in ("none", "transparent", "rgba(0, 0, 0, 0)")
        assert page.locator(".site-header").get_by_role("img", name=WORDMARK).is_visible()
    assert {"light": light, "forced": forced} == {"light": [], "forced": []}


def test_the_typeface_comes_from_the_portal_and_stays_light(site_read_only, live_server, page):
    fonts = []
    page.on("response", lambda response: fonts.append(response) if response.request.resource_type == "font" else None)
    page.goto(live_server.url + "/fr/")
    page.wait_for_load_state("networkidle")
    assert len(fonts) == 2, [response.url for response in fonts]
    assert all(response.url.startswith(live_server.url + "/static/fonts/") for response in fonts)
    assert all(response.headers["content-type"] == "font/woff2" for response in fonts)
    assert sum(len(response.body()) for response in fonts) < 30 * 1024
