"""Writes of the site-wide part of the portal."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from bps_portal.models import OldSlug


@transaction.atomic
def create_missing(model, rows, key_field="key", return_keys=False):
    """Create the rows whose key is not in the database yet; never touch existing rows.

    Staff may have edited the initial data: running the loader again must change nothing.
    Returns the number of rows created, or their keys with `return_keys`.
    """
    keys = [row[key_field] for row in rows]
    existing = set(model.objects.filter(**{f"{key_field}__in": keys}).values_list(key_field, flat=True))
    created = []
    for row in rows:
        if row[key_field] in existing:
            continue
        obj = model(**row)
        obj.full_clean()
        obj.save()
        created.append(row[key_field])
    return created if return_keys else len(created)


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
