"""The anonymous page cache (issue 14): served again to anonymous visitors, never to anyone else,
renewed at once by any change of content, and answered with a 304 when the visitor has it."""

import datetime
import io

import pytest
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.test import Client, override_settings
from django.utils import timezone

from agencies.models import Actor, ContactPoint
from bps_portal import page_cache
from bps_portal.models import Alert, Page
from gspp.models import Measure, ThematicArea
from tests.admin_forms import form_data
from tests.factories import MeasureFactory, UserFactory
from tests.support import PARTNER_PHONE

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]

HOME = {"fr": "/fr/", "nl": "/nl/"}


@pytest.fixture
def page_cache_on():
    with override_settings(PAGE_CACHE_ENABLED=True, KEEP_PER_GENERATION=True):
        yield


def hit(response):
    return response.get(page_cache.HIT_HEADER) == "hit"


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_the_second_anonymous_visit_gets_the_same_bytes_from_the_cache(initial_data, client, language):
    measure = Measure.objects.get(area__number=5, number=5, area__edition__key="2021-2024")
    for path in (HOME[language], measure_url(measure, language), "/api/v1/measures/?area=5", "/sitemap.xml"):
        first = client.get(path)
        second = client.get(path)
        assert first.status_code == second.status_code == 200, path
        assert not hit(first) and hit(second), path
        assert first.content == second.content, path
        assert second["ETag"] == first["ETag"]


def measure_url(measure, language):
    from django.utils import translation

    with translation.override(language):
        return measure.get_absolute_url()


def test_a_revalidation_is_answered_with_304_cached_or_not(initial_data, client):
    first = client.get("/fr/")
    assert first.status_code == 200 and first["ETag"]
    again = client.get("/fr/", headers={"if-none-match": first["ETag"]})
    assert again.status_code == 304 and again.content == b""
    assert client.get("/fr/", headers={"if-none-match": '"something-else"'}).status_code == 200


def test_a_change_of_content_is_seen_at_the_very_next_request(initial_data, staff_client):
    client = Client()  # anonymous (the staff_client fixture logs in the default one)
    measure = Measure.objects.get(area__number=5, number=5, area__edition__key="2021-2024")
    url = measure.get_absolute_url()
    client.get(url)
    assert hit(client.get(url))
    change = f"/admin/gspp/measure/{measure.pk}/change/"
    data = form_data(staff_client.get(change), "measure_form")
    data["title_fr"] = "Table ronde des conseillers, titre revu"
    data["_publish"] = "1"
    assert staff_client.post(change, data).status_code == 302
    fresh = client.get(url)
    assert not hit(fresh) and "titre revu" in fresh.content.decode()


def test_logged_in_visitors_neither_read_nor_fill_the_cache(initial_data, client, partner_group):
    zone = Actor.objects.get(zone_number="5341")
    ContactPoint.objects.create(actor=zone, label_fr="Ligne partenaires", label_nl="Partnerlijn",
                                phone=PARTNER_PHONE, visibility="partners")  # fmt: skip
    url = zone.get_absolute_url()
    partner = UserFactory(groups=[partner_group])
    client.force_login(partner)
    as_partner = client.get(url)
    assert "Ligne partenaires" in as_partner.content.decode() and page_cache.HIT_HEADER not in as_partner
    assert "private" in as_partner["Cache-Control"]
    client.logout()
    for _ in range(2):
        anonymous = client.get(url)
        assert "Ligne partenaires" not in anonymous.content.decode()
    client.force_login(partner)
    assert "Ligne partenaires" in client.get(url).content.decode(), "a partner never gets the anonymous copy"


def test_staff_previews_and_drafts_never_reach_the_cache(initial_data, staff_client):
    client = Client()
    page = Page.objects.get(key="about")
    change = f"/admin/bps_portal/page/{page.pk}/change/"
    data = form_data(staff_client.get(change), "page_form")
    data["title_fr"] = "Brouillon secret"
    data["_save_draft"] = "1"
    staff_client.post(change, data)
    staff_client.get(f"/admin/bps_portal/page/{page.pk}/preview/fr/")
    for _ in range(2):
        assert "Brouillon secret" not in client.get(page.get_absolute_url()).content.decode()


@pytest.mark.parametrize("path", ["/fr/no-such-page/", "/fr/pgsp/2021-2024/mesures/nope/", "/"])
def test_errors_and_redirects_are_never_cached(initial_data, client, path):
    first = client.get(path)
    assert first.status_code in (301, 302, 404), path
    assert not hit(client.get(path))


def test_only_a_plain_200_is_storable(rf):
    from django.http import HttpResponse

    request = rf.get("/fr/")
    assert page_cache.storable(request, HttpResponse("ok"))
    assert not page_cache.storable(request, HttpResponse("down", status=503))
    with_cookie = HttpResponse("ok")
    with_cookie.set_cookie("anything", "1")
    assert not page_cache.storable(request, with_cookie)
    private = HttpResponse("ok", headers={"Cache-Control": "private"})
    assert not page_cache.storable(request, private)
    # The key covers the language and the cookies: an answer that varies on another header is not stored.
    assert page_cache.storable(request, HttpResponse("ok", headers={"Vary": "Accept-Language, Cookie"}))
    assert not page_cache.storable(request, HttpResponse("ok", headers={"Vary": "Accept-Encoding"}))


def test_a_visitor_with_a_cookie_of_their_own_gets_pages_of_their_own(initial_data, client):
    client.get("/fr/")
    assert hit(client.get("/fr/"))
    other = Client()
    other.cookies["preference"] = "anything"
    assert not hit(other.get("/fr/")), "an unknown cookie might change the page: its holder gets their own copy"
    assert hit(other.get("/fr/"))
    assert hit(client.get("/fr/"))


def test_an_answer_that_sets_a_cookie_or_holds_a_form_token_is_never_cached(initial_data, client):
    login = "/fr/connexion/"
    first = client.get(login)
    assert first.status_code == 200 and first.cookies
    second = client.get(login)
    assert not hit(second)


def test_a_visitor_with_a_session_or_messages_cookie_gets_a_fresh_page(initial_data, client):
    client.get("/fr/")
    assert hit(client.get("/fr/"))
    client.cookies["messages"] = "anything"
    assert not hit(client.get("/fr/"))


# Invalidation: every model, every staff action, every command ------------------------------------


def content_models():
    return sorted(
        (model for model in apps.get_models() if page_cache.is_content(model)), key=lambda model: model._meta.label
    )


def test_every_content_model_is_watched():
    labels = {model._meta.label_lower for model in content_models()}
    assert {
        "agencies.actor", "agencies.actortype", "agencies.contactpoint", "agencies.municipality", "agencies.postcode",
        "gspp.planedition", "gspp.strategicobjective", "gspp.thematicarea", "gspp.contextfigure", "gspp.measure",
        "gspp.progressupdate", "bps_portal.page", "bps_portal.alert", "bps_portal.oldslug", "bps_portal.source",
        "bps_portal.citation",
    } <= labels  # fmt: skip


@pytest.mark.parametrize("model", content_models(), ids=lambda model: model._meta.label)
def test_saving_or_deleting_any_content_starts_a_new_generation(initial_data, model):
    obj = model._default_manager.first() or make_one(model)
    before = page_cache.generation()
    obj.save()
    after_save = page_cache.generation()
    assert after_save != before
    if model is not Actor or obj.key != "bps":
        from django.db import transaction

        with transaction.atomic():
            sid = transaction.savepoint()
            try:
                obj.delete()
                assert page_cache.generation() != after_save
            except Exception as error:  # protected records: their deletion is refused, nothing changes
                assert "protected" in type(error).__name__.lower() or "Protected" in str(type(error))
            transaction.savepoint_rollback(sid)


def make_one(model):
    """One object of the content models the seed data has none of."""
    from bps_portal.models import OldSlug
    from gspp.models import ProgressUpdate
    from gspp.services import record_progress_update

    measure = Measure.objects.get(area__number=5, number=5, area__edition__key="2021-2024")
    makers = {
        Alert: lambda: Alert.objects.create(message_fr="Alerte", message_nl="Alarm", published=True),
        OldSlug: lambda: OldSlug.objects.create(
            content_type=ContentType.objects.get_for_model(measure), object_id=measure.pk, language="fr", slug="avant"
        ),
        ProgressUpdate: lambda: (
            record_progress_update(measure, date=datetime.date(2025, 1, 6), status="in_progress", progress=10)
            and measure.progress_updates.first()
        ),
    }
    return makers[model]()


def test_a_many_to_many_change_starts_a_new_generation(initial_data):
    measure = Measure.objects.get(area__number=5, number=5, area__edition__key="2021-2024")
    before = page_cache.generation()
    measure.partner_actors.add(Actor.objects.get(key="stib"))
    assert page_cache.generation() != before


@pytest.mark.parametrize(
    "action", ["mark_in_progress", "mark_delayed", "mark_completed", "mark_abandoned", "mark_translations_checked"]
)
def test_each_bulk_action_starts_a_new_generation(initial_data, staff_client, action):
    measure = MeasureFactory(
        area=ThematicArea.objects.get(edition__key="2021-2024", number=7), number=1, status="not_reported"
    )
    before = page_cache.generation()
    staff_client.post("/admin/gspp/measure/", {"action": action, "_selected_action": [measure.pk]})
    assert page_cache.generation() != before


def test_restoring_a_revision_starts_a_new_generation(initial_data, staff_client):
    from reversion.models import Version

    page = Page.objects.get(key="privacy")
    change = f"/admin/bps_portal/page/{page.pk}/change/"
    data = form_data(staff_client.get(change), "page_form")
    data["title_fr"] = "Vie privée, version 2"
    data["_publish"] = "1"
    staff_client.post(change, data)
    version = Version.objects.get_for_object(page).last()
    before = page_cache.generation()
    staff_client.post(f"/admin/bps_portal/page/{page.pk}/history/{version.pk}/", form_data(
        staff_client.get(f"/admin/bps_portal/page/{page.pk}/history/{version.pk}/"), "page_form"
    ))  # fmt: skip
    assert page_cache.generation() != before


@pytest.mark.parametrize(
    "command",
    [["load_initial_data"], ["generate_demo_measures", "--count", "2"], ["generate_demo_actors", "--count", "2"]],
)
def test_each_command_that_writes_content_starts_a_new_generation(initial_data, command):
    before = page_cache.generation()
    call_command(*command, stdout=io.StringIO())
    assert page_cache.generation() != before


# Scheduled publication ----------------------------------------------------------------------------


def test_a_page_lives_no_longer_than_the_next_scheduled_publication(initial_data, settings):
    now = timezone.now()
    assert page_cache.seconds_to_live(page_cache.generation(), now) == settings.PAGE_CACHE_SECONDS
    Alert.objects.create(message_fr="Alerte", message_nl="Alarm", published=True,
                         publish_from=now + datetime.timedelta(seconds=90))  # fmt: skip
    assert 85 <= page_cache.seconds_to_live(page_cache.generation(), now) <= 90
    MeasureFactory(area=ThematicArea.objects.get(edition__key="2021-2024", number=7), number=2,
                   unpublish_after=now + datetime.timedelta(seconds=30))  # fmt: skip
    assert 25 <= page_cache.seconds_to_live(page_cache.generation(), now) <= 30


def test_once_a_publication_has_fallen_due_pages_are_cached_again(initial_data):
    now = timezone.now()
    Alert.objects.create(message_fr="Alerte", message_nl="Alarm", published=True,
                         publish_from=now + datetime.timedelta(seconds=30))  # fmt: skip
    current = page_cache.generation()
    assert page_cache.seconds_to_live(current, now) <= 30
    later = now + datetime.timedelta(seconds=31)
    assert page_cache.seconds_to_live(current, later) == page_cache.settings.PAGE_CACHE_SECONDS


def test_a_scheduled_measure_stays_hidden_and_no_cached_page_outlives_its_publication(initial_data, client, settings):
    now = timezone.now()
    measure = MeasureFactory(area=ThematicArea.objects.get(edition__key="2021-2024", number=7), number=3,
                             title_fr="Mesure à venir", publish_from=now + datetime.timedelta(seconds=60))  # fmt: skip
    finder = "/fr/pgsp/mesures/?area=7"
    assert "Mesure à venir" not in client.get(finder).content.decode()
    # No cached page outlives the moment it falls due.
    assert page_cache.seconds_to_live(page_cache.generation(), now) <= 60
    assert measure.pk


def test_what_every_page_shows_is_kept_per_generation_and_renewed_by_a_change(initial_data, client):
    from tests.query_budget import count_queries

    client.cookies["messages"] = "x"  # past the page cache: this is about what an uncached page costs
    with override_settings(KEEP_PER_GENERATION=False):
        without, _ = count_queries(client, "/fr/")
    client.get("/fr/")
    kept, _ = count_queries(client, "/fr/")
    assert without >= 3 and kept == 0, "the plan's counts, the site's contact and its pages come from the cache"
    Page.objects.filter(key="privacy").update(title_fr="Vie privée (titre revu)")
    page_cache.content_changed()  # .update() sends no signal; what staff do goes through the audit log
    assert "Vie privée (titre revu)" in client.get("/fr/").content.decode()


def current_navigation_entry(html):
    import re

    navigation = html.split('class="main-nav"', 1)[1].split("</nav>", 1)[0]
    return [" ".join(text.split()) for text in re.findall(r'aria-current="page">(.*?)</a>', navigation, re.S)]


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_a_kept_fragment_is_the_same_as_rendering_it_on_every_page(initial_data, client, language):
    """Each page of each language gets its own navigation (current entry), footer and filter form."""
    client.cookies["messages"] = "x"  # past the page cache
    from django.urls import reverse
    from django.utils import translation

    with translation.override(language):
        paths = [reverse("home"), reverse("gspp:plan"), reverse("agencies:actor_list"), reverse("search"),
                 reverse("gspp:measure_finder") + "?status=completed", reverse("gspp:measure_finder"),
                 reverse("agencies:actor_list") + "?level=regional", reverse("agencies:actor_list")]  # fmt: skip
    with override_settings(KEEP_PER_GENERATION=False):
        rendered = {path: client.get(path).content.decode() for path in paths}
    for path in paths + paths:  # the second round from the kept fragments
        assert client.get(path).content.decode() == rendered[path], path
    assert current_navigation_entry(rendered[paths[1]]) == [{"fr": "Le plan", "nl": "Het plan"}[language]]
    checked = 'value="completed" id="id_status_3" checked'
    assert checked in rendered[paths[4]] and checked not in rendered[paths[5]]


@pytest.mark.parametrize(
    ("admin_path", "action", "make"),
    [
        (
            "gspp/measure",
            "delete_selected",
            lambda: MeasureFactory(area=ThematicArea.objects.get(edition__key="2021-2024", number=7), number=9),
        ),
        ("agencies/actor", "delete_selected", lambda: Actor.objects.get(key="stib")),
        ("bps_portal/page", "delete_selected", lambda: Page.objects.get(key="privacy")),
        ("bps_portal/alert", "delete_selected", lambda: Alert.objects.create(message_fr="A", message_nl="A")),
        ("agencies/actor", "mark_translations_checked", lambda: Actor.objects.get(key="stib")),
        ("bps_portal/page", "mark_translations_checked", lambda: Page.objects.get(key="privacy")),
    ],
)
def test_each_admin_action_starts_a_new_generation(initial_data, staff_client, admin_path, action, make):
    target = make()
    before = page_cache.generation()
    data = {"action": action, "_selected_action": [target.pk]}
    if action == "delete_selected":
        data["post"] = "yes"  # the confirmation page's answer
    response = staff_client.post(f"/admin/{admin_path}/", data)
    assert response.status_code == 302
    assert page_cache.generation() != before


@pytest.mark.parametrize(
    "path",
    [
        "/fr/", "/nl/over-ons/", "/fr/partenaires/", "/nl/partners/?q=o&level=regional&page=2",
        "/fr/partenaires/zone-de-police-midi/", "/fr/partenaires/zones-de-police/?postcode=1040", "/fr/pgsp/",
        "/nl/gvpp/2021-2024/drugs-en-verslavingen/", "/fr/pgsp/mesures/",
        "/nl/gvpp/maatregelen/?status=in_progress&status=delayed&sort=title", "/fr/recherche/?q=prevention",
        "/nl/zoeken/?q=radicaliseing", "/api/v1/measures/?status=in_progress", "/api/v1/actors/?page=2",
    ],
)  # fmt: skip
def test_with_the_production_cache_no_public_page_needs_more_than_8_queries(initial_data, client, path):
    """What a page costs when the page cache misses (issue 14's budget), what every page shows kept."""
    from tests.query_budget import count_queries

    client.cookies["messages"] = "x"  # past the page cache
    client.get(path)
    queries, statements = count_queries(client, path)
    assert queries <= 8, f"{path}: {queries} queries:\n" + "\n".join(statements)
