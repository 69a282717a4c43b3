from django.utils.functional import SimpleLazyObject

from agencies.selectors import portal_owner
from bps_portal import page_cache
from bps_portal.alerts import current_alerts
from bps_portal.selectors import site_pages


def portal(request):
    """What every page's header and footer show. Lazy: a page that does not use them runs no query."""
    return {
        "site_contact": SimpleLazyObject(lambda: page_cache.kept("site-contact", portal_owner)),
        "site_pages": SimpleLazyObject(lambda: page_cache.kept("site-pages", site_pages)),
        "site_alerts": SimpleLazyObject(current_alerts),
    }
