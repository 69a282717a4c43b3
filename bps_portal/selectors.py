"""Read queries of the site-wide pages, shared by views, context processors and feeds."""

from bps_portal.models import Page

# Editorial pages linked from every page's navigation and footer, by their key.
SITE_PAGE_KEYS = ("about", "accessibility", "privacy")


def published_pages():
    return Page.objects.published()


def site_pages():
    """The published pages that the header and footer link to, as a dict keyed by `Page.key`."""
    return {page.key: page for page in published_pages().filter(key__in=SITE_PAGE_KEYS)}
