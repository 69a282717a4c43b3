"""Writes of the site-wide part of the portal."""

from django.db import transaction


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
