"""The finders' filter forms (issue 16), measured in a real Chromium at 320, 360, 768 and 1280 px, in French
and Dutch: no choice cut off, labels of a row on one line and at one height, the button on one line, headings
in order; on phones the filters fold behind a "Filter" button that opens with the keyboard and without
JavaScript, and the first result shows in the first screen; on wide screens the filters show without a click."""

from itertools import pairwise

import pytest

from tests.browser import support
from tests.browser.support import axe_violations, path_of

FINDERS = ["gspp:measure_finder", "agencies:actor_list"]
LANGUAGES = ["fr", "nl"]
PHONES = [320, 360]
WIDTHS = [*PHONES, 768, 1280]
HEIGHT = {320: 740, 360: 740, 768: 1024, 1280: 800}
SUMMARY = ".filters-fold > summary"
FORM = ".filters-fold form"
FIRST_RESULT_TITLE = ".result-list > li:first-child :is(h2, h3)"

# Every choice of every select of the form, each selected in turn: a select that wraps a long choice
# (appearance: base-select) must not overflow its box; one that does not wrap must be wide enough for it.
CUT_OFF_CHOICES = """form => {
  const context = document.createElement("canvas").getContext("2d");
  const cut = [];
  for (const select of form.querySelectorAll("select")) {
    const style = getComputedStyle(select);
    const wraps = style.appearance === "base-select" && style.whiteSpace !== "nowrap";
    const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 24;
    context.font = style.font;
    const chosen = select.selectedIndex;
    for (let index = 0; index < select.options.length; index++) {
      const text = select.options[index].text;
      if (wraps) {
        select.selectedIndex = index;
        if (select.scrollWidth > select.clientWidth + 1 || select.scrollHeight > select.clientHeight + 1) {
          cut.push([select.name, text]);
        }
      } else if (context.measureText(text).width > room) {
        cut.push([select.name, text]);
      }
    }
    select.selectedIndex = chosen;
  }
  return cut;
}"""

# The labels (and legends) of the fields, with their box and their line height.
LABELS = """form => [...form.querySelectorAll(".field > label, .field > legend")].map(label => {
  const box = label.getBoundingClientRect();
  const field = label.parentElement.getBoundingClientRect();
  return {text: label.textContent.trim(), top: box.top, height: box.height, fieldTop: field.top,
          line: parseFloat(getComputedStyle(label).lineHeight)};
})"""

# How many lines the text of an element takes.
LINES = """element => {
  const style = getComputedStyle(element);
  const inner = element.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
  return Math.round(inner / parseFloat(style.lineHeight));
}"""

HEADINGS = """() => [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")].map(h => Number(h.tagName[1]))"""


def browser_page(chromium, width, language, **options):
    """The shared browser page, at one of this file's widths and its height."""
    return support.browser_page(chromium, {"width": width, "height": HEIGHT[width]}, language, **options)


def is_open(page):
    return page.evaluate("document.querySelector('.filters-fold').open")


def heading_skips(levels):
    """Where a heading goes more than one level deeper than the one before it."""
    return [(before, after) for before, after in pairwise(levels) if after > before + 1]


def geometry_problems(page, width):
    """What is wrong with the open form: cut-off choices, labels of a row at different heights (or, from
    768 px, on two lines), a button on two lines."""
    form = page.locator(FORM)
    problems = {}
    if cut := form.evaluate(CUT_OFF_CHOICES):
        problems["cut off"] = cut
    labels = form.evaluate(LABELS)
    rows = {}
    for label in labels:
        rows.setdefault(round(label["fieldTop"]), []).append(label)
    uneven = [[label["text"] for label in row] for row in rows.values() if len({round(lb["top"]) for lb in row}) > 1]
    if uneven:
        problems["labels of a row at different heights"] = uneven
    if width >= 768 and (wrapped := [lb["text"] for lb in labels if lb["height"] > lb["line"] * 1.5]):
        problems["labels on two lines"] = wrapped
    button = form.locator("button[type=submit]")
    if button.evaluate(LINES) != 1:
        problems["button lines"] = button.evaluate(LINES)
    return problems


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("view_name", FINDERS)
def test_the_filters_fit_the_width(site_read_only, live_server, chromium, tmp_path, view_name, width, language):
    with browser_page(chromium, width, language) as page:
        page.goto(live_server.url + path_of(view_name, language))
        name = view_name.replace(":", "-")
        page.screenshot(path=str(tmp_path / f"{name}-{language}-{width}.png"))

        levels = page.evaluate(HEADINGS)
        assert levels[0] == 1 and levels.count(1) == 1, levels
        assert heading_skips(levels) == [], f"headings skip a level: {levels}"
        assert page.evaluate("document.documentElement.scrollWidth") <= width

        summary, form = page.locator(SUMMARY), page.locator(FORM)
        if width in PHONES:
            assert summary.is_visible() and not is_open(page) and not form.is_visible(), "folded on a phone"
            title = page.locator(FIRST_RESULT_TITLE)
            box = title.bounding_box()
            assert box["y"] + box["height"] <= HEIGHT[width], f"the first result ends at {box['y'] + box['height']}"
            summary.click()
            assert is_open(page) and form.is_visible()
            page.screenshot(path=str(tmp_path / f"{name}-{language}-{width}-open.png"), full_page=True)
        else:
            assert not summary.is_visible(), "no button on a wide screen"
            fields = form.locator("input, select")
            assert fields.count() >= 5 and all(fields.nth(index).is_visible() for index in range(fields.count()))
            assert form.locator("button[type=submit]").is_visible()

        assert geometry_problems(page, width) == {}


@pytest.mark.parametrize("language", LANGUAGES)
def test_choices_that_are_chosen_stay_whole_and_are_counted_on_the_button(site_data, live_server, chromium, language):
    """The longest choices chosen (an objective, an actor): each shows whole; on a phone the button says how many
    filters are active and their chips follow it, before the results."""
    from agencies.models import Actor
    from gspp import selectors
    from tests.factories import MeasureFactory

    edition = selectors.current_edition()
    objective = max(selectors.objectives_of(edition), key=lambda o: len(o.title_nl))
    actor = max(Actor.objects.filter(active=True), key=lambda a: max(len(a.name_fr), len(a.name_nl)))
    MeasureFactory(area=selectors.areas_of(edition).first(), number=99, lead_actor=actor, status="planned")
    query = f"?objective={objective.number}&actor={actor.key}&status=planned"
    for width in (360, 1280):
        with browser_page(chromium, width, language) as page:
            page.goto(live_server.url + path_of("gspp:measure_finder", language) + query)
            chips = page.locator(".active-filters .chip")
            assert chips.count() == 3
            if width == 360:
                summary = page.locator(SUMMARY)
                assert "3" in summary.inner_text()
                below = chips.first.bounding_box()["y"] - (
                    summary.bounding_box()["y"] + summary.bounding_box()["height"]
                )
                assert 0 <= below <= 40, "the chips follow the button"
                summary.click()
            assert geometry_problems(page, width) == {}


@pytest.mark.parametrize("view_name", FINDERS)
def test_the_filters_open_with_the_keyboard_without_javascript(site_read_only, live_server, chromium, view_name):
    with browser_page(chromium, 360, "nl", java_script_enabled=False) as page:
        page.goto(live_server.url + path_of(view_name, "nl"))
        summary = page.locator(SUMMARY)
        assert summary.inner_text().strip().startswith("Filter")
        for _ in range(40):
            page.keyboard.press("Tab")
            if page.evaluate("document.activeElement.matches('.filters-fold > summary')"):
                break
        else:
            pytest.fail("Tab never reaches the Filter button")
        assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none", "focus shows"
        page.keyboard.press("Enter")
        assert is_open(page) and page.locator(FORM).is_visible()
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.id") == "id_q", "Tab goes on into the filters"
        page.keyboard.press("Shift+Tab")
        page.keyboard.press("Space")
        assert not is_open(page) and not page.locator(FORM).is_visible()


def test_a_filter_chosen_on_a_phone_applies(site_read_only, live_server, chromium):
    with browser_page(chromium, 360, "fr") as page:
        page.goto(live_server.url + path_of("agencies:actor_list", "fr"))
        page.locator(SUMMARY).click()
        page.locator("#id_type").select_option("police-zone")
        with page.expect_navigation():
            page.locator(FORM).locator("button[type=submit]").click()
        assert "type=police-zone" in page.url
        assert page.locator(".active-filters .chip").count() == 1
        assert not is_open(page), "the answer starts folded again: the chips say what is chosen"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("view_name", FINDERS)
def test_axe_finds_nothing_folded_open_or_wide(site_read_only, live_server, chromium, view_name, language):
    found = {}
    with browser_page(chromium, 360, language) as page:
        page.goto(live_server.url + path_of(view_name, language) + "?area=3")
        found["folded"] = axe_violations(page)
        page.locator(SUMMARY).click()
        found["open"] = axe_violations(page)
    with browser_page(chromium, 1280, language) as page:
        page.goto(live_server.url + path_of(view_name, language) + "?area=3")
        found["wide"] = axe_violations(page)
    assert found == {"folded": [], "open": [], "wide": []}
