"""The plan: current edition, editions, thematic areas, measures and the measure finder."""

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView

from bps_portal.generic_views import BreadcrumbsMixin, FilteredListView, FollowsOldSlugsMixin, PreviewableMixin
from bps_portal.selectors import sources_of, written_in_another_language
from gspp import charts, comparison, exports, selectors
from gspp.filters import MeasureFilter


def plan_crumb():
    return (_("Global Security and Prevention Plan"), reverse("gspp:plan"))


def edition_crumb(edition, link=True):
    """An edition under the plan's crumb: its period, not its title, which repeats the plan's name."""
    return (_("%(period)s edition") % {"period": edition.period}, edition.get_absolute_url() if link else None)


class EditionDetailView(BreadcrumbsMixin, DetailView):
    """An edition of the plan: its objectives and its areas with their progress."""

    template_name = "gspp/planedition_detail.html"
    context_object_name = "edition"

    def get_object(self, queryset=None):
        return get_object_or_404(selectors.edition_for_page(), key=self.kwargs["edition"])

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["other_editions"] = others = list(selectors.public_editions().exclude(pk=self.object.pk))
        # The edition this one follows (compared on this edition's comparison page) and the one that
        # follows it (whose comparison page shows what became of this one).
        start = self.object.period_start
        context["previous_edition"] = max(
            (e for e in others if e.period_start < start), key=lambda e: e.period_start, default=None
        )
        context["next_edition"] = min(
            (e for e in others if e.period_start > start), key=lambda e: e.period_start, default=None
        )
        areas = self.object.areas_with_rollup
        context["measures_shown"] = sum(area.measure_count for area in areas)
        context["sources"] = sources_of(self.object)
        context["status_chart"] = charts.status_by_area(areas)
        context["progress_chart"] = charts.progress_by_area(self.object, areas)  # one query of the updates
        return context

    def get_breadcrumbs(self):
        return [plan_crumb(), edition_crumb(self.object, link=False)]


class PlanView(EditionDetailView):
    """The plan's home: the current edition."""

    def get_object(self, queryset=None):
        # The edition in force and what its page shows in one go: the query the chart of progress
        # over time adds is saved here.
        current = selectors.current_edition(selectors.edition_for_page())
        if current is None:
            raise Http404(_("No edition of the plan is published yet."))
        return current

    def get_breadcrumbs(self):
        return [(_("Global Security and Prevention Plan"), None)]


class EditionComparisonView(BreadcrumbsMixin, DetailView):
    """An edition next to the one before it: per area, what continued, what is new, what was dropped."""

    template_name = "gspp/edition_comparison.html"
    context_object_name = "edition"

    def get_object(self, queryset=None):
        return get_object_or_404(selectors.public_editions(), key=self.kwargs["edition"])

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        compared = comparison.compare(self.object, selectors.areas_of(self.object).select_related("edition"))
        if compared is None:
            raise Http404(_("This edition is the plan's first: there is no earlier edition to compare it with."))
        context["comparison"] = compared
        return context

    def get_breadcrumbs(self):
        return [
            plan_crumb(),
            edition_crumb(self.object),
            (_("Compared with the previous edition"), None),
        ]


AREA_PAGE_SIZE = 25


class AreaDetailView(FollowsOldSlugsMixin, BreadcrumbsMixin, DetailView):
    template_name = "gspp/thematicarea_detail.html"
    context_object_name = "area"

    def get_queryset(self):
        return selectors.area_for_page().with_rollup().filter(edition__key=self.kwargs["edition"])

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # 25 measures a page: an area's page stays small however many measures it has.
        paginator = Paginator(selectors.area_measures(self.object), AREA_PAGE_SIZE, allow_empty_first_page=True)
        paginator.count = self.object.measure_count  # counted already by the roll-up: no second COUNT
        context["page_obj"] = page = paginator.get_page(self.request.GET.get("page"))
        context["paginator"] = paginator
        context["measures"] = page.object_list
        context["actors"] = selectors.area_actors(self.object)
        context["rollup"] = self.object  # counts by status and average progress, from get_queryset
        context["figures"] = selectors.context_figures(self.object)
        links = selectors.continuations_of(self.object)
        context["takes_up"] = [link for link in links if link.area_id == self.object.pk]
        context["taken_up_by"] = [link for link in links if link.earlier_area_id == self.object.pk]
        context["status_chart"] = charts.area_status(self.object)  # from the roll-up: no query
        context["sources"] = sources_of(self.object)
        return context

    def get_breadcrumbs(self):
        edition = self.object.edition
        return [plan_crumb(), edition_crumb(edition), (self.object.title, None)]


class MeasureDetailView(PreviewableMixin, FollowsOldSlugsMixin, BreadcrumbsMixin, DetailView):
    template_name = "gspp/measure_detail.html"
    context_object_name = "measure"

    def get_queryset(self):
        return selectors.measure_for_page().filter(area__edition__key=self.kwargs["edition"])

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["sources"] = sources_of(self.object)
        context["translated"] = written_in_another_language(context["sources"])
        context["continues"], context["continued_by"] = selectors.lineage(self.object)
        return context

    def get_breadcrumbs(self):
        area = self.object.area
        return [
            plan_crumb(),
            edition_crumb(area.edition),
            (area.title, area.get_absolute_url()),
            (_("Measure %(reference)s") % {"reference": self.object.reference}, None),
        ]


class MeasureFinderView(FilteredListView):
    template_name = "gspp/measure_list.html"
    filterset_class = MeasureFilter
    context_object_name = "measures"
    export_name = "measures"
    export_module = exports

    def get_base_queryset(self):
        return selectors.measures_for_list().natural_order()

    def get_breadcrumbs(self):
        return [plan_crumb(), (_("Measures"), None)]
