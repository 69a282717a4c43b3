"""The publication leak matrix: what is not published never reaches the public, on any channel.

Content in four states that the public must not see (a draft of a published item, an item never
published, one scheduled for later, one withdrawn) sits beside published content. One test per cell
(channel × kind of visitor × language), so a failure names its cell; each channel must also show the
published content, so that a channel that shows nothing cannot pass.
"""

import datetime

import pytest
from django.test import Client, override_settings
from django.utils import timezone, translation

from bps_portal import drafts
from tests.factories import MeasureFactory, PageFactory, StaffUserFactory, UserFactory
from tests.support import verified_login

pytestmark = pytest.mark.django_db

# Every title and note starts with the word the search and finder channels look for.
WORD = {"fr": "lanterne", "nl": "lantaarn"}
HIDDEN_STATES = ("draft", "unpublished", "scheduled", "withdrawn")
PATHS = {
    "fr": {"plan": "/fr/pgsp/", "finder": "/fr/pgsp/mesures/", "search": "/fr/recherche/", "feed": "mises-a-jour.atom"},
    "nl": {"plan": "/nl/gvpp/", "finder": "/nl/gvpp/maatregelen/", "search": "/nl/zoeken/", "feed": "updates.atom"},
}


def marker(kind, state, language):
    """A word that only one text of the fixture holds, e.g. `measureScheduledNl`."""
    return f"{kind}{state.capitalize()}{language.capitalize()}"


def texts(kind, state):
    """Titles that hold the marker; slugs too, for the channels that give addresses only."""
    titles = {f"title_{lang}": f"{WORD[lang].capitalize()} {marker(kind, state, lang)}" for lang in ("fr", "nl")}
    return titles | {f"slug_{lang}": marker(kind, state, lang).lower() for lang in ("fr", "nl")}


def url_in(obj, language):
    with translation.override(language):
        return obj.get_absolute_url()


def window(state):
    now = timezone.now()
    return {
        "draft": {"published": True},
        "published": {"published": True},
        "unpublished": {"published": False},
        "scheduled": {"published": True, "publish_from": now + datetime.timedelta(days=1)},
        "withdrawn": {"published": True, "unpublish_after": now - datetime.timedelta(minutes=1)},
    }[state]


@pytest.fixture
def content(initial_data):
    """A measure and a page in each state, with a progress note and an alert where they apply."""
    from agencies.models import Actor
    from bps_portal.models import Alert
    from gspp.models import ProgressUpdate, ThematicArea

    area = ThematicArea.objects.select_related("edition").get(edition__key="2021-2024", number=3)
    lead = Actor.objects.get(key="bps")
    author = StaffUserFactory()
    made = {"area": area, "lead": lead, "measures": {}, "pages": {}}
    for number, state in enumerate(("published", *HIDDEN_STATES), start=90):
        measure = MeasureFactory(area=area, number=number, lead_actor=lead, **texts("measure", state), **window(state))
        ProgressUpdate.objects.create(
            measure=measure,
            date=datetime.date.today(),
            status="in_progress",
            progress=50,
            note_fr=f"Note {marker('note', state, 'fr')}",
            note_nl=f"Noot {marker('note', state, 'nl')}",
        )
        page = PageFactory(key=f"leak-{state}", **texts("page", state), **window(state))
        made["measures"][state], made["pages"][state] = measure, page
        if state != "draft":
            message = {f"message_{lang}": f"Alerte {marker('alert', state, lang)}" for lang in ("fr", "nl")}
            Alert.objects.create(**message, **window(state))
    for kind, obj in (("measure", made["measures"]["draft"]), ("page", made["pages"]["draft"])):
        drafts.save_draft(obj, {f"title_{lang}": marker(kind, "draftText", lang) for lang in ("fr", "nl")}, author)
    return made


def pages_of(client, objects, language):
    return "".join(client.get(url_in(obj, language)).content.decode() for obj in objects.values())


def home(client, content, language):
    return client.get(f"/{language}/").content.decode()


def plan(client, content, language):
    return client.get(PATHS[language]["plan"]).content.decode()


def area_page(client, content, language):
    return client.get(url_in(content["area"], language)).content.decode()


def measure_pages(client, content, language):
    return pages_of(client, content["measures"], language)


def editorial_pages(client, content, language):
    return pages_of(client, content["pages"], language)


def measure_finder(client, content, language):
    return client.get(PATHS[language]["finder"], {"q": WORD[language]}).content.decode()


def finder_downloads(client, content, language):
    path = PATHS[language]["finder"]
    return "".join(client.get(path, {"q": WORD[language], "format": f}).content.decode() for f in ("csv", "json"))


def search_results(client, content, language):
    return client.get(PATHS[language]["search"], {"q": WORD[language]}).content.decode()


def feeds(client, content, language):
    plan_feed = PATHS[language]["plan"] + PATHS[language]["feed"]
    area_feed = url_in(content["area"], language) + PATHS[language]["feed"]
    return client.get(plan_feed).content.decode() + client.get(area_feed).content.decode()


def api(client, content, language):
    listed = client.get("/api/v1/measures/", {"page_size": 100, "area": "3"}).content.decode()
    details = "".join(client.get(f"/api/v1/measures/{m.pk}/").content.decode() for m in content["measures"].values())
    return listed + details


def actor_page(client, content, language):
    return client.get(url_in(content["lead"], language)).content.decode()


def sitemap(client, content, language):
    return client.get("/sitemap.xml").content.decode()


# channel: (what the visitor receives, which kinds of published content it must show)
CHANNELS = {
    "home": (home, {"alert"}),
    "plan": (plan, {"alert"}),
    "area page": (area_page, {"measure", "alert"}),
    "measure pages": (measure_pages, {"measure", "note", "alert"}),
    "editorial pages": (editorial_pages, {"page", "alert"}),
    "measure finder": (measure_finder, {"measure"}),
    "finder downloads": (finder_downloads, {"measure"}),
    "search": (search_results, {"measure", "page"}),
    "Atom feeds": (feeds, {"note", "alert"}),
    "API": (api, {"measure"}),
    "actor page": (actor_page, {"measure"}),
    "sitemap": (sitemap, {"measure", "page"}),
}
VISITORS = ("anonymous", "partner", "staff editor")


def visitor_client(client, visitor):
    from django.contrib.auth.models import Group

    from bps_portal import roles

    if visitor == "partner":
        user = UserFactory()
        user.groups.add(Group.objects.get(name=roles.PARTNER.name))
        client.force_login(user)
    elif visitor == "staff editor":
        user = StaffUserFactory(is_superuser=False)
        user.groups.add(Group.objects.get(name=roles.PUBLISHER.name))
        verified_login(client, user)
    return client


@pytest.mark.parametrize("language", ["fr", "nl"])
@pytest.mark.parametrize("visitor", VISITORS)
@pytest.mark.parametrize("channel", CHANNELS)
def test_only_published_content_reaches_the_public(content, client, channel, visitor, language):
    receive, shows = CHANNELS[channel]
    text = receive(visitor_client(client, visitor), content, language).lower()
    assert_only_published(text, shows, channel, visitor, language)


@pytest.mark.parametrize("visitor", VISITORS)
@pytest.mark.parametrize("channel", CHANNELS)
def test_the_page_cache_serves_only_published_content(content, client, channel, visitor):
    """With the page cache on: what a visitor received never reaches an anonymous one, asked twice."""
    receive, shows = CHANNELS[channel]
    with override_settings(PAGE_CACHE_ENABLED=True, KEEP_PER_GENERATION=True):
        text = receive(visitor_client(client, visitor), content, "nl").lower()
        anonymous = [receive(Client(), content, "nl").lower() for _ in range(2)]
    for seen in (text, *anonymous):
        assert_only_published(seen, shows, channel, visitor, "nl")


def assert_only_published(text, shows, channel, visitor, language):
    for kind in shows:
        assert marker(kind, "published", language).lower() in text, f"{channel} shows the published {kind}"
        if kind in ("measure", "page"):
            assert marker(kind, "draft", language).lower() in text, f"{channel} shows a drafted {kind} as published"
    # A published item with a draft, and its progress notes, are public: only the draft's text is not.
    public = {("measure", "draft"), ("page", "draft"), ("note", "draft")}
    leaked = [
        marker(kind, state, lang)
        for kind in ("measure", "page", "note", "alert")
        for state in (*HIDDEN_STATES, "draftText")
        for lang in ("fr", "nl")
        if (kind, state) not in public and marker(kind, state, lang).lower() in text
    ]
    assert leaked == [], f"{channel} leaks to {visitor}"
