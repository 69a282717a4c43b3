"""Read queries of the plan, used by views, the directory, feeds and exports."""

from django.db.models import Case, Prefetch, Q, When

from agencies.models import Actor
from bps_portal.text_matching import sort_key
from gspp.models import EditionStatus, Measure, PlanEdition, ProgressUpdate, StrategicObjective, ThematicArea


def public_editions():
    return PlanEdition.objects.public()


def current_edition():
    """The edition in force; the most recent public one when none is marked current."""
    return (
        public_editions().order_by(Case(When(status=EditionStatus.CURRENT, then=0), default=1), "-period_start").first()
    )


def edition_for_page():
    return public_editions().prefetch_related(
        Prefetch("objectives", queryset=StrategicObjective.objects.order_by("number")),
        Prefetch("areas", queryset=ThematicArea.objects.with_rollup().order_by("number"), to_attr="areas_with_rollup"),
    )


def published_measures():
    """Published measures of public editions: what anyone may see."""
    return Measure.objects.published().filter(area__edition__in=public_editions())


def measures_for_list():
    return published_measures().select_related("area__edition", "lead_actor")


def areas_of(edition):
    return ThematicArea.objects.filter(edition=edition).order_by("number")


def objectives_of(edition):
    return StrategicObjective.objects.filter(edition=edition).order_by("number")


def active_actor_list():
    return Actor.objects.active().order_by(sort_key("name"))


def involved_in(measures):
    """A filter for actors that lead or support one of `measures` (semi-joins: no duplicate rows)."""
    return Q(pk__in=measures.values("lead_actor")) | Q(pk__in=measures.values("partner_actors"))


def actors_with_measures():
    """Actors that lead or support a published measure, for the finder's actor filter."""
    return active_actor_list().filter(involved_in(published_measures()))


def area_for_page():
    return ThematicArea.objects.filter(edition__in=public_editions()).select_related("edition")


def area_measures(area):
    return measures_for_list().filter(area=area).natural_order()


def area_actors(area):
    """Actors involved in an area: they lead or support one of its published measures, or work on it."""
    working_on_it = Actor.thematic_areas.through.objects.filter(thematicarea=area).values("actor")
    return active_actor_list().filter(involved_in(published_measures().filter(area=area)) | Q(pk__in=working_on_it))


def measure_for_page():
    return (
        published_measures()
        .select_related("area__edition", "lead_actor")
        .prefetch_related(
            Prefetch("partner_actors", queryset=active_actor_list(), to_attr="active_partners"),
            Prefetch("objectives", queryset=StrategicObjective.objects.order_by("number")),
            Prefetch("progress_updates", queryset=ProgressUpdate.objects.order_by("-date", "-id")),
        )
    )


def measures_led_and_supported():
    """Prefetches for an actor's page: the published measures it leads and supports."""
    measures = measures_for_list().natural_order()
    return [
        Prefetch("led_measures", queryset=measures, to_attr="published_led_measures"),
        Prefetch("supported_measures", queryset=measures, to_attr="published_supported_measures"),
    ]
