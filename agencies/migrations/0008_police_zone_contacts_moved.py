"""Police zones' shipped contact facts that the content review (issue 13) found outdated or mislabelled,
cleared where they still hold the shipped value; `load_initial_data` then adds the labelled contact
points (dispatching, police house, stations) from agencies/initial_data/contact_points.toml.

- Bruxelles-Ouest: 02 412 12 12 comes only from a 2006 report.
- Midi: rue Démosthène 36 predates the new central station of December 2025, whose address is unknown.
- Montgomery: chaussée Saint-Pierre 122 and 02 788 53 43 are the Etterbeek police house and the
  dispatching line, now contact points labelled as such.
- Bruxelles-Nord: 02 249 22 11 is the dispatching line, now a labelled contact point.
"""

from django.db import migrations

# (actor key, {field: shipped value})
SHIPPED = [
    ("bruxelles-ouest-5340", {"phone": "+3224121212"}),
    (
        "midi-5341",
        {
            "street": "Rue Démosthène 36",
            "street_fr": "Rue Démosthène 36",
            "street_nl": "Demosthenesstraat 36",
            "postcode": "1070",
            "municipality": "Anderlecht",
            "municipality_fr": "Anderlecht",
            "municipality_nl": "Anderlecht",
        },
    ),
    (
        "montgomery-5343",
        {
            "street": "Chaussée Saint-Pierre 122",
            "street_fr": "Chaussée Saint-Pierre 122",
            "street_nl": "Sint-Pieterssteenweg 122",
            "postcode": "1040",
            "municipality": "Etterbeek",
            "municipality_fr": "Etterbeek",
            "municipality_nl": "Etterbeek",
            "phone": "+3227885343",
        },
    ),
    ("bruxelles-nord-5344", {"phone": "+3222492211"}),
]


def clear(apps, schema_editor):
    actor_model = apps.get_model("agencies", "Actor")
    for key, fields in SHIPPED:
        for name, shipped in fields.items():
            actor_model.objects.filter(key=key, **{name: shipped}).update(**{name: ""})


class Migration(migrations.Migration):
    dependencies = [("agencies", "0007_siamu_description")]

    operations = [migrations.RunPython(clear, migrations.RunPython.noop)]
