"""Accent-insensitive matching and language-aware sorting, on PostgreSQL and on SQLite.

PostgreSQL uses its `unaccent` extension (created by a migration) and ICU collations; SQLite
gets a Python `unaccent` function registered on each connection, and sorts on unaccented
lower-case text, which is close enough for development.
"""

import unicodedata

from django.conf import settings
from django.db import connection
from django.db.models import F, Func, TextField, Value
from django.db.models.functions import Coalesce, Collate, Concat, Lower, NullIf
from django.utils import translation

ICU_COLLATIONS = {"fr": "fr-BE-x-icu", "nl": "nl-BE-x-icu"}


def fold(text):
    """Lower case without accents: 'Saint-Gilles' and 'SAINT-GILLES' and 'saint-gillés' agree."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


class Unaccent(Func):
    function = "unaccent"
    output_field = TextField()


def register_sqlite_functions(sender, connection, **kwargs):
    """connection_created receiver: give SQLite the `unaccent` function PostgreSQL has."""
    if connection.vendor == "sqlite":
        connection.connection.create_function(
            "unaccent", 1, lambda text: fold(text) if text else text, deterministic=True
        )


def folded(*field_names):
    """An expression of the fields joined by spaces, lower-cased and without accents."""
    parts = []
    for name in field_names:
        parts += [Coalesce(F(name), Value(""), output_field=TextField()), Value(" ")]
    return Unaccent(Lower(Concat(*parts, output_field=TextField())))


def containing_words(queryset, text, *field_names):
    """Rows whose fields, taken together, contain every word of `text`, whatever case and accents."""
    words = fold(text).split()
    if not words:
        return queryset
    queryset = queryset.alias(_folded_text=folded(*field_names))
    for word in words:
        queryset = queryset.filter(_folded_text__contains=word)
    return queryset


def sort_key(field_name, language=None):
    """Order by a translated field in the page language (the other language when empty), collated for it."""
    language = language or translation.get_language()
    fallback_language = next(code for code, _name in settings.LANGUAGES if code != language)
    value = Coalesce(NullIf(F(f"{field_name}_{language}"), Value("")), F(f"{field_name}_{fallback_language}"))
    if connection.vendor == "postgresql":
        return Collate(value, ICU_COLLATIONS[language])
    return Unaccent(Lower(value))
