"""Site search over editorial pages, thematic areas, measures and actors, in French and Dutch.

On PostgreSQL: full-text search with accent-free French and Dutch configurations (a word typed
in either language finds the item, plural finds singular), ranked title-first, with a trigram
fallback for small typos and highlighted snippets; the text vectors are indexed (GIN). On SQLite
(the embedded development database): every word must appear, accents ignored, titles first.
Only what anyone may see is searched: published pages and measures, public editions, active
actors; contact points are not searched at all.

Search that always helps (issue 16, `help_for`): a postcode typed is answered first with its police
zone, a commune named with a police question with its zone, then the best bets staff keep for the
words typed; their synonyms widen the query; when nothing matches, `suggestions` offers spellings
(bps_portal/search_help.py holds the matching, this module what the directory and the plan know).
"""

import re
from dataclasses import dataclass, field, replace

from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
    SearchRank,
    SearchVector,
    TrigramWordSimilarity,
)
from django.db import connection
from django.db.models import BooleanField, Case, F, FloatField, Func, IntegerField, Q, TextField, Value, When
from django.db.models.functions import Coalesce, Greatest, Lower, Replace
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import get_text_list
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext

from agencies import selectors as directory
from bps_portal import page_cache, search_help
from bps_portal.models import SearchDestination
from bps_portal.selectors import published_pages
from bps_portal.text_matching import containing_words, fold
from gspp import selectors as plan

CONFIGS = {"fr": "fr_unaccent", "nl": "nl_unaccent"}
MAX_QUERY_LENGTH = 200
MARK_START, MARK_STOP = "\u2045", "\u2046"  # brackets no text contains, turned into <mark> after escaping
# websearch_to_tsquery reads "-" before a word as NOT, and a long run of them overflows its stack
# ("tsquery stack too small"): keep a single "-" directly before a word, drop the others.
STRAY_MINUS_SIGNS = re.compile(r"-+(?=-)|-(?!\w)")


def clean_query(text):
    """The words typed, single-spaced, without the minus signs that mean nothing."""
    return " ".join(STRAY_MINUS_SIGNS.sub(" ", text).split())


@dataclass(frozen=True)
class Kind:
    key: str
    label: str
    title: str
    body: str

    def queryset(self):
        return KIND_QUERYSETS[self.key]()


KINDS = [
    Kind("measures", _("Measures"), "title", "description"),
    Kind("areas", _("Thematic areas"), "title", "description"),
    Kind("actors", _("Partners"), "name", "description"),
    Kind("pages", _("Pages"), "title", "body"),
]
KIND_QUERYSETS = {
    "measures": plan.measures_for_list,
    "areas": plan.area_for_page,
    "actors": directory.directory_actors,
    "pages": published_pages,
}


def words_of(field):
    """The field's text with typographic apostrophes as spaces: PostgreSQL's parser splits
    "l'usager" but keeps "l’usager" as one word, which no stemmer then recognises."""
    text = Coalesce(F(field), Value(""), output_field=TextField())
    return Replace(text, Value("’", output_field=TextField()), Value(" ", output_field=TextField()))


def search_vector(kind):
    """Titles weigh more than bodies; each language's text goes through its own configuration.

    Migration 0004 indexes this very expression: change it only with a migration that rebuilds
    the indexes.
    """
    return (
        SearchVector(words_of(f"{kind.title}_fr"), config=CONFIGS["fr"], weight="A")
        + SearchVector(words_of(f"{kind.title}_nl"), config=CONFIGS["nl"], weight="A")
        + SearchVector(words_of(f"{kind.body}_fr"), config=CONFIGS["fr"], weight="B")
        + SearchVector(words_of(f"{kind.body}_nl"), config=CONFIGS["nl"], weight="B")
    )


def search_all(text, language, alternatives=()):
    """{kind key: matching items, best first, each with a `snippet_source`}.

    Full-text matches in both languages, of the words typed or of one of their `alternatives` (the
    query widened by synonyms); only when nothing at all matches, titles that look like the words
    typed (a typo). The fallback scans titles, so it must not run for every kind that merely has no
    match.
    """
    texts = [text, *alternatives]
    if connection.vendor != "postgresql":
        return {kind.key: _simple_search(kind, texts, language) for kind in KINDS}
    matches = {kind.key: _full_text_search(kind, texts, language) for kind in KINDS}
    # count(), not exists(): with LIMIT 1 the planner prefers a sequential scan that computes
    # every row's vector; a count uses the GIN index.
    if any(queryset.count() for queryset in matches.values()):
        return matches
    return {kind.key: _typo_tolerant_search(kind, text, language) for kind in KINDS}


def _query(texts):
    """Any of the texts, each read by both languages' configurations."""
    query = None
    for text in texts:
        for config in CONFIGS.values():
            part = SearchQuery(text, config=config, search_type="websearch")
            query = part if query is None else query | part
    return query


def _headline(kind, texts, language):
    return SearchHeadline(
        Coalesce(F(f"{kind.body}_{language}"), F(f"{kind.title}_{language}"), Value(""), output_field=TextField()),
        _query(texts),
        config=CONFIGS[language],
        start_sel=MARK_START,
        stop_sel=MARK_STOP,
        max_words=30,
        min_words=15,
    )


def _full_text_search(kind, texts, language):
    """Both languages' stemmed, accent-free words; uses the GIN index on the same vector. Items that
    match the words typed come before those only their synonyms find."""
    vector = search_vector(kind)
    matches = (
        kind.queryset()
        .annotate(document=vector, rank=SearchRank(vector, _query(texts)))
        .filter(document=_query(texts))
        .annotate(snippet_source=_headline(kind, texts, language))
    )
    if len(texts) == 1:
        return matches.order_by("-rank", "pk")
    typed_first = Case(When(document=_query(texts[:1]), then=0), default=1, output_field=IntegerField())
    return matches.annotate(typed_first=typed_first).order_by("typed_first", "-rank", "pk")


class ImmutableUnaccent(Func):
    """unaccent() behind an IMMUTABLE wrapper (migration 0005), so that it can be indexed."""

    function = "bps_immutable_unaccent"
    output_field = TextField()


class LooksLike(Func):
    """`words <% title`: some words of the title resemble the words typed (pg_trgm, GIN-indexed)."""

    arg_joiner = " <%% "
    template = "(%(expressions)s)"
    output_field = BooleanField()


def _typo_tolerant_search(kind, text, language):
    """When no word matches exactly: titles that look like the words typed (trigram similarity)."""
    typed = Value(fold(text))
    titles = [ImmutableUnaccent(Lower(f"{kind.title}_{code}")) for code in ("fr", "nl")]
    similarity = Greatest(*(TrigramWordSimilarity(typed, title) for title in titles), output_field=FloatField())
    return (
        kind.queryset()
        .filter(Q(LooksLike(typed, titles[0])) | Q(LooksLike(typed, titles[1])))
        .annotate(similarity=similarity)
        .annotate(snippet_source=Coalesce(F(f"{kind.body}_{language}"), Value(""), output_field=TextField()))
        .order_by("-similarity", "pk")
    )


def _simple_search(kind, texts, language):
    """Every word typed, in a title first; then, after them, what a synonym's words find."""
    typed, *alternatives = texts
    fields = (f"{kind.title}_fr", f"{kind.title}_nl")
    body_fields = (*fields, f"{kind.body}_fr", f"{kind.body}_nl")
    title_match = containing_words(kind.queryset(), typed, *fields).values("pk")
    matches = containing_words(kind.queryset(), typed, *body_fields)
    order = [When(pk__in=title_match, then=0)]
    if alternatives:  # any of the texts: one subquery each, still one query
        order.append(When(pk__in=matches.values("pk"), then=1))
        matches = kind.queryset().filter(_any_containing(kind, texts, body_fields))
    return matches.annotate(
        title_first=Case(*order, default=2, output_field=IntegerField()),
        snippet_source=Coalesce(F(f"{kind.body}_{language}"), Value(""), output_field=TextField()),
    ).order_by("title_first", "pk")


def _any_containing(kind, texts, fields):
    condition = Q()
    for text in texts:
        condition |= Q(pk__in=containing_words(kind.queryset(), text, *fields).values("pk"))
    return condition


def snippet(item, text):
    """A short excerpt of the item's text, escaped, with the matching words marked."""
    source = strip_tags(getattr(item, "snippet_source", "") or "")
    if MARK_START not in source:
        words = [re.escape(word) for word in text.split() if len(word) > 2]
        source = source[:220] + ("…" if len(source) > 220 else "")
        if words:
            source = re.sub(f"({'|'.join(words)})", f"{MARK_START}\\1{MARK_STOP}", source, flags=re.IGNORECASE)
    html = escape(source).replace(MARK_START, "<mark>").replace(MARK_STOP, "</mark>")
    return mark_safe(html)  # noqa: S308 - escaped above; only our own <mark> tags are added.


# --- Search that always helps (issue 16) -----------------------------------------------------------

# Four digits standing alone: "1060", "police 1060", "1000 Bruxelles"; not "2021-2024".
POSTCODE = re.compile(r"(?<![\w-])([0-9]{4})(?![\w-])")
# Destinations that are pages of the portal, by URL name.
PORTAL_PAGES = {
    SearchDestination.POLICE_ZONES: "agencies:police_zone_finder",
    SearchDestination.DIRECTORY: "agencies:actor_list",
    SearchDestination.MEASURES: "gspp:measure_finder",
    SearchDestination.PLAN: "gspp:plan",
}
EMERGENCY_URL = "tel:112"
# Parts of compound commune names too common to name one commune alone.
NOT_A_COMMUNE_NAME = {"saint", "sainte", "sint", "ten"}


@dataclass(frozen=True)
class CommuneZone:
    """A commune and the police zone that serves it, as the search page answers it."""

    key: str
    name: str  # in the page language
    names: tuple  # the folded words that name it: French and Dutch names and their telling parts
    zone: "ZoneAnswer"


@dataclass(frozen=True)
class ZoneAnswer:
    """A police zone, with the communes of the query it serves."""

    name: str
    number: str
    url: str
    phone: object  # a PhoneNumber, or "" when none is known
    communes: tuple = ()  # their names in the page language
    postcode: str = ""

    @property
    def communes_text(self):
        names = get_text_list(list(self.communes), pgettext("joining the last two names of a list", "and"))
        return f"{names} ({self.postcode})" if self.postcode else names


def zone_answer(zone):
    return ZoneAnswer(zone.name, zone.zone_number, zone.get_absolute_url(), zone.phone or "")


def by_zone(pairs, postcode=""):
    """[(ZoneAnswer, commune name)] grouped by zone, in order: one answer per zone."""
    grouped = {}
    for zone, commune in pairs:
        grouped.setdefault(zone.url, (zone, []))[1].append(commune)
    return [replace(zone, communes=tuple(names), postcode=postcode) for zone, names in grouped.values()]


@dataclass
class SearchHelp:
    """What the search page answers before its results (see `help_for`)."""

    searched: str  # the words the full-text search looks for
    alternatives: list = field(default_factory=list)
    best_bets: list = field(default_factory=list)
    postcode: str = ""
    zones: list = field(default_factory=list)  # ZoneAnswer: the postcode's communes, then those named
    unknown_postcode: bool = False

    @property
    def has_answers(self):
        return bool(self.best_bets or self.zones or self.unknown_postcode)


def destination_url(bet):
    """Where a best bet leads, in the current language; "" when its area or partner is gone."""
    if bet.destination in PORTAL_PAGES:
        return reverse(PORTAL_PAGES[bet.destination])
    if bet.destination == SearchDestination.EMERGENCY:
        return EMERGENCY_URL
    if bet.destination == SearchDestination.AREA:
        return bet.area.get_absolute_url() if bet.area else ""
    if bet.destination == SearchDestination.ACTOR:
        return bet.actor.get_absolute_url() if bet.actor else ""
    return bet.url


def best_bets(language):
    """The language's best bets that lead somewhere anyone may go, kept per content generation."""

    def compute():
        with translation.override(language):
            bets = search_help.best_bets_shown_in(language).filter(
                Q(area__isnull=True) | Q(area__in=plan.area_for_page()),
                Q(actor__isnull=True) | Q(actor__in=directory.directory_actors()),
            )
            found = [search_help.best_bet(bet, destination_url(bet)) for bet in bets]
        return [bet for bet in found if bet.url]

    return page_cache.kept(f"search-best-bets:{language}", compute)


def synonyms(language):
    return page_cache.kept(f"search-synonyms:{language}", lambda: search_help.synonyms_of(language))


def commune_names(*names):
    """The folded word runs that name a commune: each whole name, any run of two or more of its
    parts ("saint josse"), and its long single parts ("molenbeek", "woluwe")."""
    found = set()
    for name in names:
        parts = search_help.words(name)
        for start in range(len(parts)):
            for end in range(start + 1, len(parts) + 1):
                run = parts[start:end]
                if len(run) > 1 or (len(run[0]) >= 6 and run[0] not in NOT_A_COMMUNE_NAME) or run == parts:
                    found.add(run)
    return tuple(sorted(found))


def communes(language):
    """The 19 communes with their police zone, in `language`, kept per content generation."""

    def compute():
        with translation.override(language):
            return [
                CommuneZone(
                    key=municipality.key,
                    name=municipality.name,
                    names=commune_names(municipality.name_fr, municipality.name_nl),
                    zone=zone_answer(municipality.police_zone),
                )
                for municipality in directory.municipalities().select_related("police_zone")
            ]

    return page_cache.kept(f"search-communes:{language}", compute)


def postcode_answer(postcode, language):
    """[(commune key, ZoneAnswer, commune name)] of the communes a postcode covers, as the police-zone
    finder finds them; kept per content generation."""

    def compute():
        with translation.override(language):
            return [
                (municipality.key, zone_answer(municipality.police_zone), municipality.name)
                for municipality in directory.municipalities_for_postcode(postcode, None)
            ]

    return page_cache.kept(f"search-postcode:{language}:{postcode}", compute)


def help_for(text, language):
    """The answers to show above the results of `text`, and the words to search for.

    - A postcode of the Region is answered with the police zone of each commune it covers (the
      police-zone finder's selector), and is not searched as a word. The answer is the same for
      everyone: the zone's own public phone, never a contact point.
    - A commune named alone, or with words that ask for the police ("commissariat ixelles"), is
      answered with its police zone; so is a postcode no commune has, with a word to say so.
    - Then the best bets whose terms the words (or the words widened by synonyms) contain.
    """
    typed = search_help.words(text)
    match = POSTCODE.search(text)
    postcode = match.group(1) if match else ""
    postcode_communes = postcode_answer(postcode, language) if postcode else []
    searched = clean_query(POSTCODE.sub(" ", text, count=1)) if postcode_communes else text
    alternatives = search_help.widened(searched, synonyms(language)) if searched else []
    bets = search_help.matching_best_bets(
        best_bets(language), [typed, *(search_help.words(alternative) for alternative in alternatives)]
    )
    covered, named = {typed.index(postcode)} if postcode in typed else set(), []
    for commune in communes(language):
        spans = [(start, len(name)) for name in commune.names for start in search_help.occurrences(typed, name)]
        if spans:
            named.append(commune)
            covered.update(start + offset for start, size in spans for offset in range(size))
    police_question = len(covered) == len(typed) or any(
        bet.destination == SearchDestination.POLICE_ZONES for bet in bets
    )
    answered = {key for key, _zone, _name in postcode_communes}
    zones = by_zone([(zone, name) for _key, zone, name in postcode_communes], postcode)
    if police_question:  # a zone the postcode answered already is not repeated
        named_zones = by_zone([(commune.zone, commune.name) for commune in named if commune.key not in answered])
        zones += [zone for zone in named_zones if zone.url not in {answer.url for answer in zones}]
    return SearchHelp(
        searched=searched,
        alternatives=alternatives,
        best_bets=bets,
        postcode=postcode,
        zones=zones,
        unknown_postcode=bool(postcode) and not postcode_communes and police_question,
    )


def vocabulary(language):
    """The words suggestions offer: titles of areas, measures and partners, and the search terms
    of best bets and synonyms, in `language`; kept per content generation."""

    def compute():
        texts = [
            *plan.area_for_page().values_list(f"title_{language}", flat=True),
            *plan.published_measures().values_list(f"title_{language}", flat=True),
            *directory.directory_actors().values_list(f"name_{language}", flat=True),
        ]
        texts += [phrase for bet in best_bets(language) for phrase in bet.phrases]
        texts += [synonym.label for synonym in synonyms(language)]
        return search_help.vocabulary(texts)

    return page_cache.kept(f"search-vocabulary:{language}", compute)


def suggestions(text, language):
    """Spellings to try when nothing matches the words typed."""
    return search_help.spelling_suggestions(text, vocabulary(language))
