"""docs/sources.md, written from the data files: every source, what cites it, what is still unknown.

`manage.py write_sources_doc` writes it; a test fails when the file and the data files disagree.
It reads the files only (no database), so that it describes what a fresh install loads.
"""

from collections import defaultdict

from agencies import initial_data as directory
from bps_portal import initial_data as portal
from bps_portal.seed import read_rows, read_table
from gspp import initial_data as plan

SOURCE_KEYS = ("key", "title", "publisher", "url", "language", "published", "seen", "note")


def cell(text):
    return str(text).replace("|", "\\|").replace("\n", " ")


def cited_records():
    """[(what, key, name, [source keys])] for every record of the data files."""
    records = []

    def add(what, path, table, name_of, allowed=None):
        rows = read_rows(path, table, allowed, required=())
        for row in rows:
            records.append((what, row.get("key") or name_of(row), name_of(row), row.get("sources", [])))
        return rows

    add("actor", directory.HERE / "actors.toml", "actor", lambda row: row["name_fr"])
    template_sources = read_table(directory.HERE / "communes.toml", "template").get("sources", [])
    for row in read_rows(directory.HERE / "communes.toml", "commune", None, required=()):
        records.append(("commune", row["key"], row["name_fr"], row.get("sources", template_sources)))
    add("contact point", directory.HERE / "contact_points.toml", "contact_point", lambda row: row["label_fr"])
    add("plan edition", plan.HERE / "editions.toml", "edition", lambda row: row["title_fr"])
    areas = read_rows(plan.HERE / "areas.toml", "area", None, required=())
    for row in areas:
        name = f"{row['edition']} area {row['number']}: {row['title_fr']}"
        records.append(("thematic area", f"{row['edition']}/{row['number']}", name, row.get("sources", [])))
        records += [
            ("context figure", f"{row['edition']}/{row['number']}", figure["text_fr"], [figure["source"]])
            for figure in row.get("figures", [])
        ]
    add("measure", plan.HERE / "measures.toml", "measure", lambda row: row["title_fr"])
    add("page", portal.HERE / "pages.toml", "page", lambda row: row["title_fr"])
    return records


def measures_by_area():
    areas = {
        row["number"]: row["title_fr"]
        for row in read_rows(plan.HERE / "areas.toml", "area", None, required=())
        if row["edition"] == "2021-2024"
    }
    measures = defaultdict(list)
    for row in read_rows(plan.HERE / "measures.toml", "measure", None, required=()):
        if row["edition"] == "2021-2024":
            measures[row["area"]].append(row)
    return areas, measures


def render():
    sources = read_rows(portal.HERE / "sources.toml", "source", SOURCE_KEYS, required=("key", "title"))
    open_points = read_rows(portal.HERE / "sources.toml", "open_point", ("subject", "detail"), required=("subject",))
    records = cited_records()
    citing = defaultdict(list)
    for what, key, _name, keys in records:
        for source_key in keys:
            citing[source_key].append(f"{what} {key}")

    lines = [
        "# Sources of the portal's initial data",
        "",
        "Generated from the data files (`agencies/initial_data/`, `gspp/initial_data/`, `bps_portal/initial_data/`)",
        "by `make sources-doc`; do not edit by hand. `load_initial_data` loads the same files; the admin shows each",
        "record's sources to staff, and the public pages of measures, areas and the plan list them.",
        "",
        "## Measures of the 2021-2024 plan found in public sources",
        "",
    ]
    areas, measures = measures_by_area()
    total = sum(len(rows) for rows in measures.values())
    lines += [
        f"The plan counts 77 measures; public sources describe {total} of them "
        f"({sum(1 for rows in measures.values() for row in rows if row.get('number'))} with their number).",
        "",
        "| Area | Measures found | Measures (reference: title) | Sources |",
        "|---|---|---|---|",
    ]
    for number, title in sorted(areas.items()):
        rows = measures.get(number, [])
        listed = "; ".join(f"{number}.{row['number'] if row.get('number') else '–'}: {row['title_fr']}" for row in rows)
        cited = ", ".join(sorted({key for row in rows for key in row.get("sources", [])}))
        lines.append(f"| {number}. {cell(title)} | {len(rows)} | {cell(listed) or 'none yet'} | {cited or '–'} |")

    lines += ["", "## Sources", "", "| Key | Source | Published | Seen | Supports | Cited by |"]
    lines.append("|---|---|---|---|---|---|")
    for row in sorted(sources, key=lambda row: row["key"]):
        title = f"[{cell(row['title'])}]({row['url']})" if row.get("url") else cell(row["title"])
        publisher = f", {cell(row['publisher'])}" if row.get("publisher") else ""
        cited_by = ", ".join(citing.get(row["key"], [])) or "**not cited**"
        lines.append(
            f"| `{row['key']}` | {title}{publisher} | {row.get('published', '')} | {row.get('seen', '')} "
            f"| {cell(row.get('note', ''))} | {cell(cited_by)} |"
        )

    uncited = [f"{what} {key}" for what, key, _name, keys in records if not keys]
    lines += ["", "## Open points for BPS", ""]
    lines += ["Facts that no source seen so far gives. The portal leaves them blank.", ""]
    lines += [f"- **{row['subject']}.** {row.get('detail', '')}" for row in open_points]
    if uncited:
        lines += ["", "Records that cite no source yet: " + ", ".join(uncited) + "."]
    return "\n".join(lines) + "\n"
