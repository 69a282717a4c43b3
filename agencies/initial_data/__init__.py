"""The directory's initial records: the TOML files beside this module, and how they load.

actor_types.toml, actors.toml and contact_points.toml hold one record per entry; communes.toml
holds the 19 communes, from which each commune's directory record is written (templates in its
`[template]` table). Facts come from public sources, cited by key; a fact no source gives is left
out, never guessed. Descriptions are our own text, in French and in Dutch.
"""

from pathlib import Path

from django.utils.text import slugify

from agencies.models import Actor, ActorType, ContactPoint, Municipality, Postcode
from bps_portal.seed import Row, SyncReport, Wanted, read_rows, read_table, sources_named, sync, unique_by

HERE = Path(__file__).resolve().parent
LANGUAGES = ("fr", "nl")

TRANSLATED_ACTOR_FIELDS = ("name", "acronym", "slug", "description", "street", "municipality", "website")
ACTOR_FIELDS = (
    *(f"{name}_{language}" for name in TRANSLATED_ACTOR_FIELDS for language in LANGUAGES),
    "postcode",
    "phone",
    "fax",
    "email",
    "zone_number",
    "level",
)
CONTACT_FIELDS = (
    *(f"{name}_{language}" for name in ("label", "opening_hours", "street", "municipality") for language in LANGUAGES),
    "postcode",
    "phone",
    "email",
    "visibility",
    "last_verified",
    "position",
)
COMMUNE_TYPE = "municipality"


def load(sources):
    """Create or correct the directory from the data files. Returns {label: SyncReport}."""
    reports = {}
    types, reports["actor types"] = sync(ActorType, actor_type_records())
    actor_rows = read_rows(HERE / "actors.toml", "actor", ("key", "actor_type", "parent", "sources", *ACTOR_FIELDS))
    commune_rows = read_rows(
        HERE / "communes.toml",
        "commune",
        (
            "key",
            "name_fr",
            "name_nl",
            "police_zone",
            "postcodes",
            "sources",
            "actor_name_fr",
            "actor_name_nl",
            "actor_description_fr",
            "actor_description_nl",
        ),
    )
    unique_by(commune_rows, lambda row: row["key"])
    actors, reports["actors"] = sync_actors(actor_rows, types, sources)
    template = read_table(HERE / "communes.toml", "template")
    commune_actors, reports["communes' records"] = sync(
        Actor, commune_actor_records(commune_rows, types, actors, template, sources)
    )
    reports["communes"] = load_communes(commune_rows, {**actors, **commune_actors}, template, sources)
    reports["contact points"] = load_contact_points(actors, sources)
    return reports


def actor_type_records():
    allowed = ("key", "position", "name_fr", "name_nl", "name_plural_fr", "name_plural_nl")
    rows = read_rows(HERE / "actor_types.toml", "actor_type", allowed)
    unique_by(rows, lambda row: row["key"])
    return [
        Wanted(
            seed_key=row["key"],
            row=row,
            fields={name: row.get(name, 0 if name == "position" else "") for name in allowed},
            find={"key": row["key"]},
        )
        for row in rows
    ]


def resolve(row, name, records, what):
    """The record a row names by key under `name`, or a clear error; None when the key is absent."""
    key = row.get(name)
    if not key:
        return None
    if key not in records:
        raise row.error(f"{name} “{key}” is not a known {what} (it must be listed before it is named).")
    return records[key]


def sync_actors(rows, types, sources):
    """Actors in rounds, parents before their children, so that `parent` names a saved actor."""
    unique_by(rows, lambda row: row["key"])
    actors, report, done, pending = {}, SyncReport(), set(), list(rows)
    while pending:
        ready = [row for row in pending if not row.get("parent") or row["parent"] in done]
        if not ready:
            raise pending[0].error(f"parent “{pending[0]['parent']}” is not a known actor, or the parents form a loop.")
        synced, round_report = sync(Actor, [actor_record(row, types, actors, sources) for row in ready])
        actors.update(synced)
        report.add(round_report)
        done.update(row["key"] for row in ready)
        pending = [row for row in pending if row["key"] not in done]
    return actors, report


def actor_record(row, types, actors, sources):
    fields = {name: row.get(name, "") for name in ACTOR_FIELDS}
    fields.update(
        key=row["key"],
        actor_type=resolve(row, "actor_type", types, "type of actor"),
        parent=actors.get(row.get("parent")),  # None if staff deleted the parent
    )
    return Wanted(row["key"], row, fields, sources=sources_named(row, sources), find={"key": row["key"]})


def zone_short_name(zone, language, zone_type):
    """ "Zone de police Midi" -> "Midi": the zone's name without its type's name."""
    return getattr(zone, f"name_{language}").removeprefix(getattr(zone_type, f"name_{language}") + " ")


def commune_actor_records(rows, types, actors, template, sources):
    """Each commune's directory record, written from the commune and the templates of communes.toml."""
    zone_type = types["police-zone"]
    records = []
    for row in rows:
        zone = resolve(row, "police_zone", actors, "police zone")
        fields = dict.fromkeys(ACTOR_FIELDS, "")
        fields.update(key=f"commune-{row['key']}", actor_type=types[COMMUNE_TYPE], level="local", parent=None)
        for language in LANGUAGES:
            name = row.get(f"actor_name_{language}") or row[f"name_{language}"]
            description = row.get(f"actor_description_{language}") or template[f"actor_description_{language}"].format(
                zone_fr=zone_short_name(zone, "fr", zone_type), zone_nl=zone_short_name(zone, "nl", zone_type)
            )
            fields.update({f"name_{language}": name, f"slug_{language}": slugify(name)})
            fields[f"description_{language}"] = description
        cited = sources_named(row, sources) or sources_named_in_template(template, row, sources)
        records.append(Wanted(fields["key"], row, fields, sources=cited, find={"key": fields["key"]}))
    return records


def sources_named_in_template(template, row, sources):
    return sources_named(Row(row.path, row.line, {"sources": template.get("sources", [])}), sources)


def load_communes(rows, actors, template, sources):
    records = [
        Wanted(
            seed_key=row["key"],
            row=row,
            fields={
                "key": row["key"],
                "name_fr": row["name_fr"],
                "name_nl": row["name_nl"],
                "police_zone": resolve(row, "police_zone", actors, "police zone"),
                "actor": actors.get(f"commune-{row['key']}"),
            },
            sources=sources_named(row, sources) or sources_named_in_template(template, row, sources),
            find={"key": row["key"]},
        )
        for row in rows
    ]
    communes, report = sync(Municipality, records)
    for row in rows:
        commune = communes.get(row["key"])
        if commune is None:
            continue  # staff deleted it
        present = set(commune.postcodes.values_list("code", flat=True))
        missing = [code for code in row["postcodes"] if code not in present]
        for code in missing:
            postcode = Postcode(code=code, municipality=commune)
            try:
                postcode.full_clean()
            except Exception as error:
                raise row.error(f"postcode “{code}”: {error}") from error
            postcode.save()
    return report


def load_contact_points(actors, sources):
    rows = read_rows(HERE / "contact_points.toml", "contact_point", ("key", "actor", "sources", *CONTACT_FIELDS))
    unique_by(rows, lambda row: row["key"])
    records = []
    for row in rows:
        actor = resolve(row, "actor", actors, "actor")
        if actor is None:
            raise row.error("“actor” is missing.")
        fields = {name: row.get(name, "") for name in CONTACT_FIELDS}
        fields.update(
            actor=actor,
            visibility=row.get("visibility", "public"),
            last_verified=row.get("last_verified", None),
            position=row.get("position", 0),
        )
        cited = sources_named(row, sources)
        if not cited:
            raise row.error("a contact point needs at least one source (“sources = [...]”).")
        records.append(
            Wanted(row["key"], row, fields, sources=cited, find={"actor": actor, "label_fr": fields["label_fr"]})
        )
    _objects, report = sync(ContactPoint, records)
    return report
