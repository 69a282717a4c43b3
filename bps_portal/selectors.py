"""Read queries of the site-wide pages, shared by views, context processors and feeds."""

from django.contrib.contenttypes.models import ContentType
from django.utils import translation

from bps_portal.models import OldSlug, Page, Source

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


def sources_of(obj):
    """The public sources a record cites, for its page (one query)."""
    content_type = ContentType.objects.get_for_model(obj)
    return list(
        Source.objects.filter(citations__content_type=content_type, citations__object_id=obj.pk).order_by("title")
    )


def written_in_another_language(sources):
    """True when no source is in the page's language: our text there is our own translation."""
    return bool(sources) and all(source.language != translation.get_language() for source in sources)
