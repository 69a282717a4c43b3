"""Writes of the partner directory that touch several rows or models."""

from django.db import transaction

from agencies.models import Actor, ActorType, ContactPoint, Municipality, Postcode
from bps_portal.services import create_missing


@transaction.atomic
def load_initial_directory(actor_types, actors, municipalities):
    """Create the initial directory where it is missing; what staff changed stays as it is.

    Rows name related records by their `key`; they are resolved here. Returns {label: created}.
    """
    report = {"actor types": create_missing(ActorType, actor_types)}

    types = {actor_type.key: actor_type for actor_type in ActorType.objects.all()}
    actor_rows = [
        {**{k: v for k, v in row.items() if k != "parent"}, "actor_type": types.get(row.get("actor_type"))}
        for row in actors
    ]
    created_actor_keys = create_missing(Actor, actor_rows, return_keys=True)
    report["actors"] = len(created_actor_keys)
    by_key = {actor.key: actor for actor in Actor.objects.all()}
    for row in actors:
        if row["key"] in created_actor_keys and row.get("parent"):
            Actor.objects.filter(key=row["key"]).update(parent=by_key[row["parent"]])

    existing = set(Municipality.objects.values_list("key", flat=True))
    created = 0
    for row in municipalities:
        if row["key"] in existing:
            continue
        fields = {k: v for k, v in row.items() if k not in ("police_zone", "actor", "postcodes")}
        municipality = Municipality(
            **fields, police_zone=by_key[row["police_zone"]], actor=by_key.get(row.get("actor") or "")
        )
        municipality.full_clean()
        municipality.save()
        Postcode.objects.bulk_create([Postcode(code=code, municipality=municipality) for code in row["postcodes"]])
        created += 1
    report["municipalities"] = created
    return report


DEMO_TYPE_KEYS = ("regional-body", "emergency-service", "employment-training", "regional-administration")


@transaction.atomic
def create_demo_actors(count, start=1):
    """Demonstration actors for development and benchmarks, each visibly marked as an example.

    Each gets a public and a partners-only contact point. Returns the actors created.
    """
    types = list(ActorType.objects.filter(key__in=DEMO_TYPE_KEYS)) or [None]
    actors = Actor.objects.bulk_create(
        [
            Actor(
                key=f"demo-{number:05d}",
                name_fr=f"Exemple {number:05d} – service de démonstration",
                name_nl=f"Voorbeeld {number:05d} – demonstratiedienst",
                slug_fr=f"exemple-{number:05d}",
                slug_nl=f"voorbeeld-{number:05d}",
                description_fr="Exemple : cet acteur n’existe pas, il sert à la démonstration du portail.",
                description_nl="Voorbeeld: deze actor bestaat niet, hij dient om het portaal te demonstreren.",
                actor_type=types[number % len(types)],
                level="regional",
                is_demo=True,
            )
            for number in range(start, start + count)
        ]
    )
    ContactPoint.objects.bulk_create(
        [
            ContactPoint(
                actor=actor, label_fr=label_fr, label_nl=label_nl, visibility=visibility, languages=["fr", "nl"]
            )
            for actor in actors
            for label_fr, label_nl, visibility in (
                ("Exemple d’accueil", "Voorbeeld van onthaal", "public"),
                ("Exemple de ligne partenaires", "Voorbeeld van partnerlijn", "partners"),
            )
        ]
    )
    return actors
