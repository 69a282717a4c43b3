"""Staff in a real browser, in French and in Dutch.

An editor logs in for the first time with two-step verification, drafts a change to a published
measure, previews it in both languages and is refused where the role stops; a publisher
publishes the draft, restores the earlier revision, and finds every step in the audit log; the
public page and the API follow each step.
"""

import re

import pytest
from django.contrib.auth.models import Group

from bps_portal import drafts
from bps_portal.roles import PLAN_EDITOR, PUBLISHER
from gspp.models import Measure
from tests.browser.support import STAFF_PASSWORD, axe_violations, log_in_as_staff
from tests.factories import UserFactory
from tests.support import current_code

WORDS = {
    "fr": {
        "setup": "Activer la vérification en deux étapes",
        "refused": "Accès refusé",
        "banner": "Aperçu d’un brouillon",
        "draft": "brouillon enregistré",
        "published": "publié",
        "restored": "restauré",
    },
    "nl": {
        "setup": "Verificatie in twee stappen instellen",
        "refused": "Toegang geweigerd",
        "banner": "Voorbeeld van een ontwerp",
        "draft": "ontwerp bewaard",
        "published": "gepubliceerd",
        "restored": "hersteld",
    },
}


def staff_member(role):
    user = UserFactory(is_staff=True)
    user.groups.add(Group.objects.get(name=role.name))
    return user


def new_page(chromium, language):
    context = chromium.new_context(locale=f"{language}-BE")
    page = context.new_page()
    page.set_default_timeout(10_000)
    return context, page


def public_title(page, live_server, measure):
    page.goto(f"{live_server.url}/nl/gvpp/2021-2024/maatregelen/{measure.slug_nl}/")
    return page.locator("h1").inner_text()


def api_title(page, live_server, measure):
    response = page.request.get(f"{live_server.url}/api/v1/measures/{measure.pk}/")
    return response.json()["title_nl"]


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_draft_preview_publish_restore_and_the_record(site_data, live_server, chromium, language):
    words = WORDS[language]
    measure = Measure.objects.get(area__edition__key="2021-2024", area__number=3, number=4)
    original = measure.title_nl
    drafted = f"Preventiecampagnes ({language})"
    context, page = new_page(chromium, language)
    editor = staff_member(PLAN_EDITOR)

    # First login: the password, then an authenticator app linked with the QR code.
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", editor.username)
    page.fill("#id_password", STAFF_PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_url(re.compile(r".*/admin/two-factor/setup/.*"))
    assert page.get_by_role("heading", name=words["setup"]).is_visible()
    assert page.locator(".two-factor-qr svg").is_visible()
    assert axe_violations(page) == []
    page.fill("#id_code", current_code(editor))
    page.click("#two-factor-form input[type=submit]")
    assert page.locator(".two-factor-codes li").count() == 10
    assert axe_violations(page) == []
    page.locator(".two-factor-codes + p a").click()
    page.wait_for_url(f"{live_server.url}/admin/")

    # A change to the published measure waits as a draft; the public and the API do not see it.
    page.goto(f"{live_server.url}/admin/gspp/measure/{measure.pk}/change/")
    page.locator("#measure_form").get_by_role("tab", name="Nederlands").first.click()
    page.fill("#id_title_nl", drafted)
    page.locator("input[name=_save_draft]").click()
    page.wait_for_url(f"{live_server.url}/admin/gspp/measure/{measure.pk}/change/")
    assert page.locator(".draft-notice").is_visible()
    assert drafts.draft_of(measure).data["title_nl"] == drafted
    for code in ("fr", "nl"):
        page.goto(f"{live_server.url}/admin/gspp/measure/{measure.pk}/preview/{code}/")
        assert page.locator(".preview-banner").is_visible()
        assert page.locator("meta[name=robots]").get_attribute("content") == "noindex, nofollow"
    assert drafted in page.locator("h1").inner_text()
    assert public_title(page, live_server, measure).endswith(original)
    assert api_title(page, live_server, measure) == original

    # Where the role stops: editorial pages and deletions belong to others.
    for path in ("/admin/bps_portal/page/", f"/admin/gspp/measure/{measure.pk}/delete/"):
        response = page.goto(live_server.url + path)
        assert response.status == 403
        assert page.get_by_role("heading", name=words["refused"]).is_visible()
    context.close()

    # A publisher publishes the draft: the page and the API change together.
    context, page = new_page(chromium, language)
    log_in_as_staff(page, live_server, staff_member(PUBLISHER))
    page.goto(f"{live_server.url}/admin/gspp/measure/{measure.pk}/change/")
    assert page.locator(".draft-notice").is_visible()
    page.locator("input[name=_publish]").click()
    page.wait_for_url(f"{live_server.url}/admin/gspp/measure/")
    assert public_title(page, live_server, measure).endswith(drafted)
    assert api_title(page, live_server, measure) == drafted

    # ... then restores the earlier revision, itself a new revision.
    page.goto(f"{live_server.url}/admin/gspp/measure/{measure.pk}/history/")
    page.locator("#change-history tbody tr").nth(1).locator("th a").click()
    page.locator("input[name=_save]").click()
    page.wait_for_url(f"{live_server.url}/admin/gspp/measure/")
    assert public_title(page, live_server, measure).endswith(original)
    assert api_title(page, live_server, measure) == original

    # Every step is on record.
    page.goto(f"{live_server.url}/admin/bps_portal/auditentry/?q=3.4")
    rows = page.locator("#result_list tbody").inner_text()
    for step in ("draft", "published", "restored"):
        assert words[step] in rows, (step, rows)
    context.close()


EDITOR = {
    "fr": {"switch": "Français", "bold": "gras", "heading": "Titre de niveau 2", "path": "/fr/a-propos/"},
    "nl": {"switch": "Nederlands", "bold": "vet", "heading": "Kop van niveau 2", "path": "/nl/over-ons/"},
}


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_a_publisher_writes_a_page_body_with_the_editor_and_the_public_sees_it(
    site_data, live_server, chromium, language
):
    from bps_portal.models import Page

    words = EDITOR[language]
    context = chromium.new_context(locale=f"{language}-BE")
    page = context.new_page()
    page.set_default_timeout(10_000)
    errors = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    publisher = UserFactory(is_staff=True)
    publisher.groups.add(Group.objects.get(name=PUBLISHER.name))
    log_in_as_staff(page, live_server, publisher)
    about = Page.objects.get(key="about")
    before = getattr(about, f"body_{language}")
    page.goto(f"{live_server.url}/admin/bps_portal/page/{about.pk}/change/")
    page.locator(".language-switch").get_by_role("button", name=words["switch"]).click()

    editor = page.locator(".prose-editor").filter(has=page.locator(f"#id_body_{language}"))
    body = editor.get_by_role("textbox", name=re.compile(rf"\[{language}\]"))
    body.click()
    # The caret at the very end of the text, set as a browser would (ProseMirror follows the DOM
    # selection): clicks and Ctrl+End proved unreliable on a loaded machine.
    body.evaluate(
        """element => {
            const range = document.createRange();
            range.selectNodeContents(element.lastElementChild);
            range.collapse(false);
            window.getSelection().removeAllRanges();
            window.getSelection().addRange(range);
        }"""
    )
    page.wait_for_timeout(100)  # ProseMirror reads the selection on the next selectionchange event
    page.keyboard.press("Enter")
    page.keyboard.type("Contact presse")
    editor.locator(".prose-menubar__selected button").focus()  # the block-type menu, by keyboard
    page.keyboard.press("Enter")
    editor.get_by_role("button", name=words["heading"], exact=True).click()
    page.keyboard.press("End")
    page.keyboard.press("Enter")
    page.keyboard.type("Une ligne en gras" if language == "fr" else "Een vette regel")
    page.keyboard.press("Shift+Home")
    editor.get_by_role("button", name=words["bold"], exact=True).click()
    page.locator("input[name=_publish]").click()
    page.wait_for_load_state()

    saved = getattr(Page.objects.get(pk=about.pk), f"body_{language}")
    for kept in ("<abbr", "<address", "<h2", "<li", "<a "):
        assert saved.count(kept) == before.count(kept) + (kept == "<h2"), f"the editor keeps every {kept}"
    assert "<h2>Contact presse</h2>" in saved
    assert re.search(r"<strong>(Une ligne en gras|Een vette regel)</strong>", saved)
    page.goto(live_server.url + words["path"])
    assert page.get_by_role("heading", name="Contact presse", level=2).is_visible()
    assert errors == [], "no script error and no CSP violation"
    context.close()
