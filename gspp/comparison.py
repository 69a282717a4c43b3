"""Two editions of the plan side by side: per thematic area, what continued, what is new, and what
was not carried over.

The areas line up through `AreaContinuation` (an area takes up one or more themes of the previous
edition); the measures through `Measure.continues`. Built from five queries whatever the number of
measures (see `compare`).
"""

from dataclasses import dataclass, field

from gspp import selectors


@dataclass
class AreaComparison:
    area: object  # a thematic area of the later edition
    taken_up: list = field(default_factory=list)  # AreaContinuation rows: the earlier themes, with their sources
    continued: list = field(default_factory=list)  # measures that carry on earlier ones (`published_continues`)
    new: list = field(default_factory=list)  # measures with no predecessor
    not_carried_over: list = field(default_factory=list)  # measures of the earlier themes nothing carries on

    @property
    def anchor(self):
        return f"area-{self.area.number}"

    @property
    def earlier_areas(self):
        return [link.earlier_area for link in self.taken_up]


@dataclass
class EditionComparison:
    edition: object
    previous: object  # the edition before, None for the first
    areas: list  # AreaComparison, in the later edition's order
    not_taken_up: list  # themes of the previous edition no area takes up
    not_taken_up_measures: list  # their published measures: not carried over either
    earlier_measure_count: int  # published measures of the previous edition

    @property
    def counts(self):
        return {
            "continued": sum(len(area.continued) for area in self.areas),
            "new": sum(len(area.new) for area in self.areas),
            "not_carried_over": sum(len(area.not_carried_over) for area in self.areas)
            + len(self.not_taken_up_measures),
        }


def compare(edition, areas):
    """`edition` compared with the one before it; `areas`: the edition's areas, in order.

    Queries: the previous edition's areas, the links between areas, both editions' published
    measures and the links between measures (five). Returns None when there is no earlier edition.
    """
    earlier_areas = selectors.previous_edition_areas(edition)
    if not earlier_areas:
        return None
    previous = earlier_areas[0].edition
    links = [link for link in selectors.continuations_into(edition) if link.earlier_area.edition_id == previous.pk]
    measures = selectors.measures_with_predecessors(edition)
    earlier_measures = selectors.measures_of_areas(earlier_areas)
    carried_on = {earlier.pk for measure in measures for earlier in measure.published_continues}

    comparisons = {area.pk: AreaComparison(area) for area in areas}
    for link in links:
        comparisons[link.area_id].taken_up.append(link)
    for measure in measures:
        kind = "continued" if measure.published_continues else "new"
        getattr(comparisons[measure.area_id], kind).append(measure)
    taken_up_by = {}
    for link in links:
        taken_up_by.setdefault(link.earlier_area_id, comparisons[link.area_id])
    dropped = [measure for measure in earlier_measures if measure.pk not in carried_on]
    orphans = []
    for measure in dropped:
        comparison = taken_up_by.get(measure.area_id)
        if comparison is None:
            orphans.append(measure)
        else:
            comparison.not_carried_over.append(measure)
    return EditionComparison(
        edition=edition,
        previous=previous,
        areas=list(comparisons.values()),
        not_taken_up=[area for area in earlier_areas if area.pk not in taken_up_by],
        not_taken_up_measures=orphans,
        earlier_measure_count=len(earlier_measures),
    )
