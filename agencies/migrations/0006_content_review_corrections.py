"""Corrections of the shipped directory from the content review (issue 13), made where the text is
still the one shipped: a value staff have changed stays as they wrote it. Fresh installs get the
corrected values from agencies/initial_data/."""

from django.db import migrations

# (actor key, field, shipped value, corrected value)
VALUES = [
    ("bruxelles-nord-5344", "website_nl", "https://www.police.be/5344", "https://www.politie.be/5344"),
    ("centre-crise-national", "website_fr", "https://crisiscenter.be", "https://centredecrise.be"),
    ("bruxelles-formation", "level", "", "community"),  # a COCOF administration
]

# (field, shipped wording, corrected wording) in the descriptions of the 19 communes
WORDING = [
    ("description", "desservie par la zone de police", "qui relève de la zone de police"),
    ("description_fr", "desservie par la zone de police", "qui relève de la zone de police"),
    ("description_nl", "bediend door de politiezone", "in de politiezone"),
    ("description_nl", "lokaal preventiebeleid", "lokale preventiebeleid"),
    ("description_nl", "Lokaal Preventie- en Buurtplan", "Lokale Preventie- en Buurtplan"),
]


def correct(apps, schema_editor):
    actor_model = apps.get_model("agencies", "Actor")
    for key, field, shipped, corrected in VALUES:
        actor_model.objects.filter(key=key, **{field: shipped}).update(**{field: corrected})
    for actor in actor_model.objects.filter(key__startswith="commune-"):
        texts = {}
        for field, shipped, corrected in WORDING:
            text = texts.get(field, getattr(actor, field) or "")
            if shipped in text:
                texts[field] = text.replace(shipped, corrected)
        if texts:
            # .update(): the translation stamps stay, so neither language is flagged as outdated.
            actor_model.objects.filter(pk=actor.pk).update(**texts)


class Migration(migrations.Migration):
    dependencies = [("agencies", "0005_phone_numbers_e164")]

    operations = [migrations.RunPython(correct, migrations.RunPython.noop)]
