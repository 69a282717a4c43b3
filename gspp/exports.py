"""The measure finder's download: one row per measure, both languages' columns, stable identifiers."""

from bps_portal.exports import absolute_urls
from gspp import selectors

COLUMNS = [
    "id", "edition", "reference", "area_number", "title_fr", "title_nl", "status", "progress",
    "last_update", "lead_actor", "partner_actors", "published_url_fr", "published_url_nl", "is_demo",
]  # fmt: skip


def rows(measures, request):
    """One row per measure, both languages' columns."""
    table = []
    for measure in selectors.with_partners(measures):
        urls = absolute_urls(measure, request)
        table.append(
            {
                "id": measure.pk,
                "edition": measure.area.edition.key,
                "reference": measure.reference,
                "area_number": measure.area.number,
                "title_fr": measure.title_fr,
                "title_nl": measure.title_nl,
                "status": measure.status,
                "progress": measure.progress,
                "last_update": measure.last_progress_date.isoformat() if measure.last_progress_date else "",
                "lead_actor": measure.lead_actor.key if measure.lead_actor else "",
                "partner_actors": [actor.key for actor in measure.partner_actors.all()],
                "published_url_fr": urls["fr"],
                "published_url_nl": urls["nl"],
                "is_demo": measure.is_demo,
            }
        )
    return table
