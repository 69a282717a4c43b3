"""SIAMU's description no longer says it runs the 112 call centre (those centres are federal; the
content review, issue 13, found no source): changed where the text is still the one shipped."""

from django.db import migrations

# (field, shipped text, corrected text)
DESCRIPTIONS = [
    (
        "description_fr",
        "Les pompiers et l'aide médicale urgente de Bruxelles : c'est l'unique zone de secours de la Région. Le "
        "service lutte contre les incendies, porte secours aux personnes et gère le centre d'appels d'urgence 112 "
        "pour Bruxelles.",
        "Les pompiers et l'aide médicale urgente de Bruxelles : c'est l'unique zone de secours de la Région. Le "
        "service lutte contre les incendies, porte secours aux personnes et assure l'aide médicale urgente sur "
        "tout le territoire de la Région.",
    ),
    (
        "description_nl",
        "De brandweer en de dringende medische hulp van Brussel: de enige hulpverleningszone van het Gewest. De "
        "dienst bestrijdt branden, helpt mensen in nood en beheert de 112-noodcentrale voor Brussel.",
        "De brandweer en de dringende medische hulp van Brussel: de enige hulpverleningszone van het Gewest. De "
        "dienst bestrijdt branden, helpt mensen in nood en verzorgt de dringende medische hulp op het hele "
        "grondgebied van het Gewest.",
    ),
]


def correct(apps, schema_editor):
    actor_model = apps.get_model("agencies", "Actor")
    for field, shipped, corrected in DESCRIPTIONS:
        fields = [field, "description"] if field == "description_fr" else [field]
        for name in fields:
            actor_model.objects.filter(key="siamu", **{name: shipped}).update(**{name: corrected})


class Migration(migrations.Migration):
    dependencies = [("agencies", "0006_content_review_corrections")]

    operations = [migrations.RunPython(correct, migrations.RunPython.noop)]
