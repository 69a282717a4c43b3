from django.db import migrations


class Migration(migrations.Migration):
    """Created the first two groups; bps_portal 0007_roles now creates every role from the roles table."""

    dependencies = [
        ("agencies", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = []
