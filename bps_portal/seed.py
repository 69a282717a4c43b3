"""Initial content as data files: read them, check them, and bring the database in line with them.

Each app keeps its records in TOML files under `<app>/initial_data/` (one array of tables per
kind of record, `[[actor]]`), read with the standard library; the app's `initial_data` package
turns rows into `Wanted` records and calls `sync`. A mistake in a file stops the load with a
message naming the file and the line of the record.

Staff edits win. For each record the loader remembers, per field, what it last shipped
(`SeedRecord`): a field still holding the shipped value gets a corrected value from the files, a
field staff changed stays theirs, a record staff deleted stays deleted. Records that existed
before the loader kept this memory are adopted field by field: only the fields that already hold
the file's value count as shipped.
"""

import contextlib
import datetime
import tomllib
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.management.base import CommandError
from django.db import models

from bps_portal.models import Citation, SearchBestBet, SearchDestination, SearchSynonym, SeedRecord, Source
from bps_portal.text_matching import fold

# `load_initial_data --recreate-deleted` sets it: records staff deleted are created again.
RECREATE_DELETED = ContextVar("recreate_deleted", default=False)


class DataFileError(CommandError):
    """A data file that cannot be loaded; the message names the file and the line."""


@dataclass(frozen=True)
class Row:
    """One record of a data file, with where it stands, for error messages."""

    path: Path
    line: int
    values: dict

    @property
    def where(self):
        return f"{display_path(self.path)}, line {self.line}"

    def error(self, message):
        return DataFileError(f"{self.where}: {message}")

    def __getitem__(self, name):
        try:
            return self.values[name]
        except KeyError:
            raise self.error(f"“{name}” is missing.") from None

    def get(self, name, default=""):
        return self.values.get(name, default)


def display_path(path):
    try:
        return str(Path(path).relative_to(settings.BASE_DIR))
    except ValueError:
        return str(path)


def read_file(path):
    """The file's text and its TOML, or a DataFileError naming the file, line and column."""
    text = Path(path).read_text(encoding="utf-8")
    try:
        return text, tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise DataFileError(f"{display_path(path)}: {error}") from error


def read_rows(path, table, allowed=None, required=("key",)):
    """The records of `[[table]]` in `path`, checked: known keys only (unless `allowed` is None),
    required keys present."""
    text, data = read_file(path)
    header = f"[[{table}]]"
    lines = [number for number, line in enumerate(text.splitlines(), start=1) if line.strip() == header]
    rows = data.get(table, [])
    if len(lines) != len(rows):
        raise DataFileError(f"{display_path(path)}: write each record as a “{header}” line of its own.")
    checked = []
    for line, values in zip(lines, rows, strict=True):
        row = Row(Path(path), line, values)
        unknown = sorted(set(values) - set(allowed)) if allowed is not None else []
        if unknown:
            raise row.error(f"unknown key “{unknown[0]}” (known keys: {', '.join(sorted(allowed))}).")
        for name in required:
            if values.get(name) in (None, ""):
                raise row.error(f"“{name}” is missing.")
        checked.append(row)
    return checked


def read_table(path, name):
    """A plain `[name]` table of a data file (settings such as text templates)."""
    _text, data = read_file(path)
    return data.get(name, {})


def unique_by(rows, identity):
    """Refuses two records with the same identity; returns {identity: row}."""
    seen = {}
    for row in rows:
        key = identity(row)
        if key in seen:
            raise row.error(f"“{key}” is already the key of the record at line {seen[key].line}.")
        seen[key] = row
    return seen


def sources_named(row, sources):
    """The Source objects a row cites by key; an unknown key names the file and line."""
    keys = row.get("sources", [])
    missing = [key for key in keys if key not in sources]
    if missing:
        raise row.error(f"unknown source “{missing[0]}” (sources are listed in bps_portal/initial_data/sources.toml).")
    return [sources[key] for key in keys]


@dataclass
class Wanted:
    """A record as the data files want it: field values (related records already resolved)."""

    seed_key: str
    row: Row
    fields: dict
    many: dict = field(default_factory=dict)  # many-to-many field -> list of objects
    sources: list | None = None  # the Source objects it cites; None: a kind of record that cites none
    find: dict | None = None  # how to recognise the record if it predates the loader's memory


@dataclass
class SyncReport:
    created: int = 0
    updated: int = 0
    kept: list = field(default_factory=list)  # corrections not applied because staff changed the field
    deleted: list = field(default_factory=list)  # records staff deleted, left deleted

    def add(self, other):
        self.created += other.created
        self.updated += other.updated
        self.kept += other.kept
        self.deleted += other.deleted


def comparable(value):
    """A field value in a form JSON keeps and `==` compares across runs."""
    if isinstance(value, models.Model):
        return value.pk
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple, set)):
        return sorted(comparable(item) for item in value)
    if value is None or isinstance(value, (str, int, bool, float, dict)):
        return value
    return str(value)  # phone numbers and other value objects: their canonical text


def file_form(model, name, value):
    """The file's value as the field would hold it ("+32 2 507 99 11" -> "+3225079911")."""
    model_field = model._meta.get_field(name)
    if isinstance(value, str) and not model_field.is_relation:
        with contextlib.suppress(ValidationError):  # full_clean() reports it, with the field's own message
            value = model_field.to_python(value)
    return comparable(value)


def current_form(obj, name):
    model_field = obj._meta.get_field(name)
    if model_field.many_to_many:
        return comparable(list(getattr(obj, name).all()))
    if model_field.is_relation:
        return getattr(obj, model_field.attname)
    return comparable(getattr(obj, name))


def cited_keys(obj, content_type):
    return sorted(
        Citation.objects.filter(content_type=content_type, object_id=obj.pk).values_list("source__key", flat=True)
    )


def cite(obj, content_type, sources):
    keys = {source.key for source in sources}
    Citation.objects.filter(content_type=content_type, object_id=obj.pk).exclude(source__key__in=keys).delete()
    present = set(cited_keys(obj, content_type))
    Citation.objects.bulk_create(
        [
            Citation(source=source, content_type=content_type, object_id=obj.pk)
            for source in sources
            if source.key not in present
        ]
    )


def save_checked(obj, row):
    try:
        obj.full_clean()
    except ValidationError as error:
        details = "; ".join(f"{name}: {' '.join(messages)}" for name, messages in error.message_dict.items())
        raise row.error(details) from error
    obj.save()


def sync(model, wanted_records):
    """Bring the database in line with the wanted records; staff edits win (see the module's doc).

    Returns ({seed_key: object}, SyncReport).
    """
    recreate = RECREATE_DELETED.get()
    content_type = ContentType.objects.get_for_model(model)
    memory = {record.seed_key: record for record in SeedRecord.objects.filter(content_type=content_type)}
    objects, report = {}, SyncReport()
    for wanted in wanted_records:
        record = memory.get(wanted.seed_key)
        forms = wanted_forms(model, wanted)
        if record is not None:
            obj = model.objects.filter(pk=record.object_id).first()
            if obj is None and not recreate:
                report.deleted.append(f"{model._meta.model_name} {wanted.seed_key}")
                continue  # staff deleted it: it stays deleted
            if obj is None:
                record.delete()
                record = None
        if record is None:
            obj = model.objects.filter(**wanted.find).first() if wanted.find else None
            created = obj is None
            if created:
                obj = create(model, wanted, content_type)
                report.created += 1
            record = SeedRecord(content_type=content_type, seed_key=wanted.seed_key, object_id=obj.pk, shipped={})
            for name, form in forms.items():
                current = current_value(obj, name, content_type)
                if created or current == form:  # saved as shipped (a created page's body may come back cleaned)
                    record.shipped[name] = {"file": form, "saved": current}
                elif name == "sources" and not current:  # a record adopted without sources gains them
                    cite(obj, content_type, wanted.sources)
                    record.shipped[name] = {"file": form, "saved": form}
        objects[wanted.seed_key] = obj
        if apply_corrections(obj, record, wanted, forms, content_type, report):
            report.updated += 1
        record.save()
    return objects, report


def wanted_forms(model, wanted):
    forms = {name: file_form(model, name, value) for name, value in wanted.fields.items()}
    forms.update({name: comparable(values) for name, values in wanted.many.items()})
    if wanted.sources is not None:
        forms["sources"] = sorted(source.key for source in wanted.sources)
    return forms


def current_value(obj, name, content_type):
    return cited_keys(obj, content_type) if name == "sources" else current_form(obj, name)


def create(model, wanted, content_type):
    obj = model(**wanted.fields)
    save_checked(obj, wanted.row)
    for name, values in wanted.many.items():
        getattr(obj, name).set(values)
    if wanted.sources is not None:
        cite(obj, content_type, wanted.sources)
    return obj


def apply_corrections(obj, record, wanted, forms, content_type, report):
    """Set each field whose file value changed while its current value is still the shipped one.

    Returns whether the record changed.
    """
    corrected = []
    for name, form in forms.items():
        shipped = record.shipped.get(name)
        if shipped is not None and shipped["file"] == form:
            continue  # nothing new in the file for this field
        current = current_value(obj, name, content_type)
        if current == form:
            record.shipped[name] = {"file": form, "saved": current}
        elif shipped is None or current != shipped["saved"]:
            report.kept.append(f"{obj._meta.model_name} {wanted.seed_key}: {name}")
        else:
            corrected.append(name)
    for name in corrected:
        if name == "sources":
            cite(obj, content_type, wanted.sources)
        elif name in wanted.many:
            getattr(obj, name).set(wanted.many[name])
        else:
            setattr(obj, name, wanted.fields[name])
    if set(corrected) - {"sources", *wanted.many}:
        save_checked(obj, wanted.row)
    for name in corrected:
        record.shipped[name] = {"file": forms[name], "saved": current_value(obj, name, content_type)}
    return bool(corrected)


def load_sources(path):
    """Create or correct the sources listed in `path`; returns {key: Source}."""
    allowed = ("key", "title", "publisher", "url", "language", "published", "seen", "note")
    rows = read_rows(path, "source", allowed, required=("key", "title"))
    unique_by(rows, lambda row: row["key"])
    wanted = [
        Wanted(
            seed_key=row["key"],
            row=row,
            fields={name: row.get(name, None if name == "seen" else "") for name in allowed},
            find={"key": row["key"]},
            sources=None,
        )
        for row in rows
    ]
    objects, report = sync(Source, wanted)
    return objects, report


SEARCH_LANGUAGES = ("fr", "nl")
BEST_BET_KEYS = ("key", "destination", "area", "actor", "url", "position", *SEARCH_LANGUAGES)
BEST_BET_TEXT_KEYS = ("terms", "title", "text")


def best_bet_text(row, language):
    """A best bet's `fr` or `nl` table: its terms (a list), title and short text."""
    values = row[language]
    if not isinstance(values, dict):
        raise row.error(f"“{language}” holds the terms, title and text in {language}: {language}.title = “…”.")
    unknown = sorted(set(values) - set(BEST_BET_TEXT_KEYS))
    if unknown:
        raise row.error(f"unknown key “{language}.{unknown[0]}” (known keys: {', '.join(BEST_BET_TEXT_KEYS)}).")
    terms = values.get("terms")
    if not isinstance(terms, list) or not terms or not all(isinstance(term, str) and term for term in terms):
        raise row.error(f"“{language}.terms” is a list of words or phrases.")
    if not values.get("title"):
        raise row.error(f"“{language}.title” is missing.")
    return {"terms": ", ".join(terms), "title": values["title"], "text": values.get("text", "")}


def best_bet_target(row, areas, actors):
    """The area (`"2021-2024/5"`) or the partner (its key) a best bet leads to, if any."""
    area, actor = row.get("area"), row.get("actor")
    if area and area not in areas:
        raise row.error(f"unknown thematic area “{area}” (write it as “edition/number”, e.g. “2021-2024/5”).")
    if actor and actor not in actors:
        raise row.error(f"unknown actor “{actor}”.")
    if row["destination"] not in SearchDestination.values:
        raise row.error(f"unknown destination “{row['destination']}” (known: {', '.join(SearchDestination.values)}).")
    return (areas[area] if area else None), (actors[actor] if actor else None)


def load_search_help(path, areas, actors):
    """The best bets and synonyms of `path`: each `[[best_bet]]` gives a record per language, each
    `[[synonym]]` one. `areas` maps "edition/number" and `actors` maps keys to the records they name.

    Returns a SyncReport for both kinds.
    """
    rows = read_rows(path, "best_bet", BEST_BET_KEYS, required=("key", "destination", *SEARCH_LANGUAGES))
    unique_by(rows, lambda row: row["key"])
    wanted = []
    for row in rows:
        area, actor = best_bet_target(row, areas, actors)
        for language in SEARCH_LANGUAGES:
            fields = {
                "language": language,
                **best_bet_text(row, language),
                "destination": row["destination"],
                "url": row.get("url"),
                "area": area,
                "actor": actor,
                "position": row.get("position", 100),
            }
            wanted.append(Wanted(seed_key=f"{row['key']}.{language}", row=row, fields=fields))
    _bets, report = sync(SearchBestBet, wanted)

    rows = read_rows(path, "synonym", ("language", "term", "also"), required=("language", "term", "also"))
    unique_by(rows, lambda row: f"{row['language']}:{fold(row['term'])}")
    synonyms = []
    for row in rows:
        also = row["also"]
        if not isinstance(also, list) or not all(isinstance(word, str) and word for word in also):
            raise row.error("“also” is a list of words or phrases.")
        fields = {"language": row["language"], "term": row["term"], "also": ", ".join(also)}
        key = f"{row['language']}:{row['term']}"
        synonyms.append(
            Wanted(seed_key=key, row=row, fields=fields, find={"language": row["language"], "term": row["term"]})
        )
    _synonyms, synonym_report = sync(SearchSynonym, synonyms)
    report.add(synonym_report)
    return report
