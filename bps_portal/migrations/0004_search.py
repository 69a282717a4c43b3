"""Search on PostgreSQL: trigram matching, accent-free French and Dutch text configurations, and a
GIN index on each searched model's text vector (the very expression `bps_portal.search` queries).
Nothing happens on SQLite, which searches without them."""

from django.contrib.postgres.indexes import GinIndex
from django.db import migrations

TEXT_CONFIGURATIONS = {"fr_unaccent": ("french", "french_stem"), "nl_unaccent": ("dutch", "dutch_stem")}


def create_search_support(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    for name, (parent, stemmer) in TEXT_CONFIGURATIONS.items():
        schema_editor.execute(
            f"""DO $$ BEGIN
                IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = '{name}') THEN
                    CREATE TEXT SEARCH CONFIGURATION {name} (COPY = {parent});
                    ALTER TEXT SEARCH CONFIGURATION {name}
                        ALTER MAPPING FOR hword, hword_part, word WITH unaccent, {stemmer};
                END IF;
            END $$"""
        )


def search_indexes():
    from bps_portal.search import KINDS, search_vector

    models = {"measures": ("gspp", "measure"), "areas": ("gspp", "thematicarea"), "actors": ("agencies", "actor"),
              "pages": ("bps_portal", "page")}  # fmt: skip
    return [(models[kind.key], GinIndex(search_vector(kind), name=f"search_{kind.key}")) for kind in KINDS]


def create_search_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for (app_label, model_name), index in search_indexes():
        schema_editor.add_index(apps.get_model(app_label, model_name), index)


def drop_search_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for (app_label, model_name), index in search_indexes():
        schema_editor.remove_index(apps.get_model(app_label, model_name), index)


class Migration(migrations.Migration):
    dependencies = [
        ("bps_portal", "0003_oldslug"),
        ("gspp", "0001_initial"),
        ("agencies", "0003_actor_thematic_areas"),
    ]

    operations = [
        migrations.RunPython(create_search_support, migrations.RunPython.noop),
        # The indexes live in the database only (PostgreSQL), not in the models' state.
        migrations.RunPython(create_search_indexes, drop_search_indexes),
    ]
