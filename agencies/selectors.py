"""Read queries of the partner directory, used by views, feeds and exports."""

from django.conf import settings
from django.db.models import Prefetch

from agencies.models import PARTNER_PERMISSION, Actor, ActorType, ContactPoint, Municipality, Visibility
from bps_portal.text_matching import sort_key
from gspp.selectors import measures_led_and_supported


def portal_owner():
    """The directory record of BPS itself, whose contact details the site footer shows."""
    return Actor.objects.filter(key=settings.PORTAL_OWNER_ACTOR_KEY).first()


def can_see_partner_contacts(user):
    return user.is_authenticated and user.has_perm(PARTNER_PERMISSION)


def contact_points_for(user):
    """The contact points this user may see: partners-only ones need the partner permission."""
    points = ContactPoint.objects.all()
    if not can_see_partner_contacts(user):
        points = points.filter(visibility=Visibility.PUBLIC)
    return points


def directory_actors():
    """Active actors in name order for the page language, with what the list shows."""
    return Actor.objects.active().select_related("actor_type").order_by(sort_key("name"), "key")


def actor_types():
    return ActorType.objects.all()


def municipalities():
    return Municipality.objects.order_by(sort_key("name"))


def actor_page(user):
    """Actors with everything their page shows, in a fixed number of queries."""
    return (
        Actor.objects.active()
        .select_related("actor_type", "parent")
        .prefetch_related(
            Prefetch("contact_points", queryset=contact_points_for(user), to_attr="visible_contact_points"),
            Prefetch("children", queryset=Actor.objects.active().order_by("name"), to_attr="active_children"),
            Prefetch("municipalities_served", queryset=municipalities().prefetch_related("postcodes")),
            *measures_led_and_supported(),
        )
    )


def municipalities_with_zone(user):
    """Communes with their police zone and the zone's contact points this user may see."""
    return (
        municipalities()
        .select_related("police_zone")
        .prefetch_related(
            "postcodes",
            Prefetch(
                "police_zone__contact_points", queryset=contact_points_for(user), to_attr="visible_contact_points"
            ),
        )
    )


def municipalities_for_postcode(code, user):
    return municipalities_with_zone(user).filter(postcodes__code=code).distinct()
