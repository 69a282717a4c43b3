"""Search that always helps (issue 16): the words residents type get an answer first, in their
language; a postcode or a commune gets its police zone; staff keep the answers and synonyms in the
admin; a search that finds nothing offers ways on, never a bare "0 results"."""

import tomllib

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Permission
from django.test import override_settings
from django.urls import reverse
from django.utils import translation

from agencies.models import Actor
from bps_portal import initial_data as initial_data_files
from bps_portal import page_cache, search, search_help
from bps_portal.models import SearchBestBet, SearchSynonym
from bps_portal.seed import DataFileError, load_search_help
from gspp.models import ThematicArea
from tests.admin_forms import form_data
from tests.factories import UserFactory
from tests.query_budget import count_queries
from tests.support import verified_login

pytestmark = pytest.mark.django_db
SEARCH = {"fr": "/fr/recherche/", "nl": "/nl/zoeken/"}

# What the first thing on the page must be: a best bet's destination, a police zone (by the key of
# its directory record), or a search result (a word of its title).
FINDER = ("page", "agencies:police_zone_finder")
EMERGENCY = ("emergency", None)
PLAN = ("page", "gspp:plan")
MEASURES = ("page", "gspp:measure_finder")
DIRECTORY = ("page", "agencies:actor_list")


def zone(key):
    return ("actor", key)


def area(number):
    return ("area", number)


def result(words):
    return ("result", words)


POLBRU, OUEST, MIDI, MARLOW, MONTGOMERY, NORD = (
    "polbru-5339", "bruxelles-ouest-5340", "midi-5341", "marlow-5342", "montgomery-5343", "bruxelles-nord-5344",
)  # fmt: skip

# Forty queries residents type, per language, and what must come first.
CITIZEN_QUERIES = {
    "fr": [
        ("porter plainte", FINDER),
        ("Comment porter plainte ?", FINDER),
        ("déposer une plainte", FINDER),
        ("commissariat", FINDER),
        ("police", FINDER),
        ("police 1060", zone(MIDI)),
        ("1060", zone(MIDI)),
        ("1000 Bruxelles", zone(POLBRU)),
        ("1050", zone(POLBRU)),
        ("1030", zone(NORD)),
        ("ixelles", zone(POLBRU)),
        ("Schaerbeek", zone(NORD)),
        ("molenbeek", zone(OUEST)),
        ("saint-josse", zone(NORD)),
        ("commissariat uccle", zone(MARLOW)),
        ("police Anderlecht", zone(MIDI)),
        ("woluwe", zone(MONTGOMERY)),
        ("urgence", EMERGENCY),
        ("ambulance", EMERGENCY),
        ("pompiers", EMERGENCY),
        ("numéro d'urgence", EMERGENCY),
        ("112", EMERGENCY),
        ("vol de vélo", area(5)),
        ("cambriolage", area(5)),
        ("pickpocket", area(5)),
        ("drogue", area(3)),
        ("cannabis", area(3)),
        ("radicalisation", area(2)),
        ("violence conjugale", area(1)),
        ("harcèlement de rue", area(1)),
        ("traite des êtres humains", area(4)),
        ("accident de la route", area(6)),
        ("dépôts clandestins", area(7)),
        ("arnaque", area(8)),
        ("inondation", area(9)),
        ("police fédérale", ("actor", "police-federale")),
        ("pgsp", PLAN),
        ("annuaire", DIRECTORY),
        ("actiris", result("Actiris")),
        ("table ronde", result("Table ronde")),
    ],
    "nl": [
        ("aangifte doen", FINDER),
        ("Hoe doe ik aangifte?", FINDER),
        ("klacht indienen", FINDER),
        ("politiekantoor", FINDER),
        ("commissariaat", FINDER),
        ("politie", FINDER),
        ("politie 1060", zone(MIDI)),
        ("1060", zone(MIDI)),
        ("1000 Brussel", zone(POLBRU)),
        ("1210", zone(NORD)),
        ("elsene", zone(POLBRU)),
        ("Schaarbeek", zone(NORD)),
        ("sint-jans-molenbeek", zone(OUEST)),
        ("sint-gillis", zone(MIDI)),
        ("politie ukkel", zone(MARLOW)),
        ("vorst", zone(MIDI)),
        ("Sint-Pieters-Woluwe", zone(MONTGOMERY)),
        ("noodnummer", EMERGENCY),
        ("ziekenwagen", EMERGENCY),
        ("brandweer", EMERGENCY),
        ("112", EMERGENCY),
        ("101", EMERGENCY),
        ("fietsdiefstal", area(5)),
        ("inbraak", area(5)),
        ("zakkenroller", area(5)),
        ("drugs", area(3)),
        ("verslaving", area(3)),
        ("radicalisering", area(2)),
        ("partnergeweld", area(1)),
        ("straatintimidatie", area(1)),
        ("mensenhandel", area(4)),
        ("verkeersongeval", area(6)),
        ("sluikstorten", area(7)),
        ("oplichting", area(8)),
        ("overstroming", area(9)),
        ("federale politie", ("actor", "police-federale")),
        ("gvpp", PLAN),
        ("partnergids", DIRECTORY),
        ("actiris", result("Actiris")),
        ("rondetafel", result("Rondetafel")),
    ],
}
QUERIES = [(language, text, expected) for language, cases in CITIZEN_QUERIES.items() for text, expected in cases]


def page_of(client, language, text, **extra):
    response = client.get(SEARCH[language], {"q": text, **extra})
    assert response.status_code == 200, (language, text, response.status_code)
    return BeautifulSoup(response.content, "html.parser")


def first_thing(soup):
    """What the page shows first: ("answer", its link or None, is emergency) or ("result", link, title)."""
    answer = soup.select_one(".search-answer")
    if answer is not None:
        link = answer.select_one(".search-answer__title a")
        return "answer", link["href"] if link else None, "search-answer--emergency" in answer["class"]
    link = soup.select_one(".result-list__title a")
    return ("result", link["href"], link.get_text(" ", strip=True)) if link else (None, None, None)


def expected_url(kind, target, language):
    with translation.override(language):
        if kind == "page":
            return reverse(target)
        if kind == "actor":
            return Actor.objects.get(key=target).get_absolute_url()
        return ThematicArea.objects.get(edition__key="2021-2024", number=target).get_absolute_url()


def test_forty_real_queries_per_language():
    assert {language: len(cases) for language, cases in CITIZEN_QUERIES.items()} == {"fr": 40, "nl": 40}


@pytest.mark.parametrize(
    ("language", "text", "expected"), QUERIES, ids=[f"{lang}-{text}" for lang, text, _e in QUERIES]
)
def test_a_citizen_query_gets_the_right_first_answer(initial_data, client, language, text, expected):
    soup = page_of(client, language, text)
    kind, link, extra = first_thing(soup)
    expected_kind, target = expected
    if expected_kind == "emergency":
        assert kind == "answer" and extra is True, (text, kind, link)
        assert soup.select_one(".search-answer--emergency a[href='tel:112']")
        assert soup.select_one(".search-answer--emergency a[href='tel:101']")
    elif expected_kind == "result":
        assert kind == "result" and target in extra, (text, kind, link, extra)
    else:
        assert kind == "answer" and link == expected_url(expected_kind, target, language), (text, kind, link)
    # Never a bare "0 results": an answer, results, or the help of a search that found nothing.
    assert soup.select(".search-answer") or soup.select(".result-list") or soup.select(".search-help__links")


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_answers_are_in_the_page_language(initial_data, client, language):
    soup = page_of(client, language, {"fr": "1060 police", "nl": "1060 politie"}[language])
    titles = [title.get_text(" ", strip=True) for title in soup.select(".search-answer__title")]
    zone_name = Actor.objects.get(key=MIDI)
    assert titles[0].startswith(getattr(zone_name, f"name_{language}"))
    bet = SearchBestBet.objects.get(language=language, destination="police_zones", active=True)
    assert bet.title in titles
    other = SearchBestBet.objects.get(language="nl" if language == "fr" else "fr", destination="police_zones")
    assert other.title not in soup.get_text()
    commune = "Saint-Gilles (1060)" if language == "fr" else "Sint-Gillis (1060)"
    assert commune in soup.select_one(".search-answer").get_text(" ", strip=True)


def test_a_postcode_of_two_communes_names_both(initial_data, client):
    soup = page_of(client, "fr", "1040")
    answers = [answer.get_text(" ", strip=True) for answer in soup.select(".search-answer")]
    assert len(answers) == 2  # 1040: Bruxelles (Polbru) and Etterbeek (Montgomery)
    assert "Bruxelles (1040)" in answers[0] and "Etterbeek (1040)" in answers[1]
    soup = page_of(client, "nl", "1050")
    assert len(soup.select(".search-answer")) == 1  # Brussel and Elsene: one zone
    assert "Brussel" in soup.select_one(".search-answer").get_text() and "Elsene" in soup.get_text()


def test_a_commune_named_with_other_words_is_searched_not_answered(initial_data, client):
    """ "Bruxelles Mobilité" is a partner, not a question about the police of Bruxelles."""
    soup = page_of(client, "fr", "Bruxelles Mobilité")
    assert not soup.select(".search-answer")
    assert first_thing(soup)[2].startswith("Bruxelles Mobilité")


def test_a_postcode_alone_is_answered_without_an_empty_result_list(initial_data, client):
    soup = page_of(client, "nl", "1060")
    assert soup.select(".search-answer") and not soup.select(".search-help")


# --- Bad input ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "police " * 28,
        "x" * 199,
        "?!.,;:",
        "« » “ ” …",
        "9999",
        "0000",
        "12345",
        "1060-1070",
        "police 99999",
        "1 0 6 0",
        "١٠٦٠",
        "1060 1070 1080 1090",
        "%",
        "_",
        "' OR 1=1 --",
        "-1060",
    ],
)
@pytest.mark.parametrize("language", ["fr", "nl"])
def test_bad_input_is_answered_never_a_server_error(initial_data, client, language, text):
    client.raise_request_exception = False
    response = client.get(SEARCH[language], {"q": text})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    if search.clean_query(text):
        assert soup.select(".search-answer") or soup.select(".result-list") or soup.select(".search-help__links")


@pytest.mark.parametrize(("language", "message"), [("fr", "Saisissez au maximum 200"), ("nl", "Typ hoogstens 200")])
def test_a_query_too_long_gets_a_message(initial_data, client, language, message):
    response = client.get(SEARCH[language], {"q": "plainte " * 40})
    assert response.status_code == 200 and message in response.content.decode()


def test_a_postcode_no_commune_has_says_so(initial_data, client):
    soup = page_of(client, "fr", "police 9999")
    answer = soup.select_one(".search-answer")
    assert "9999" in answer.get_text() and answer.a["href"] == "/fr/partenaires/zones-de-police/"
    assert not page_of(client, "fr", "plan 2021-2024").select(".search-answer__title a[href$='zones-de-police/']")


# --- Nothing found --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "suggested"),
    [
        ("fr", "comissariat", "commissariat"),
        ("fr", "radicalisaton", "radicalisation"),
        ("nl", "radicaliseing", "radicalisering"),
    ],
)
def test_nothing_found_offers_spellings_and_ways_on(initial_data, client, language, text, suggested):
    soup = page_of(client, language, text)
    if soup.select(".result-list"):  # PostgreSQL's typo fallback found the items themselves
        return
    suggestions = [link.get_text() for link in soup.select(".search-help__suggestions a")]
    assert suggested in suggestions
    links = {link["href"] for link in soup.select(".search-help__links a")}
    with translation.override(language):
        assert links == {
            reverse("agencies:police_zone_finder"),
            reverse("agencies:actor_list"),
            reverse("gspp:measure_finder"),
        }
    assert "112" in soup.select_one(".search-help .emergency-inline").get_text()
    following = page_of(client, language, suggestions[0])
    assert following.select(".search-answer") or following.select(".result-list")


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_a_word_nobody_uses_still_gets_help(initial_data, client, language):
    soup = page_of(client, language, "zzxqv")
    assert soup.select(".search-help__links a") and soup.select_one(".emergency-inline")
    assert "0 r" not in soup.select_one(".result-count").get_text()


def test_spelling_suggestions_use_the_words_of_the_portal():
    known = search_help.vocabulary(["Commissariat de police", "Drogues et assuétudes"])
    assert search_help.spelling_suggestions("comissariat", known) == ["commissariat"]
    assert search_help.spelling_suggestions("drogues", known) == []
    assert search_help.spelling_suggestions("asuetudes de", known) == ["assuétudes de"]


# --- Synonyms -------------------------------------------------------------------------------------


def test_a_synonym_widens_the_query_in_its_language_only(initial_data, client):
    SearchSynonym.objects.create(language="fr", term="bagarre", also="Polarisation et radicalisation")
    area = ThematicArea.objects.get(edition__key="2021-2024", number=2)
    found = page_of(client, "fr", "bagarre")
    assert any(area.title_fr in title.get_text() for title in found.select("#kind-areas + .result-list a"))
    assert not page_of(client, "nl", "bagarre").select("#kind-areas")


def test_what_the_words_typed_find_comes_before_what_a_synonym_finds(initial_data, client):
    SearchSynonym.objects.create(language="fr", term="polarisation", also="Atteintes aux biens")
    titles = [a.get_text() for a in page_of(client, "fr", "polarisation").select("#kind-areas + .result-list a")]
    assert "Polarisation" in titles[0] and any("Atteintes aux biens" in title for title in titles)


def test_widening_replaces_the_term_with_each_word_it_means():
    synonyms = [search_help.Synonym(("porter", "plainte"), ("police",)), search_help.Synonym(("velo",), ("fiets",))]
    assert search_help.widened("Porter plainte pour un vélo volé", synonyms) == [
        "police pour un velo vole",
        "porter plainte pour un fiets vole",
    ]


# --- Staff keep the answers -------------------------------------------------------------------------


@pytest.fixture
def search_editor(client):
    """A staff member who may add and change best bets and synonyms (and nothing else)."""
    user = UserFactory(is_staff=True)
    user.user_permissions.set(
        Permission.objects.filter(
            content_type__app_label="bps_portal",
            codename__in=[
                f"{action}_{model}"
                for action in ("view", "add", "change")
                for model in ("searchbestbet", "searchsynonym")
            ],
        )
    )
    return verified_login(client, user)


def test_an_editor_adds_a_best_bet_and_the_search_shows_it_in_that_language_only(initial_data, search_editor):
    add = reverse("admin:bps_portal_searchbestbet_add")
    data = form_data(search_editor.get(add), "searchbestbet_form")
    data.update(
        language="nl",
        terms="fietsenstalling, fietsparking",
        title="Fietsenstallingen in het gewest",
        text="Waar u uw fiets veilig stalt.",
        destination="measures",
        position="1",
    )
    response = search_editor.post(add, data)
    assert response.status_code == 302, BeautifulSoup(response.content, "html.parser").select(".errorlist")
    search_editor.logout()
    first = page_of(search_editor, "nl", "Fietsparking in Elsene?").select_one(".search-answer")
    assert first.get_text(" ", strip=True).startswith("Fietsenstallingen in het gewest")
    assert first.a["href"] == "/nl/gvpp/maatregelen/"
    assert "Fietsenstallingen" not in page_of(search_editor, "fr", "fietsparking").get_text()


def test_the_admin_refuses_a_best_bet_that_leads_nowhere(initial_data, search_editor):
    add = reverse("admin:bps_portal_searchbestbet_add")
    data = form_data(search_editor.get(add), "searchbestbet_form")
    data.update(language="fr", terms=" , ", title="Sans but", destination="area", area="")
    soup = BeautifulSoup(search_editor.post(add, data).content, "html.parser")
    errors = soup.select(".errorlist")
    assert len(errors) >= 2 and not SearchBestBet.objects.filter(title="Sans but").exists()
    data.update(terms="sans but", destination="address", url="javascript:alert(1)")
    search_editor.post(add, data)
    assert not SearchBestBet.objects.filter(title="Sans but").exists()


def test_an_editor_adds_a_synonym_in_the_admin(initial_data, search_editor):
    add = reverse("admin:bps_portal_searchsynonym_add")
    data = form_data(search_editor.get(add), "searchsynonym_form")
    data.update(language="fr", term="bagarre", also="Polarisation et radicalisation, incivilités")
    assert search_editor.post(add, data).status_code == 302
    assert SearchSynonym.objects.get(term="bagarre").also.startswith("Polarisation")
    changelist = search_editor.get(reverse("admin:bps_portal_searchsynonym_changelist"), {"q": "bagarre"})
    assert b"bagarre" in changelist.content


def test_the_admin_lists_and_filters_best_bets(initial_data, search_editor):
    changelist = reverse("admin:bps_portal_searchbestbet_changelist")
    response = search_editor.get(changelist, {"language__exact": "nl", "q": "proces-verbaal"})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    rows = [row.get_text(" ", strip=True) for row in soup.select("#result_list tbody tr")]
    assert len(rows) == 1 and "Aangifte doen" in rows[0]


def test_an_inactive_best_bet_or_one_whose_partner_left_is_not_shown(initial_data, client):
    bet = SearchBestBet.objects.get(language="fr", destination="actor", actor__key="police-federale")
    assert page_of(client, "fr", "police fédérale").select_one(".search-answer").a["href"].endswith("/")
    Actor.objects.filter(key="police-federale").update(active=False)
    page_cache.content_changed()
    assert bet.title not in page_of(client, "fr", "police fédérale").get_text()
    Actor.objects.filter(key="police-federale").update(active=True)
    SearchBestBet.objects.filter(language="fr", destination="police_zones").update(active=False)
    page_cache.content_changed()
    assert not page_of(client, "fr", "porter plainte").select(".search-answer")


# --- The data file -----------------------------------------------------------------------------------


def test_the_data_file_gives_each_best_bet_in_both_languages(initial_data):
    rows = tomllib.loads((initial_data_files.HERE / "search_help.toml").read_text(encoding="utf-8"))["best_bet"]
    for language in ("fr", "nl"):
        assert SearchBestBet.objects.filter(language=language).count() == len(rows)
    assert not SearchBestBet.objects.filter(destination__in=["area", "actor"], area=None, actor=None).exists()


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ('key = "x"\ndestination = "area"\narea = "2099-2100/5"', "unknown thematic area"),
        ('key = "x"\ndestination = "actor"\nactor = "nobody"', "unknown actor"),
        ('key = "x"\ndestination = "nowhere"', "unknown destination"),
        ('key = "x"\ndestination = "plan"\nfr.terms = []', "is a list of words"),
    ],
)
def test_a_mistake_in_the_data_file_names_the_file_and_the_line(initial_data, tmp_path, record, message):
    texts = 'fr.title = "T"\nfr.terms = ["t"]\nnl.title = "T"\nnl.terms = ["t"]'
    if "fr.terms" in record:
        texts = texts.replace('fr.terms = ["t"]\n', "")
    path = tmp_path / "search_help.toml"
    path.write_text(f"# A file with a mistake\n\n[[best_bet]]\n{record}\n{texts}\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=rf"search_help.toml, line 3: .*{message}"):
        load_search_help(path, {}, {})


# --- The page cache and the number of queries -------------------------------------------------------


@override_settings(PAGE_CACHE_ENABLED=True, KEEP_PER_GENERATION=True)
def test_saving_a_best_bet_renews_cached_search_pages(initial_data, client):
    path = SEARCH["fr"] + "?q=bagarre"
    client.get(path)
    assert client.get(path)[page_cache.HIT_HEADER] == "hit"
    before = page_cache.generation()
    bet = SearchBestBet.objects.create(
        language="fr", terms="bagarre", title="Une bagarre ?", destination="emergency", position=1
    )
    assert page_cache.generation() != before
    fresh = client.get(path)
    assert fresh[page_cache.HIT_HEADER] == "miss" and "Une bagarre ?" in fresh.content.decode()
    SearchSynonym.objects.create(language="fr", term="rixe", also="bagarre")
    before = page_cache.generation()
    bet.delete()
    assert page_cache.generation() != before


@pytest.mark.parametrize(("language", "text"), [("fr", "police 1060"), ("nl", "drugs"), ("fr", "zzxqv")])
def test_a_search_runs_as_many_queries_however_many_answers_and_synonyms(initial_data, client, language, text):
    def grow():
        SearchBestBet.objects.bulk_create(
            SearchBestBet(language=language, terms=f"mot{n}, terme{n}", title=f"Réponse {n}", destination="plan")
            for n in range(30)
        )
        SearchSynonym.objects.bulk_create(
            SearchSynonym(language=language, term=word, also=f"autre{n}")
            for n, word in enumerate([*text.split(), *(f"terme{n}" for n in range(30))])
        )

    path = f"{SEARCH[language]}?q={text}"
    client.get(path)
    small, _statements = count_queries(client, path)
    grow()
    page_cache.content_changed()
    large, statements = count_queries(client, path)
    assert small == large, "\n".join(statements)


@override_settings(PAGE_CACHE_ENABLED=True, KEEP_PER_GENERATION=True)
@pytest.mark.parametrize(("language", "text"), [("fr", "police 1060"), ("nl", "aangifte doen"), ("fr", "zzxqv")])
def test_with_the_production_cache_the_answers_cost_no_query(initial_data, client, language, text):
    client.cookies["messages"] = "x"  # past the page cache: only the kept answers are reused
    path = f"{SEARCH[language]}?q={text}"
    client.get(path)
    queries, statements = count_queries(client, path)
    assert not [sql for sql in statements if "searchbestbet" in sql or "searchsynonym" in sql]
    assert queries <= 8, "\n".join(statements)
