"""Open data in a real browser (issue 15): from the open-data page to the API reference, in French
and Dutch, with nothing from another host and nothing axe objects to."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.support import WCAG_TAGS


@pytest.mark.parametrize(("language", "path"), [("fr", "/fr/donnees-ouvertes/"), ("nl", "/nl/open-data/")])
def test_from_the_open_data_page_to_the_api_reference(site_data, live_server, page, language, path):
    outside, console_errors = [], []
    page.on("request", lambda request: None if request.url.startswith(live_server.url) else outside.append(request.url))
    page.on("console", lambda message: console_errors.append(message.text) if message.type == "error" else None)
    page.goto(live_server.url + "/" + language + "/")
    page.click(f"footer a[href='{path}']")
    page.click("a[href$='api/']")
    page.click("a[href='#measures-list']")
    assert page.evaluate("location.hash") == "#measures-list"
    assert page.locator("#measures-list").is_visible()
    assert page.locator("html").get_attribute("lang") == language
    assert outside == [] and console_errors == []
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    assert [violation["id"] for violation in results.response["violations"]] == []
