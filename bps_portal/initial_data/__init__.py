"""The portal's initial content: sources, editorial pages, and the order in which every app loads.

sources.toml lists the public sources that the other data files cite by key; pages.toml lists the
editorial pages, whose bodies are in pages/<key>.<language>.html, one file per page and language;
search_help.toml the search page's best bets and synonyms (issue 16).
"""

from pathlib import Path

from bps_portal.models import Page
from bps_portal.seed import (
    DataFileError,
    Wanted,
    display_path,
    load_search_help,
    load_sources,
    read_rows,
    sources_named,
    sync,
    unique_by,
)

HERE = Path(__file__).resolve().parent
LANGUAGES = ("fr", "nl")
PAGE_FIELDS = (
    "published",
    "last_reviewed",
    *(f"{name}_{lang}" for name in ("slug", "title", "summary") for lang in LANGUAGES),
)


def load_all():
    """Every app's initial data, in dependency order. Returns {label: SyncReport}."""
    from agencies import initial_data as directory
    from gspp import initial_data as plan

    sources, report = load_sources(HERE / "sources.toml")
    reports = {"sources": report}
    reports.update(directory.load(sources))
    from agencies.models import Actor

    actors = {actor.key: actor for actor in Actor.objects.all()}
    reports.update(plan.load(sources, actors))
    reports["editorial pages"] = load_pages(sources)
    from gspp.models import ThematicArea

    areas = {f"{area.edition.key}/{area.number}": area for area in ThematicArea.objects.select_related("edition")}
    reports["search help"] = load_search_help(HERE / "search_help.toml", areas, actors)
    return reports


def page_body(row, language):
    path = HERE / "pages" / f"{row['key']}.{language}.html"
    if not path.exists():
        raise DataFileError(f"{row.where}: the page's body {display_path(path)} is missing.")
    return path.read_text(encoding="utf-8").strip()


def page_rows():
    """The editorial pages of the data files: (row, their fields with both bodies)."""
    rows = read_rows(HERE / "pages.toml", "page", ("key", "sources", *PAGE_FIELDS))
    unique_by(rows, lambda row: row["key"])
    return [
        (
            row,
            {
                "key": row["key"],
                **{name: row.get(name, None if name == "last_reviewed" else "") for name in PAGE_FIELDS},
                "published": row.get("published", False),
                **{f"body_{language}": page_body(row, language) for language in LANGUAGES},
            },
        )
        for row in rows
    ]


def load_pages(sources):
    records = [
        Wanted(row["key"], row, fields, sources=sources_named(row, sources), find={"key": row["key"]})
        for row, fields in page_rows()
    ]
    _pages, report = sync(Page, records)
    return report
