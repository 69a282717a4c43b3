"""One spelling of the Regional Security Council's French name, as the pages write it (French
typography: "Conseil régional de sécurité"), where the record still holds the shipped spelling."""

from django.db import migrations

SHIPPED, CORRECTED = "Conseil Régional de Sécurité", "Conseil régional de sécurité"


def correct(apps, schema_editor):
    actor_model = apps.get_model("agencies", "Actor")
    for name in ("name", "name_fr"):
        actor_model.objects.filter(key="cores", **{name: SHIPPED}).update(**{name: CORRECTED})


class Migration(migrations.Migration):
    dependencies = [("agencies", "0008_police_zone_contacts_moved")]

    operations = [migrations.RunPython(correct, migrations.RunPython.noop)]
