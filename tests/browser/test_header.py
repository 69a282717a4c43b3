"""The header on a phone and on a wide screen (issue 15): emergency numbers on one line, a menu
that folds behind a <details> and opens without JavaScript, the page's h1 in the first screen at
375 x 667, and a search field from 48em."""

import pytest

from tests.browser.pages import page_types
from tests.browser.support import axe_violations, browser_page, path_of

WIDTHS = [320, 375, 1280]
PHONE = {"width": 375, "height": 667}
WIDE = {"width": 1280, "height": 800}
LANGUAGES = ["fr", "nl"]
# The pages a visitor lands on most: home, the plan, the directory, the measure finder.
LANDING_PAGES = ["home", "gspp:plan", "agencies:actor_list", "gspp:measure_finder"]
SUMMARY = ".main-nav summary"
MENU_LINKS = ".main-nav a"
HEADER_SEARCH = ".site-header form[role=search]"


def menu_is_open(page):
    return page.evaluate("document.querySelector('.main-nav details').open")


def visible_menu_links(page):
    links = page.locator(MENU_LINKS)
    return [links.nth(index).is_visible() for index in range(links.count())]


def focus_by_tab(page, selector, limit=30):
    """Press Tab until the element `selector` has the focus; False if it never does."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("selector => document.activeElement.matches(selector)", selector):
            return True
    return False


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("width", WIDTHS)
def test_the_header_fits_the_width_with_both_emergency_numbers_on_one_line(
    site_data, live_server, chromium, tmp_path, width, language
):
    with browser_page(chromium, {"width": width, "height": 667}, language) as page:
        page.goto(live_server.url + path_of("home", language))
        shot = tmp_path / f"header-{language}-{width}.png"
        page.locator(".site-header").screenshot(path=str(shot))
        assert shot.exists() and shot.stat().st_size > 0

        assert page.evaluate("document.documentElement.scrollWidth") <= width
        numbers = page.locator(".emergency__number")
        assert [numbers.nth(index).inner_text() for index in range(numbers.count())] == ["112", "101"]
        boxes = [numbers.nth(index).bounding_box() for index in range(2)]
        assert all(numbers.nth(index).is_visible() for index in range(2))
        assert abs(boxes[0]["y"] - boxes[1]["y"]) <= 3, f"112 and 101 on two lines at {width}px: {boxes}"
        assert all(box["x"] >= 0 and box["x"] + box["width"] <= width for box in boxes)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_first_heading_shows_without_scrolling_on_a_phone(site_data, live_server, chromium, language):
    with browser_page(chromium, PHONE, language) as page:
        for view_name in LANDING_PAGES:
            page.goto(live_server.url + path_of(view_name, language))
            heading = page.locator("h1")
            assert heading.count() == 1
            box = heading.bounding_box()
            assert box["y"] + box["height"] <= PHONE["height"], f"{page.url}: the h1 ends at {box['y'] + box['height']}"
            assert page.evaluate("window.scrollY") == 0


def test_every_page_type_shows_its_heading_in_the_first_phone_screen(site_data, live_server, chromium):
    low = {}
    with browser_page(chromium, PHONE) as page:
        for path in page_types().values():
            page.goto(live_server.url + path)
            box = page.locator("h1").bounding_box()
            if box["y"] + box["height"] > PHONE["height"]:
                low[path] = box["y"] + box["height"]
    assert low == {}


@pytest.mark.parametrize("language", LANGUAGES)
def test_on_a_phone_the_menu_is_folded_and_opens_by_click_without_javascript(
    site_data, live_server, chromium, language
):
    with browser_page(chromium, PHONE, language, java_script_enabled=False) as page:
        page.goto(live_server.url + path_of("home", language))
        summary = page.locator(SUMMARY)
        assert summary.is_visible()
        assert summary.inner_text().strip() == {"fr": "Menu", "nl": "Menu"}[language]
        assert not any(visible_menu_links(page)), "folded on a phone"
        assert not page.locator(HEADER_SEARCH).is_visible(), "no search field on a phone: the menu has one"

        summary.click()
        assert menu_is_open(page)
        assert len(visible_menu_links(page)) >= 5 and all(visible_menu_links(page))
        search = page.locator(f"{MENU_LINKS}[href='{path_of('search', language)}']")
        assert search.is_visible(), "search stays reachable on a phone, through the menu"

        summary.click()
        assert not menu_is_open(page) and not any(visible_menu_links(page))


def test_on_a_phone_the_menu_opens_with_the_keyboard_without_javascript(site_data, live_server, chromium):
    with browser_page(chromium, PHONE, java_script_enabled=False) as page:
        page.goto(live_server.url + "/fr/")
        assert focus_by_tab(page, SUMMARY), "Tab reaches the menu button"
        assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none", "focus shows"
        page.keyboard.press("Enter")
        assert menu_is_open(page) and all(visible_menu_links(page))
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.closest('.main-nav ul') !== null"), "Tab goes on into the menu"
        page.keyboard.press("Shift+Tab")
        page.keyboard.press("Space")
        assert not menu_is_open(page)


def test_on_a_phone_the_menu_opens_with_the_keyboard_with_javascript(site_data, live_server, chromium):
    with browser_page(chromium, PHONE) as page:
        page.goto(live_server.url + "/nl/")
        assert focus_by_tab(page, SUMMARY)
        page.keyboard.press("Enter")
        assert menu_is_open(page) and all(visible_menu_links(page))
        links = page.locator(MENU_LINKS)
        with page.expect_navigation():
            links.nth(1).click()
        assert page.url == live_server.url + path_of("gspp:plan", "nl")


@pytest.mark.parametrize("language", LANGUAGES)
def test_on_a_wide_screen_the_menu_shows_and_the_header_searches(site_data, live_server, chromium, language):
    with browser_page(chromium, WIDE, language) as page:
        page.goto(live_server.url + path_of("home", language))
        assert not page.locator(SUMMARY).is_visible(), "no menu button on a wide screen"
        assert not menu_is_open(page)
        links = visible_menu_links(page)
        assert len(links) >= 5 and all(links), "every menu entry shows without a click"
        links_box = [page.locator(MENU_LINKS).nth(index).bounding_box()["y"] for index in range(len(links))]
        assert max(links_box) - min(links_box) <= 3, "the menu is one row at 1280px"

        form = page.locator(HEADER_SEARCH)
        assert form.count() == 1 and form.is_visible()
        assert form.get_attribute("method") == "get"
        assert form.get_attribute("action") == path_of("search", language)
        assert form.locator("input[name=csrfmiddlewaretoken]").count() == 0
        field = form.get_by_label({"fr": "Rechercher sur le portail", "nl": "Zoeken op het portaal"}[language])
        assert field.get_attribute("name") == "q"
        field.fill("drogues")
        with page.expect_navigation():
            field.press("Enter")
        assert page.url == f"{live_server.url}{path_of('search', language)}?q=drogues"
        assert page.locator("#id_q").input_value() == "drogues"
        assert page.locator(HEADER_SEARCH).count() == 0, "one search field on the search page: its own"
        assert "drogues" in page.locator(".result-count").inner_text()


def test_the_menu_reaches_every_entry_by_tab_on_a_wide_screen(site_data, live_server, chromium):
    with browser_page(chromium, WIDE) as page:
        page.goto(live_server.url + "/fr/")
        hrefs = page.eval_on_selector_all(MENU_LINKS, "links => links.map(link => link.getAttribute('href'))")
        assert focus_by_tab(page, MENU_LINKS)
        reached = [page.evaluate("document.activeElement.getAttribute('href')")]
        for _ in hrefs[1:]:
            page.keyboard.press("Tab")
            reached.append(page.evaluate("document.activeElement.getAttribute('href')"))
            assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
        assert reached == hrefs


@pytest.mark.parametrize("language", LANGUAGES)
def test_axe_finds_no_violation_in_the_phone_header_open_or_closed(site_data, live_server, chromium, language):
    with browser_page(chromium, PHONE, language) as page:
        page.goto(live_server.url + path_of("home", language))
        closed = axe_violations(page)
        page.locator(SUMMARY).click()
        assert menu_is_open(page)
        opened = axe_violations(page)
    assert {"closed": closed, "open": opened} == {"closed": [], "open": []}


def test_the_fold_button_stands_out_in_forced_colors_and_is_not_printed(site_data, live_server, chromium):
    with browser_page(chromium, PHONE) as page:
        page.goto(live_server.url + "/fr/")
        page.emulate_media(forced_colors="active")
        border = page.eval_on_selector(SUMMARY, "e => getComputedStyle(e).borderTopColor")
        assert border not in ("transparent", "rgba(0, 0, 0, 0)"), "the button keeps a frame in high contrast"
        page.emulate_media(forced_colors="none", media="print")
        assert not page.locator(SUMMARY).is_visible()
        assert not page.locator(".site-header__tools").is_visible()
        assert page.locator(".emergency").is_hidden()
