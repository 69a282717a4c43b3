"""Read queries of the site-wide pages, shared by views, context processors and feeds."""

from django.contrib.contenttypes.models import ContentType
from django.utils import translation

from bps_portal.models import OldSlug, Page

# Editorial pages linked from every page's navigation and footer, by their key.
SITE_PAGE_KEYS = ("about", "accessibility", "privacy")


def published_pages():
    return Page.objects.published()


def site_pages():
    """The published pages that the header and footer link to, as a dict keyed by `Page.key`."""
    return {page.key: page for page in published_pages().filter(key__in=SITE_PAGE_KEYS)}


def find_renamed(queryset, slug):
    """The object of `queryset` that had `slug` in the page language before it was renamed, or None."""
    old = OldSlug.objects.filter(
        content_type=ContentType.objects.get_for_model(queryset.model), language=translation.get_language(), slug=slug
    ).first()
    return queryset.filter(pk=old.object_id).first() if old else None
