"""The plan's initial records: the TOML files beside this module, and how they load.

editions.toml, objectives.toml, areas.toml (with each area's context figures), continuations.toml
(which earlier themes each area takes up) and measures.toml.
Only what a public source gives: a measure without a source is refused, a measure's number is
left out when no source prints it, and status and progress stay unreported.
"""

from pathlib import Path

from bps_portal.seed import Wanted, read_rows, sources_named, sync, unique_by
from gspp.models import AreaContinuation, ContextFigure, Measure, PlanEdition, StrategicObjective, ThematicArea

HERE = Path(__file__).resolve().parent
LANGUAGES = ("fr", "nl")


def translated(*names):
    return tuple(f"{name}_{language}" for name in names for language in LANGUAGES)


EDITION_FIELDS = (
    "period_start",
    "period_end",
    "status",
    "adoption_date",
    "measures_in_plan",
    *translated("title", "summary", "document_url"),
)
AREA_FIELDS = translated("title", "slug", "summary", "description", "theme_page_url")
MEASURE_FIELDS = (*translated("title", "slug", "description"), "published")
FIGURE_KEYS = ("text_fr", "text_nl", "year", "source")


def blank(name):
    """The value of a field the file leaves out: unknown, so empty."""
    return None if name in ("adoption_date", "measures_in_plan") else ""


def load(sources, actors):
    """Create or correct the plan from the data files. `actors` maps actor keys to actors."""
    reports = {}
    editions, reports["plan editions"] = sync(PlanEdition, edition_records(sources))
    _objectives, reports["strategic objectives"] = sync(StrategicObjective, objective_records(editions))
    area_rows = read_rows(HERE / "areas.toml", "area", ("edition", "number", "sources", "figures", *AREA_FIELDS), ())
    areas, reports["thematic areas"] = sync(ThematicArea, area_records(area_rows, editions, sources))
    reports["context figures"] = load_figures(area_rows, areas, sources)
    continuations = continuation_records(area_rows, areas, sources)
    _continuations, reports["themes taken up"] = sync(AreaContinuation, continuations)
    _measures, reports["measures"] = sync(Measure, measure_records(editions, areas, actors, sources))
    return reports


def edition_records(sources):
    rows = read_rows(HERE / "editions.toml", "edition", ("key", "sources", *EDITION_FIELDS))
    unique_by(rows, lambda row: row["key"])
    return [
        Wanted(
            row["key"],
            row,
            {"key": row["key"], **{name: row.get(name, blank(name)) for name in EDITION_FIELDS}},
            sources=sources_named(row, sources),
            find={"key": row["key"]},
        )
        for row in rows
    ]


def edition_of(row, editions):
    if row["edition"] not in editions:
        raise row.error(f"edition “{row['edition']}” is not in editions.toml.")
    return editions[row["edition"]]


def objective_records(editions):
    fields = translated("title", "description")
    rows = read_rows(HERE / "objectives.toml", "objective", ("edition", "number", *fields), ("edition", "number"))
    unique_by(rows, lambda row: (row["edition"], row["number"]))
    return [
        Wanted(
            f"{row['edition']}/{row['number']}",
            row,
            {
                "edition": edition_of(row, editions),
                "number": row["number"],
                **{name: row.get(name, "") for name in fields},
            },
            find={"edition": edition_of(row, editions), "number": row["number"]},
        )
        for row in rows
    ]


def area_key(edition_key, number):
    return f"{edition_key}/{number}"


def area_records(rows, editions, sources):
    unique_by(rows, lambda row: area_key(row["edition"], row["number"]))
    records = []
    for row in rows:
        edition = edition_of(row, editions)
        fields = {"edition": edition, "number": row["number"], **{name: row.get(name, "") for name in AREA_FIELDS}}
        records.append(
            Wanted(
                area_key(row["edition"], row["number"]),
                row,
                fields,
                sources=sources_named(row, sources),
                find={"edition": edition, "number": row["number"]},
            )
        )
    return records


def load_figures(area_rows, areas, sources):
    """Each area's context figures (`figures = [{text_fr, text_nl, year, source}, ...]`)."""
    records = []
    for row in area_rows:
        area = areas.get(area_key(row["edition"], row["number"]))
        for position, figure in enumerate(row.get("figures", []), start=1):
            unknown = sorted(set(figure) - set(FIGURE_KEYS))
            missing = [name for name in FIGURE_KEYS if name not in figure and name != "text_nl"]
            if unknown or missing:
                raise row.error(
                    f"figure {position}: {'unknown key ' + unknown[0] if unknown else missing[0] + ' is missing'}."
                )
            if figure["source"] not in sources:
                raise row.error(f"figure {position}: unknown source “{figure['source']}”.")
            if area is None:
                continue  # staff deleted the area
            fields = {
                "area": area,
                "position": position,
                "text_fr": figure["text_fr"],
                "text_nl": figure.get("text_nl", ""),
                "year": figure["year"],
                "source": sources[figure["source"]],
            }
            records.append(Wanted(f"{area_key(row['edition'], row['number'])}/{position}", row, fields))
    _figures, report = sync(ContextFigure, records)
    return report


def continuation_records(area_rows, areas, sources):
    """`area` takes up `earlier_area` (both "edition/number"), with an optional `source` key."""
    known = {area_key(row["edition"], row["number"]) for row in area_rows}
    pair = ("area", "earlier_area")
    rows = read_rows(HERE / "continuations.toml", "continuation", (*pair, "source"), pair)
    unique_by(rows, lambda row: (row["area"], row["earlier_area"]))
    records = []
    for row in rows:
        for name in pair:
            if row[name] not in known:
                raise row.error(f"{name} “{row[name]}” is not in areas.toml (write it edition/number).")
        if row.get("source") and row["source"] not in sources:
            raise row.error(f"unknown source “{row['source']}”.")
        if row["area"] not in areas or row["earlier_area"] not in areas:
            continue  # staff deleted one of the areas
        fields = {
            "area": areas[row["area"]],
            "earlier_area": areas[row["earlier_area"]],
            "source": sources.get(row.get("source")),
        }
        key = f"{row['area']}<{row['earlier_area']}"
        records.append(Wanted(key, row, fields, find={"area": fields["area"], "earlier_area": fields["earlier_area"]}))
    return records


def measure_records(editions, areas, actors, sources):
    allowed = ("key", "edition", "area", "number", "lead_actor", "partner_actors", "sources", *MEASURE_FIELDS)
    rows = read_rows(HERE / "measures.toml", "measure", allowed)
    unique_by(rows, lambda row: row["key"])
    records = []
    for row in rows:
        edition_of(row, editions)
        area = areas.get(area_key(row["edition"], row["area"]))
        if area is None:
            raise row.error(f"area {row['area']} of edition {row['edition']} is not in areas.toml (or was deleted).")
        cited = sources_named(row, sources)
        if not cited:
            raise row.error("a measure needs at least one source (“sources = [...]”).")
        for name in ("lead_actor", *row.get("partner_actors", [])):
            key = row.get(name) if name == "lead_actor" else name
            if key and key not in actors:
                raise row.error(f"actor “{key}” is not in the directory's data files.")
        fields = {name: row.get(name, "") for name in MEASURE_FIELDS}
        fields.update(
            area=area,
            number=row.get("number", None),
            published=row.get("published", False),
            lead_actor=actors.get(row.get("lead_actor", "")),
        )
        find = (
            {"area": area, "number": row["number"]} if row.get("number") else {"area": area, "slug_fr": row["slug_fr"]}
        )
        records.append(
            Wanted(
                row["key"],
                row,
                fields,
                many={"partner_actors": [actors[key] for key in row.get("partner_actors", [])]},
                sources=cited,
                find=find,
            )
        )
    return records
