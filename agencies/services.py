"""Writes of the partner directory that touch several rows or models."""

from django.db import transaction

from agencies.models import Actor, ActorType, ContactPoint
from bps_portal import page_cache

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
    page_cache.content_changed()  # bulk_create sends no save signal
    return actors
