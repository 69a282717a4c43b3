"""Drafts of published pages and measures: kept apart, previewed, published in one transaction.

A draft holds the admin form's values (`Draft.data`). The public never reads drafts: every public
channel goes through the apps' selectors, which read the published rows only.
"""

import datetime
import decimal

from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction

from bps_portal.models import Draft


def draft_of(obj):
    if obj is None or obj.pk is None:
        return None
    return draft_for(type(obj), obj.pk)


def draft_for(model, object_id):
    return Draft.objects.filter(content_type=ContentType.objects.get_for_model(model), object_id=object_id).first()


def save_draft(obj, cleaned_data, user):
    """Keep the form's values for `obj` without touching it; one draft per object."""
    data = {name: stored(value) for name, value in cleaned_data.items() if is_model_field(obj, name)}
    Draft.objects.update_or_create(
        content_type=ContentType.objects.get_for_model(obj), object_id=obj.pk, defaults={"data": data, "author": user}
    )


def with_draft(obj, draft=None):
    """`obj` as its draft would make it, not saved: its fields set, its many-to-many relations
    given as prefetched results (so templates and forms read them without a query)."""
    draft = draft or draft_of(obj)
    if draft is None:
        return obj
    for name, value in draft.data.items():
        field = obj._meta.get_field(name)
        if field.many_to_many:
            related = field.related_model._default_manager.filter(pk__in=value)
            obj._prefetched_objects_cache = {**getattr(obj, "_prefetched_objects_cache", {}), name: related}
        else:
            setattr(obj, field.attname, field.to_python(value))
    return obj


@transaction.atomic
def discard(obj):
    Draft.objects.filter(content_type=ContentType.objects.get_for_model(obj), object_id=obj.pk).delete()


def is_model_field(obj, name):
    try:
        obj._meta.get_field(name)
    except models.FieldDoesNotExist:
        return False
    return True


def stored(value):
    """A form value as JSON: objects by their key, dates as ISO text."""
    if isinstance(value, models.Model):
        return value.pk
    if isinstance(value, (models.QuerySet, list, tuple)):
        return [item.pk if isinstance(item, models.Model) else item for item in value]
    if isinstance(value, (datetime.date, datetime.datetime, datetime.time)):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    return value
