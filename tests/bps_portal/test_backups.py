"""The backup and restore drill (issue 14): a dump of the database with demonstration data, restored
into a scratch database, gives back every table's rows and every translated text.

PostgreSQL only (the tools are PostgreSQL's); CI runs the suite on PostgreSQL, so the drill runs
after every change."""

import io

import psycopg2
import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname

from agencies.services import create_demo_actors
from bps_portal import backups
from gspp.models import PlanEdition
from gspp.services import create_demo_measures
from tests.support import load_seed_data

pytestmark = pytest.mark.django_db(transaction=True)  # pg_dump sees committed rows only


@pytest.fixture
def scratch_database():
    if connection.vendor != "postgresql":
        pytest.skip("backups are made with PostgreSQL's tools (CI runs this on PostgreSQL)")
    name = f"{connection.settings_dict['NAME']}_restore_drill"
    yield name
    arguments, environment, _name = backups.tool_environment(name)
    backups.run(["dropdb", *arguments, "--if-exists", name], environment)


def connect(name):
    config = connection.settings_dict
    return psycopg2.connect(
        dbname=name, host=config["HOST"] or None, port=config["PORT"] or None, user=config["USER"] or None,
        password=config["PASSWORD"] or None,
    )  # fmt: skip


def snapshot(cursor):
    """{table: row count} of every table, and {field: [texts by id]} of every translated field."""
    cursor.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")
    counts = {}
    for (table,) in cursor.fetchall():
        cursor.execute(f'SELECT count(*) FROM "{table}"')  # noqa: S608 (names from the catalog)
        counts[table] = cursor.fetchone()[0]
    texts = {}
    for model in translator.get_registered_models():
        names = translator.get_options_for_model(model).get_field_names()
        columns = [
            model._meta.get_field(build_localized_fieldname(name, language)).column
            for name in names
            for language, _label in settings.LANGUAGES
        ]
        table = model._meta.db_table
        cursor.execute(f'SELECT id, {", ".join(columns)} FROM "{table}" ORDER BY id')  # noqa: S608
        texts[table] = cursor.fetchall()
    return counts, texts


def test_a_backup_restored_into_a_scratch_database_gives_back_every_row_and_text(scratch_database, tmp_path):
    load_seed_data()
    create_demo_actors(30)
    create_demo_measures(PlanEdition.objects.get(key="2021-2024"), 40)
    out = io.StringIO()
    call_command("backup_database", "--directory", str(tmp_path), stdout=out)
    dumps = list(tmp_path.glob("*.dump"))
    assert len(dumps) == 1 and dumps[0].stat().st_size > 0 and str(dumps[0]) in out.getvalue()

    call_command("restore_database", str(dumps[0]), "--database-name", scratch_database, "--replace", stdout=out)

    with connection.cursor() as cursor:
        original = snapshot(cursor)
    restored_connection = connect(scratch_database)
    try:
        with restored_connection.cursor() as cursor:
            restored = snapshot(cursor)
    finally:
        restored_connection.close()
    counts, texts = original
    assert counts["gspp_measure"] >= 48 and counts["agencies_actor"] >= 70 and texts
    assert restored == original


def test_restoring_a_missing_file_is_a_clear_error(scratch_database, tmp_path):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="No backup file"):
        call_command("restore_database", str(tmp_path / "nothing.dump"), "--database-name", scratch_database)
