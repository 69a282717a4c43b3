"""Every public form says its errors with the field (issue 16): sent with a wrong value in Chromium, in French
and Dutch, the field's accessible description, as Chromium computes it for screen readers, holds the error.

One form is one line of FORMS: a feedback form, say, is added as
    InvalidForm("feedback, empty message", "feedback", "#id_message", required, send=".feedback-form button"),
"""

from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
from django.contrib.auth.tokens import default_token_generator
from django.urls import reverse
from django.utils import translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext

from bps_portal.search import MAX_QUERY_LENGTH
from tests.factories import UserFactory

LANGUAGES = ["fr", "nl"]


def ignored():
    return gettext("This value was not understood and has been ignored.")


def required():
    return gettext("This field is required.")


def bad_postcode():
    return gettext("Enter a postcode of four digits, for example 1060.")


def unknown_postcode():
    message = gettext(
        "No commune of the Brussels-Capital Region has the postcode %(searched)s. "
        "Check the number, or choose your commune in the list."
    )
    return message % {"searched": "1300"}


def unknown_commune():
    return gettext("This commune is not one of the 19 communes of the Region.")


def bad_email():
    return gettext("Enter a valid email address.")


def too_long():
    return gettext("Type at most %(limit_value)d characters.") % {"limit_value": MAX_QUERY_LENGTH}


def passwords_differ():
    return gettext("The two password fields didn’t match.")


def password_reset_confirm(language):
    """The link of a password reset e-mail, for an account made here."""
    user = UserFactory(email="partner@example.org")
    link = {"uidb64": urlsafe_base64_encode(force_bytes(user.pk)), "token": default_token_generator.make_token(user)}
    with translation.override(language):
        return reverse("password_reset_confirm", kwargs=link)


@dataclass(frozen=True)
class InvalidForm:
    """A public form with a wrong value.

    `page`: a URL name, or a function of the language that gives the path. `control`: a CSS selector of the element
    the error must describe (the field, or the fieldset of a group of checkboxes). `message`: the error, a function
    called in the page's language. `fill`: {selector: value} typed before sending. `query`: added to the address (a
    wrong value that a link carries). `send`: the button that sends the form; None when the page opens with the error.
    """

    name: str
    page: str | Callable[[str], str]
    control: str
    message: Callable[[], str]
    fill: dict = field(default_factory=dict)
    query: str = ""
    send: str | None = "main form button[type=submit]"

    def path(self, language):
        if callable(self.page):
            return self.page(language)
        with translation.override(language):
            return reverse(self.page)


FORMS = [
    InvalidForm("police zone, malformed postcode", "agencies:police_zone_finder", "#id_postcode", bad_postcode,
                fill={"#id_postcode": "10a0"}),
    InvalidForm("police zone, no such postcode", "agencies:police_zone_finder", "#id_postcode", unknown_postcode,
                fill={"#id_postcode": "1300"}),
    InvalidForm("police zone, unknown commune", "agencies:police_zone_finder", "#id_commune", unknown_commune,
                query="?commune=paris", send=None),
    InvalidForm("measure finder, unknown area", "gspp:measure_finder", "#id_area", ignored, query="?area=99",
                send=None),
    InvalidForm("measure finder, unknown status", "gspp:measure_finder", "fieldset:has(#id_status)", ignored,
                query="?status=exploded", send=None),
    InvalidForm("directory, unknown commune", "agencies:actor_list", "#id_commune", ignored, query="?commune=atlantis",
                send=None),
    InvalidForm("search, too long", "search", "#id_q", too_long, query=f"?q={'x' * (MAX_QUERY_LENGTH + 1)}", send=None),
    InvalidForm("login, empty", "login", "#id_username", required),
    InvalidForm("password reset, not an address", "password_reset", "#id_email", bad_email,
                fill={"#id_email": "not an address"}),
    InvalidForm("new password, two different", password_reset_confirm, "#id_new_password2", passwords_differ,
                fill={"#id_new_password1": "correct horse battery", "#id_new_password2": "another horse"}),
]  # fmt: skip

# The texts of the elements the control names in aria-describedby; null when an id names no element or several.
REFERENCED_TEXTS = """element => (element.getAttribute("aria-describedby") || "").split(/\\s+/).filter(Boolean)
.map(id => {
  const found = document.querySelectorAll(`[id="${CSS.escape(id)}"]`);
  return found.length === 1 ? found[0].textContent.replace(/\\s+/g, " ").trim() : null;
})"""


def computed_description(page, selector):
    """The accessible description Chromium computes for the element (what a screen reader gets)."""
    session = page.context.new_cdp_session(page)
    try:
        root = session.send("DOM.getDocument", {"depth": 0})["root"]["nodeId"]
        node = session.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
        tree = session.send("Accessibility.getPartialAXTree", {"nodeId": node, "fetchRelatives": False})
    finally:
        session.detach()
    description = tree["nodes"][0].get("description", {}).get("value", "")
    return " ".join(description.split())


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("form", FORMS, ids=[form.name for form in FORMS])
def test_the_error_is_read_out_with_the_field(site_data, live_server, chromium, form, language):
    context = chromium.new_context(locale=f"{language}-BE")
    try:
        page = context.new_page()
        page.set_default_timeout(10_000)
        page.goto(live_server.url + form.path(language) + form.query)
        for selector, value in form.fill.items():
            page.locator(selector).fill(value)
        if form.send:
            with page.expect_navigation():
                page.locator(form.send).first.click()

        with translation.override(language):
            message = form.message()
        control = page.locator(form.control)
        assert control.count() == 1, f"{form.name}: no {form.control} on {page.url}"
        texts = control.evaluate(REFERENCED_TEXTS)
        assert texts and None not in texts, f"{form.name}: aria-describedby names missing or doubled ids: {texts}"
        assert any(message in text for text in texts), f"{form.name}: {texts} do not say {message!r}"
        assert message in computed_description(page, form.control)
        if control.evaluate("element => element.matches('input, select, textarea')"):
            assert control.get_attribute("aria-invalid") == "true"
    finally:
        context.close()
