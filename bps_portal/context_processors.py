from django.conf import settings
from django.core.cache import cache
from django.utils.functional import SimpleLazyObject

from agencies.selectors import portal_owner
from bps_portal import page_cache
from bps_portal.alerts import current_alerts
from bps_portal.selectors import site_pages


def kept_per_generation(name, compute):
    """`compute()`, kept in the shared cache until the content changes (one query fewer per page).

    Only with a shared cache (the page cache's condition): a process-local copy would miss the saves
    made in other processes."""
    if not settings.PAGE_CACHE_ENABLED:
        return compute()
    key = f"bps-portal:{name}:{page_cache.generation()}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, settings.PAGE_CACHE_SECONDS)
    return value


def portal(request):
    """What every page's header and footer show. Lazy: a page that does not use them runs no query."""
    return {
        "site_contact": SimpleLazyObject(lambda: kept_per_generation("site-contact", portal_owner)),
        "site_pages": SimpleLazyObject(lambda: kept_per_generation("site-pages", site_pages)),
        "site_alerts": SimpleLazyObject(current_alerts),
    }
