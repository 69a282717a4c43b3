"""A visitor writes to BPS from the footer, in French and in Dutch, in a real Chromium: the form,
its errors, the confirmation and the mail to staff (the live server runs in this process, so the
test sees its mail outbox)."""

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from bps_portal.models import Feedback
from tests.browser.support import axe_violations


def said(language, text):
    with translation.override(language):
        return gettext(text)


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_a_visitor_writes_to_us_from_the_footer(site_data, live_server, page, settings, language):
    settings.FEEDBACK_RECIPIENTS = ["inbox@bps.example"]
    with translation.override(language):
        form_path, sent_path = reverse("feedback"), reverse("feedback_sent")

    page.goto(f"{live_server.url}/{language}/")
    page.locator(".site-footer").get_by_role("link", name=said(language, "Report a problem on this website")).click()
    page.wait_for_url(live_server.url + form_path)
    assert page.get_attribute("html", "lang") == language
    assert page.input_value("#id_page_url") == f"/{language}/", "the page the visitor came from"
    assert axe_violations(page) == []

    # Sent without choosing what it is about nor writing anything: errors next to the fields.
    page.get_by_role("button", name=said(language, "Send the message")).click()
    page.wait_for_load_state()
    assert page.locator(".form-errors[role=alert]").is_visible()
    assert page.locator("#id_kind[aria-invalid=true]").count() == 1
    assert page.locator(".field-error").count() == 2
    assert axe_violations(page) == []
    assert Feedback.objects.count() == 0

    page.get_by_label(said(language, "What is your message about?")).select_option("accessibility")
    page.locator("#id_message").fill("Le graphique n’a pas de texte. / De grafiek heeft geen tekst.")
    page.locator("#id_email").fill("camille@example.org")
    page.get_by_role("button", name=said(language, "Send the message")).click()
    page.wait_for_url(live_server.url + sent_path)
    assert page.locator("h1").inner_text() == said(language, "Thank you, your message has been sent")
    assert axe_violations(page) == []

    feedback = Feedback.objects.get()
    assert (feedback.language, feedback.page_url, feedback.email) == (language, f"/{language}/", "camille@example.org")
    [sent] = mail.outbox
    assert sent.to == ["inbox@bps.example"] and sent.reply_to == ["camille@example.org"]
    assert f"/admin/bps_portal/feedback/{feedback.pk}/change/" in sent.body
