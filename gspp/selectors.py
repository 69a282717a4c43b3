"""Read queries of the plan, used by views, the API, feeds, exports, the sitemap, search and the directory.

The directory builds on the plan and imports it; the plan never imports the directory. Where the
plan lists actors (a measure's partners, an area's actors, the finder's actor filter), it reaches
the directory's model through its own relation to it (`Measure.lead_actor`).
"""

from django.db.models import Case, Count, Prefetch, Q, When

from bps_portal.models import live
from gspp.models import (
    AreaContinuation,
    EditionStatus,
    Measure,
    PlanEdition,
    ProgressUpdate,
    StrategicObjective,
    ThematicArea,
)


def public_editions():
    return PlanEdition.objects.public()


def current_edition(queryset=None):
    """The edition in force; the most recent public one when none is marked current."""
    editions = public_editions() if queryset is None else queryset
    return editions.order_by(Case(When(status=EditionStatus.CURRENT, then=0), default=1), "-period_start").first()


def current_edition_with_count():
    """The edition in force with `measures_shown`, its published measures, in one query (home page)."""
    return current_edition(
        public_editions().annotate(measures_shown=Count("areas__measures", filter=live("areas__measures__")))
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


def with_partners(measures):
    return measures.prefetch_related("partner_actors")


def measures_for_api():
    return with_partners(measures_for_list().natural_order()).prefetch_related(
        Prefetch("objectives", queryset=StrategicObjective.objects.order_by("number")), "progress_updates"
    )


def areas_of(edition):
    return ThematicArea.objects.filter(edition=edition).order_by("number")


def objectives_of(edition):
    return StrategicObjective.objects.filter(edition=edition).order_by("number")


def area_for_page():
    return ThematicArea.objects.filter(edition__in=public_editions()).select_related("edition")


def areas_for_api():
    return area_for_page().with_rollup().order_by("edition__period_start", "number")


def context_figures(area):
    return list(area.context_figures.select_related("source"))


def area_measures(area):
    return measures_for_list().filter(area=area).natural_order()


def active_actors():
    """Active actors of the directory, in name order, reached through the plan's own relation."""
    return Measure._meta.get_field("lead_actor").related_model.objects.active().alphabetical()


def involved_in(measures):
    """A filter for actors that lead or support one of `measures` (semi-joins: no duplicate rows)."""
    return Q(pk__in=measures.values("lead_actor")) | Q(pk__in=measures.values("partner_actors"))


def actors_with_measures():
    """Actors that lead or support a published measure, for the finder's actor filter."""
    return active_actors().filter(involved_in(published_measures()))


def area_actors(area):
    """Actors involved in an area: they lead or support one of its published measures, or work on it."""
    working_on_it = Q(pk__in=area.actors.values("pk"))
    return active_actors().filter(involved_in(published_measures().filter(area=area)) | working_on_it)


def measure_for_page():
    return with_details(published_measures())


def measure_details():
    """Measures with everything their page shows, published or not (the admin's preview)."""
    return with_details(Measure.objects.all())


def with_details(measures):
    return measures.select_related("area__edition", "lead_actor").prefetch_related(
        Prefetch("partner_actors", queryset=active_actors(), to_attr="active_partners"),
        Prefetch("objectives", queryset=StrategicObjective.objects.order_by("number")),
        Prefetch("progress_updates", queryset=ProgressUpdate.objects.select_related("corrects")),
    )


def measures_led_and_supported():
    """Prefetches for an actor's page: the published measures it leads and supports."""
    measures = measures_for_list().natural_order()
    return [
        Prefetch("led_measures", queryset=measures, to_attr="published_led_measures"),
        Prefetch("supported_measures", queryset=measures, to_attr="published_supported_measures"),
    ]


def latest_updates(area=None):
    """Progress updates of published measures, latest first (the model's order), for the feeds."""
    updates = ProgressUpdate.objects.filter(measure__in=published_measures()).select_related("measure__area__edition")
    return updates if area is None else updates.filter(measure__area=area)


def dated_progress(edition):
    """(measure, area, date, status, progress) of every progress update of the edition's published
    measures, by measure then date: one query, whatever their number."""
    return list(
        ProgressUpdate.objects.filter(live("measure__"), measure__area__edition=edition)
        .order_by("measure_id", "date", "id")
        .values_list("measure_id", "measure__area_id", "date", "status", "progress")
    )


def previous_edition_areas(edition):
    """The areas of the public edition just before `edition`, each with its edition (one query)."""
    previous = public_editions().filter(period_start__lt=edition.period_start).order_by("-period_start")
    return list(areas_of(previous.values("pk")[:1]).select_related("edition"))


def continuations_into(edition):
    """The earlier themes the areas of `edition` take up, with their sources."""
    return list(
        AreaContinuation.objects.filter(area__edition=edition, earlier_area__edition__in=public_editions())
        .select_related("earlier_area__edition", "source")
        .order_by("area__number", "earlier_area__edition__period_start", "earlier_area__number")
    )


def continuations_of(area):
    """The links of an area to the themes it takes up and to the areas that take it up later."""
    return list(
        AreaContinuation.objects.filter(Q(area=area) | Q(earlier_area=area))
        .filter(area__edition__in=public_editions(), earlier_area__edition__in=public_editions())
        .select_related("area__edition", "earlier_area__edition", "source")
        .order_by("area__edition__period_start", "area__number", "earlier_area__number")
    )


def measures_with_predecessors(edition):
    """The edition's published measures, each with the published measures it continues."""
    earlier = measures_for_list().natural_order()
    return list(
        measures_for_list()
        .filter(area__edition=edition)
        .natural_order()
        .prefetch_related(Prefetch("continues", queryset=earlier, to_attr="published_continues"))
    )


def lineage(measure):
    """(the published measures `measure` continues, those that continue it), in one query."""
    links = Measure.continues.through.objects.filter(Q(from_measure=measure) | Q(to_measure=measure))
    linked = (
        measures_for_list()
        .filter(Q(pk__in=links.values("to_measure")) | Q(pk__in=links.values("from_measure")))
        .exclude(pk=measure.pk)
        .annotate(is_earlier=Q(area__edition__period_start__lt=measure.area.edition.period_start))
        .natural_order()
    )
    earlier, later = [], []
    for other in linked:
        (earlier if other.is_earlier else later).append(other)
    return earlier, later


def measures_of_areas(areas):
    return list(measures_for_list().filter(area__in=areas).natural_order())
