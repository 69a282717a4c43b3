"""Writes of the partner directory that touch several rows or models."""

from django.db import transaction

from agencies.models import Actor, ActorType, ContactPoint, Municipality, Postcode
from bps_portal.services import create_missing


@transaction.atomic
def load_initial_directory(actor_types, actors, municipalities, contact_points=()):
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

    created = 0
    for row in contact_points:
        actor = by_key[row["actor"]]
        if actor.key in created_actor_keys:
            point = ContactPoint(**{**row, "actor": actor})
            point.full_clean()
            point.save()
            created += 1
    report["contact points"] = created
    return report
