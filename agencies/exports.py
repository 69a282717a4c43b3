"""The directory's download: one row per actor with its *public* contact points only, for everyone."""

from django.db.models import Prefetch

from agencies.models import ContactPoint, Visibility
from bps_portal.exports import absolute_urls

COLUMNS = [
    "key", "name_fr", "name_nl", "acronym_fr", "acronym_nl", "type", "level", "zone_number",
    "street_fr", "street_nl", "postcode", "municipality_fr", "municipality_nl", "phone", "email",
    "website_fr", "website_nl", "public_contact_points", "published_url_fr", "published_url_nl", "is_demo",
]  # fmt: skip


def actor_rows(actors, request):
    public_points = ContactPoint.objects.filter(visibility=Visibility.PUBLIC)
    rows = []
    for actor in actors.prefetch_related(Prefetch("contact_points", queryset=public_points, to_attr="public_points")):
        urls = absolute_urls(actor, request)
        rows.append(
            {
                **{field: getattr(actor, field) for field in COLUMNS if hasattr(actor, field) and field != "type"},
                "type": actor.actor_type.key if actor.actor_type else "",
                "public_contact_points": [
                    f"{point.label_fr} / {point.label_nl}: {point.phone or point.email}".strip()
                    for point in actor.public_points
                ],
                "published_url_fr": urls["fr"],
                "published_url_nl": urls["nl"],
            }
        )
    return rows
