from django.db import migrations


def create_extensions(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")


class Migration(migrations.Migration):
    dependencies = [("bps_portal", "0001_initial")]

    operations = [migrations.RunPython(create_extensions, migrations.RunPython.noop)]
