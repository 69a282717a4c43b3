import pytest
from bs4 import BeautifulSoup

from bps_portal.models import Page
from tests.admin_forms import form_data

pytestmark = pytest.mark.django_db


def test_admin_is_outside_the_language_prefixes(client):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert client.get("/fr/admin/").status_code == 404


@pytest.mark.parametrize(("accept_language", "text"), [("nl", "Gebruikersnaam"), ("fr", "Nom d’utilisateur")])
def test_admin_speaks_the_staff_members_language(client, accept_language, text):
    response = client.get("/admin/login/", headers={"accept-language": accept_language})
    assert text in response.content.decode()


def test_page_form_has_french_and_dutch_fields_and_local_scripts_only(initial_data, staff_client):
    page = Page.objects.get(key="about")
    response = staff_client.get(f"/admin/bps_portal/page/{page.pk}/change/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    for name in ("title_fr", "title_nl", "slug_fr", "slug_nl", "body_fr", "body_nl"):
        assert soup.find(attrs={"name": name}) is not None, name
    scripts = [tag["src"] for tag in soup.find_all("script", src=True)]
    assert any(src.endswith("js/language-tabs.js") or "js/language-tabs." in src for src in scripts)
    assert [src for src in scripts if not src.startswith("/") or src.startswith("//")] == []


def test_staff_edits_the_dutch_title_and_only_the_dutch_page_changes(initial_data, staff_client, client):
    page = Page.objects.get(key="about")
    response = staff_client.get(f"/admin/bps_portal/page/{page.pk}/change/")
    data = form_data(response, "page_form")
    data["title_nl"] = "Over Brussel Preventie & Veiligheid"
    response = staff_client.post(f"/admin/bps_portal/page/{page.pk}/change/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    staff_client.logout()
    assert "<h1>Over Brussel Preventie &amp; Veiligheid</h1>" in client.get("/nl/over-ons/").content.decode()
    assert "Over Brussel Preventie" not in client.get("/fr/a-propos/").content.decode()


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("fr", "Le site public n’afficherait pas ces éléments"),
        ("nl", "De publieke site zou deze onderdelen niet tonen"),
    ],
)
def test_html_the_public_would_not_see_is_refused_on_save_and_named(initial_data, staff_client, language, message):
    page = Page.objects.get(key="about")
    url = f"/admin/bps_portal/page/{page.pk}/change/"
    data = form_data(staff_client.get(url), "page_form")
    data["body_nl"] = '<h1>Wie zijn we?</h1><p style="color: red">Tekst</p><a href="javascript:alert(1)">x</a>'
    response = staff_client.post(url, data, headers={"accept-language": language})
    assert response.status_code == 200
    errors = BeautifulSoup(response.content, "html.parser").select(".errorlist")
    text = " ".join(error.get_text() for error in errors)
    assert message in text
    assert '<h1>, <p style="…">, <a href="javascript:…">' in text
    assert Page.objects.get(pk=page.pk).body_nl == page.body_nl, "nothing saved"


def test_every_seed_page_keeps_all_its_html():
    from bps_portal.initial_data import page_rows

    PAGES = [fields for _row, fields in page_rows()]
    from bps_portal.sanitizer import removed_by_sanitizer

    assert {page["key"]: removed_by_sanitizer(page[f"body_{lang}"]) for page in PAGES for lang in ("fr", "nl")} == {
        page["key"]: [] for page in PAGES
    }


def test_the_editor_writes_and_keeps_exactly_what_the_sanitiser_keeps():
    """More in the editor would be refused on save; less would be dropped when a page is opened."""
    from django_prose_editor.config import allowlist_from_extensions

    from bps_portal.editor import EXTENSIONS, PORTAL_EXTENSIONS
    from bps_portal.sanitizer import ALLOWED_ATTRIBUTES, ALLOWED_TAGS, ALLOWED_URL_SCHEMES, REPLACED_ATTRIBUTES

    offered = allowlist_from_extensions(EXTENSIONS)
    attributes = {tag: set(names) for tag, names in offered["attributes"].items()}
    for kept in PORTAL_EXTENSIONS.values():
        offered["tags"] |= kept.keys()
        for tag, names in kept.items():
            attributes.setdefault(tag, set()).update(names)
    assert offered["tags"] == ALLOWED_TAGS
    replaced = {tag: names - REPLACED_ATTRIBUTES.get(tag, set()) for tag, names in attributes.items()}
    assert {tag: names for tag, names in replaced.items() if names} == ALLOWED_ATTRIBUTES
    assert offered["url_schemes"] == ALLOWED_URL_SCHEMES


def test_only_the_page_editor_widens_the_csp_and_only_by_a_nonce_and_one_hash(initial_data, staff_client, client):
    from bps_portal.editor import TIPTAP_STYLE_HASH

    page = Page.objects.get(key="about")
    response = staff_client.get(f"/admin/bps_portal/page/{page.pk}/change/")
    policy = response["Content-Security-Policy"]
    soup = BeautifulSoup(response.content, "html.parser")
    importmap = soup.find("script", type="importmap")
    assert f"'nonce-{importmap['nonce']}'" in policy
    assert f"style-src 'self' {TIPTAP_STYLE_HASH}" in policy
    assert "unsafe" not in policy
    for public in ("/fr/a-propos/", "/nl/over-ons/"):
        assert "nonce" not in client.get(public)["Content-Security-Policy"]
        assert TIPTAP_STYLE_HASH not in client.get(public)["Content-Security-Policy"]
