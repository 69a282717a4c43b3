from django.conf import settings

from agencies.models import Actor


def portal_owner():
    """The directory record of BPS itself, whose contact details the site footer shows."""
    return Actor.objects.filter(key=settings.PORTAL_OWNER_ACTOR_KEY).first()
