"""Writes of the site-wide part of the portal."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from bps_portal.models import OldSlug


@transaction.atomic
def remember_old_slugs(obj, previous):
    """Keep the slugs that staff just replaced, per language, so their old addresses redirect.

    `previous` is the object as it was before the change (None for a new object).
    """
    if previous is None:
        return
    content_type = ContentType.objects.get_for_model(obj)
    for language, _name in settings.LANGUAGES:
        field = f"slug_{language}"
        old, new = getattr(previous, field), getattr(obj, field)
        if old and old != new:
            OldSlug.objects.update_or_create(
                content_type=content_type, language=language, slug=old, defaults={"object_id": obj.pk}
            )
        # A slug given back to an object is an address again, not a redirect.
        OldSlug.objects.filter(content_type=content_type, language=language, slug=new).delete()
