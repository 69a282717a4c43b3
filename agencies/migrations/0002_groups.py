from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS = "Annuaire – rédaction / Partnergids – redactie"
PARTNERS = "Partenaires / Partners"
EDITOR_MODELS = ("actor", "actortype", "contactpoint", "municipality", "postcode")


def create_groups(apps, schema_editor):
    # Permissions are normally created after all migrations; the groups need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors, _ = Group.objects.get_or_create(name=EDITORS)
    editors.permissions.add(
        *Permission.objects.filter(content_type__app_label="agencies", content_type__model__in=EDITOR_MODELS)
    )
    partners, _ = Group.objects.get_or_create(name=PARTNERS)
    partners.permissions.add(Permission.objects.get(content_type__app_label="agencies", codename="view_partner_contacts"))


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=[EDITORS, PARTNERS]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("agencies", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
