"""The Dutch titles of two 2017-2020 themes, found by the content review (issue 13): set where still
empty, and their Dutch address, which was the French one, moved (the old one redirects). Fresh
installs get them from gspp/initial_data/."""

from django.db import migrations

# (theme number, Dutch title, shipped Dutch slug, corrected Dutch slug); source: test.bps-bpv.brussels/nl/…
THEMES_2017_2020 = [
    (5, "Eigendomsdelicten", "atteintes-aux-biens", "eigendomsdelicten"),
    (
        9,
        "Georganiseerde misdaad en smokkel van illegale goederen",
        "criminalite-organisee-et-trafic-de-biens-frauduleux",
        "georganiseerde-misdaad-en-smokkel-van-illegale-goederen",
    ),
]


def correct(apps, schema_editor):
    area_model = apps.get_model("gspp", "ThematicArea")
    old_slug_model = apps.get_model("bps_portal", "OldSlug")
    content_type, _created = apps.get_model("contenttypes", "ContentType").objects.get_or_create(
        app_label="gspp", model="thematicarea"
    )
    for number, title, shipped_slug, slug in THEMES_2017_2020:
        area = area_model.objects.filter(edition__key="2017-2020", number=number).first()
        if area is None:
            continue
        if not area.title_nl:
            area_model.objects.filter(pk=area.pk).update(title_nl=title)
        if area.slug_nl == shipped_slug:
            area_model.objects.filter(pk=area.pk).update(slug_nl=slug)
            old_slug_model.objects.create(
                content_type=content_type, object_id=area.pk, language="nl", slug=shipped_slug
            )


class Migration(migrations.Migration):
    dependencies = [
        ("gspp", "0007_translation_status"),
        ("bps_portal", "0015_page_body_kept_by_sanitizer"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(correct, migrations.RunPython.noop)]
