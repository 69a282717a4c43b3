"""Two corrections from the content review (issue 13), where the records still hold what was shipped:

- one spelling of the Regional Security Council's French name, as the pages write it (French
  typography: "Conseil régional de sécurité");
- Brusafe no longer shown as part of BPS: since 2019 it is a regional body of its own (ordinance of
  4 April 2019), and the recast of 16 May 2024 repealed its provisions (docs/sources.md, open points).
"""

from django.db import migrations

SHIPPED, CORRECTED = "Conseil Régional de Sécurité", "Conseil régional de sécurité"


def correct(apps, schema_editor):
    actor_model = apps.get_model("agencies", "Actor")
    for name in ("name", "name_fr"):
        actor_model.objects.filter(key="cores", **{name: SHIPPED}).update(**{name: CORRECTED})
    actor_model.objects.filter(key="brusafe", parent__key="bps").update(parent=None)


class Migration(migrations.Migration):
    dependencies = [("agencies", "0008_police_zone_contacts_moved")]

    operations = [migrations.RunPython(correct, migrations.RunPython.noop)]
