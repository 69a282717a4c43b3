"""The alerts the public sees now, shared by every page, kept in the cache until they change.

A page's alerts cost no query: they are read once, kept until the next scheduled publication or
withdrawal falls due (at most ALERTS_CACHE_SECONDS), and forgotten at once when staff save or
delete an alert. In production the cache is Redis (REDIS_URL), shared by every process, so a
withdrawal reaches every visitor at the next request.
"""

from django.core.cache import cache
from django.db.models import Q
from django.utils import timezone

from bps_portal.models import Alert

CACHE_KEY = "bps-portal:alerts"
ALERTS_CACHE_SECONDS = 300


def current_alerts():
    alerts = cache.get(CACHE_KEY)
    if alerts is None:
        alerts, seconds = alerts_now(timezone.now())
        cache.set(CACHE_KEY, alerts, seconds)
    return alerts


def alerts_now(now):
    """(the alerts in force, seconds until the next one is published or withdrawn), in one query."""
    coming = Alert.objects.filter(published=True).filter(Q(unpublish_after__isnull=True) | Q(unpublish_after__gt=now))
    in_force, moments = [], []
    for alert in coming.order_by("-publish_from", "-created_at"):
        if alert.publish_from is None or alert.publish_from <= now:
            in_force.append(alert)
        moments += [moment for moment in (alert.publish_from, alert.unpublish_after) if moment and moment > now]
    if not moments:
        return in_force, ALERTS_CACHE_SECONDS
    return in_force, max(1, min(ALERTS_CACHE_SECONDS, int((min(moments) - now).total_seconds()) + 1))


def forget():
    """Staff changed an alert: every page shows the change at its next request."""
    cache.delete(CACHE_KEY)
