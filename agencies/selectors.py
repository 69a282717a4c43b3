"""Read queries of the partner directory, used by views, the API, exports, the sitemap and search.

`contact_points_for` is the only place that decides which contact points a person sees: every
door (pages, vCard, JSON-LD, downloads, API) goes through it. The directory builds on the plan
(an actor works on thematic areas and leads measures), so it may import `gspp`; the plan never
imports the directory.
"""

from django.conf import settings
from django.db.models import Prefetch

from agencies.models import PARTNER_PERMISSION, Actor, ActorType, ContactPoint, Municipality, Visibility
from bps_portal.text_matching import sort_key
from gspp.selectors import measures_led_and_supported


def portal_owner():
    """The directory record of BPS itself, whose contact details the site footer shows."""
    return Actor.objects.filter(key=settings.PORTAL_OWNER_ACTOR_KEY).first()


def visibilities_for(user):
    """The kinds of contact point `user` may see: partners-only ones need the partner permission."""
    if user is not None and user.is_authenticated and user.has_perm(PARTNER_PERMISSION):
        return (Visibility.PUBLIC, Visibility.PARTNERS)
    return (Visibility.PUBLIC,)


def contact_points_for(user=None):
    """The contact points `user` may see; without a user, those anyone may see."""
    return ContactPoint.objects.filter(visibility__in=visibilities_for(user))


def hidden_contact_points(actor, user):
    """The actor's contact points `user` may not see (staff see how many there are)."""
    return actor.contact_points.exclude(visibility__in=visibilities_for(user))


def seen_by_everyone(points):
    """Of contact points fetched for someone, those anyone may see (e.g. JSON-LD, the same for all)."""
    return [point for point in points if point.visibility in visibilities_for(None)]


def kept_from_everyone():
    """Contact points that only some people may see (the admin filters actors by them)."""
    return ContactPoint.objects.exclude(visibility__in=visibilities_for(None))


def directory_actors():
    """Active actors in name order for the page language, with what the list shows."""
    return Actor.objects.active().alphabetical().select_related("actor_type")


def with_public_contact_points(actors):
    """Actors with `public_contact_points`: what downloads and the API carry, for everyone."""
    return actors.prefetch_related(
        Prefetch("contact_points", queryset=contact_points_for(None), to_attr="public_contact_points")
    )


def actors_for_api():
    return with_public_contact_points(directory_actors().select_related("parent"))


def actor_types():
    return ActorType.objects.all()


def municipalities():
    return Municipality.objects.order_by(sort_key("name"))


def actor_page(user):
    """Actors with everything their page and vCard show to `user`, in a fixed number of queries."""
    return (
        Actor.objects.active()
        .select_related("actor_type", "parent")
        .prefetch_related(
            Prefetch("contact_points", queryset=contact_points_for(user), to_attr="visible_contact_points"),
            Prefetch("children", queryset=Actor.objects.active().alphabetical(), to_attr="active_children"),
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
