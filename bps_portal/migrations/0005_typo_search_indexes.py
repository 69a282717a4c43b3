"""Typo-tolerant search on PostgreSQL: trigram GIN indexes on the accent-free, lower-case titles
that `bps_portal.search._typo_tolerant_search` compares with the words typed."""

from django.db import migrations

TITLES = {
    "gspp_measure": "title",
    "gspp_thematicarea": "title",
    "agencies_actor": "name",
    "bps_portal_page": "title",
}


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        "CREATE OR REPLACE FUNCTION bps_immutable_unaccent(text) RETURNS text "
        "LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT "
        "AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$"
    )
    for table, field in TITLES.items():
        for language in ("fr", "nl"):
            schema_editor.execute(
                f"CREATE INDEX IF NOT EXISTS {table}_{field}_{language}_trgm ON {table} "
                f"USING gin (bps_immutable_unaccent(lower({field}_{language})) gin_trgm_ops)"
            )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table, field in TITLES.items():
        for language in ("fr", "nl"):
            schema_editor.execute(f"DROP INDEX IF EXISTS {table}_{field}_{language}_trgm")
    schema_editor.execute("DROP FUNCTION IF EXISTS bps_immutable_unaccent(text)")


class Migration(migrations.Migration):
    dependencies = [("bps_portal", "0004_search")]

    operations = [migrations.RunPython(create, drop)]
