"""Writes of the plan: progress updates and the measure state they set; initial and demonstration data."""

import datetime

from django.db import transaction

from bps_portal import page_cache
from gspp.models import AreaContinuation, Measure, MeasureStatus, ProgressUpdate


@transaction.atomic
def record_progress_update(
    measure, *, date, status, progress, note_fr="", note_nl="", corrects=None, checked=False, sync=True
):
    """Record a progress update and make the measure's current state follow its latest update.

    The one way to record progress: the admin and any import call it. All or nothing. The yearly
    import, which records thousands at once, says `checked=True` (its dry run validated each update
    moments before, in the same request) and `sync=False`, then syncs each measure once.
    """
    update = ProgressUpdate(
        measure=measure,
        date=date,
        status=status,
        progress=progress,
        note_fr=note_fr,
        note_nl=note_nl,
        corrects=corrects,
    )
    if not checked:
        update.full_clean()
    update.save()
    if sync:
        sync_measure_with_latest_update(measure)
    return update


@transaction.atomic
def sync_measure_with_latest_update(measure):
    """Set the measure's status, progress and last update date from its latest progress update.

    A measure whose updates were all deleted keeps its status and progress, and loses its date.
    """
    latest = measure.progress_updates.first()  # the model orders them latest first
    if latest is None:
        Measure.objects.filter(pk=measure.pk).update(last_progress_date=None)
        measure.last_progress_date = None
        return measure
    fields = {"status": latest.status, "progress": latest.progress, "last_progress_date": latest.date}
    Measure.objects.filter(pk=measure.pk).update(**fields)
    for name, value in fields.items():
        setattr(measure, name, value)
    return measure


DEMO_STATUSES = [
    (MeasureStatus.PLANNED, 0),
    (MeasureStatus.IN_PROGRESS, 35),
    (MeasureStatus.IN_PROGRESS, 60),
    (MeasureStatus.COMPLETED, 100),
    (MeasureStatus.DELAYED, 20),
    (MeasureStatus.ABANDONED, 0),  # abandoned before anything was done: it keeps its 0 %
]


@transaction.atomic
def create_demo_measures(edition, count, actors=(), start=1):
    """Demonstration measures spread over the edition's areas, each titled 'Exemple' / 'Voorbeeld'.

    Each has two progress updates; its state follows the latest one. Returns the measures.
    """
    areas = list(edition.areas.order_by("number"))
    objectives = list(edition.objectives.all())
    actors = list(actors)
    taken = {area.pk: set(area.measures.exclude(number=None).values_list("number", flat=True)) for area in areas}
    rows = []
    for index in range(start, start + count):
        area = areas[index % len(areas)]
        number = max(taken[area.pk] | {100}) + 1
        taken[area.pk].add(number)
        status, progress = DEMO_STATUSES[index % len(DEMO_STATUSES)]
        rows.append(
            Measure(
                area=area,
                number=number,
                title_fr=f"Exemple {index:05d} : mesure de démonstration du domaine {area.number}",
                title_nl=f"Voorbeeld {index:05d}: demonstratiemaatregel van domein {area.number}",
                slug_fr=f"exemple-{edition.key}-{index:05d}",
                slug_nl=f"voorbeeld-{edition.key}-{index:05d}",
                description_fr="Exemple : cette mesure n’existe pas ; elle sert à démontrer le portail.",
                description_nl="Voorbeeld: deze maatregel bestaat niet; hij dient om het portaal te demonstreren.",
                lead_actor=actors[index % len(actors)] if actors else None,
                status=status,
                progress=progress,
                last_progress_date=datetime.date(edition.period_start + 3, 1 + index % 12, 1),
                published=True,
                is_demo=True,
            )
        )
    measures = Measure.objects.bulk_create(rows)
    ProgressUpdate.objects.bulk_create(
        [
            ProgressUpdate(
                measure=measure,
                date=date,
                status=status,
                progress=progress,
                note_fr="Exemple de mise à jour.",
                note_nl="Voorbeeld van een update.",
            )
            for measure in measures
            for date, status, progress in (
                (datetime.date(edition.period_start + 2, 6, 1), MeasureStatus.PLANNED, 0),
                (measure.last_progress_date, measure.status, measure.progress),
            )
        ]
    )
    if objectives:
        through = Measure.objectives.through
        through.objects.bulk_create(
            [
                through(measure_id=m.pk, strategicobjective_id=objectives[i % len(objectives)].pk)
                for i, m in enumerate(measures)
            ]
        )
    if len(actors) > 1:
        through = Measure.partner_actors.through
        through.objects.bulk_create(
            [
                through(measure_id=m.pk, actor_id=actors[(i + start + 1) % len(actors)].pk)
                for i, m in enumerate(measures)
            ]
        )
    page_cache.content_changed()  # bulk_create sends no save signal
    return measures


def link_demo_continuations(edition):
    """Every other demonstration measure of `edition` continues a demonstration measure of an earlier
    theme its area takes up; the earlier ones left over show as not carried over. Returns the links made."""
    links = list(AreaContinuation.objects.filter(area__edition=edition).order_by("pk"))
    earlier = Measure.objects.filter(is_demo=True, area__in=[link.earlier_area_id for link in links], continued_by=None)
    pools = {}
    for measure in earlier.order_by("pk"):
        pools.setdefault(measure.area_id, []).append(measure)
    taken_up = {}
    for link in links:
        taken_up.setdefault(link.area_id, []).append(link.earlier_area_id)
    through = Measure.continues.through
    rows = []
    later = Measure.objects.filter(is_demo=True, area__edition=edition, continues=None).order_by("pk")
    for measure in later[::2]:
        pool = next((pools[area] for area in taken_up.get(measure.area_id, []) if pools.get(area)), None)
        if pool:
            rows.append(through(from_measure_id=measure.pk, to_measure_id=pool.pop(0).pk))
    through.objects.bulk_create(rows)
    page_cache.content_changed()
    return len(rows)
