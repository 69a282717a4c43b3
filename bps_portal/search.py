"""Site search over editorial pages, thematic areas, measures and actors, in French and Dutch.

On PostgreSQL: full-text search with accent-free French and Dutch configurations (a word typed
in either language finds the item, plural finds singular), ranked title-first, with a trigram
fallback for small typos and highlighted snippets; the text vectors are indexed (GIN). On SQLite
(the embedded development database): every word must appear, accents ignored, titles first.
Only what anyone may see is searched: published pages and measures, public editions, active
actors; contact points are not searched at all.
"""

import re
from dataclasses import dataclass

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
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from agencies import selectors as directory
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


def search_all(text, language):
    """{kind key: matching items, best first, each with a `snippet_source`}.

    Full-text matches in both languages; only when nothing at all matches, titles that look like
    the words typed (a typo). The fallback scans titles, so it must not run for every kind that
    merely has no match.
    """
    if connection.vendor != "postgresql":
        return {kind.key: _simple_search(kind, text, language) for kind in KINDS}
    matches = {kind.key: _full_text_search(kind, text, language) for kind in KINDS}
    # count(), not exists(): with LIMIT 1 the planner prefers a sequential scan that computes
    # every row's vector; a count uses the GIN index.
    if any(queryset.count() for queryset in matches.values()):
        return matches
    return {kind.key: _typo_tolerant_search(kind, text, language) for kind in KINDS}


def _query(text):
    return SearchQuery(text, config=CONFIGS["fr"], search_type="websearch") | SearchQuery(
        text, config=CONFIGS["nl"], search_type="websearch"
    )


def _headline(kind, text, language):
    return SearchHeadline(
        Coalesce(F(f"{kind.body}_{language}"), F(f"{kind.title}_{language}"), Value(""), output_field=TextField()),
        _query(text),
        config=CONFIGS[language],
        start_sel=MARK_START,
        stop_sel=MARK_STOP,
        max_words=30,
        min_words=15,
    )


def _full_text_search(kind, text, language):
    """Both languages' stemmed, accent-free words; uses the GIN index on the same vector."""
    vector = search_vector(kind)
    return (
        kind.queryset()
        .annotate(document=vector, rank=SearchRank(vector, _query(text)))
        .filter(document=_query(text))
        .annotate(snippet_source=_headline(kind, text, language))
        .order_by("-rank", "pk")
    )


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


def _simple_search(kind, text, language):
    fields = (f"{kind.title}_fr", f"{kind.title}_nl")
    title_match = containing_words(kind.queryset(), text, *fields).values("pk")
    matches = containing_words(kind.queryset(), text, *fields, f"{kind.body}_fr", f"{kind.body}_nl")
    return matches.annotate(
        title_first=Case(When(pk__in=title_match, then=0), default=1, output_field=IntegerField()),
        snippet_source=Coalesce(F(f"{kind.body}_{language}"), Value(""), output_field=TextField()),
    ).order_by("title_first", "pk")


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
