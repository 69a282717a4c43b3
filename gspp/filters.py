import django_filters
from django import forms
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from django_filters.fields import ModelChoiceField as FilterModelChoiceField
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field

from bps_portal.filters import FinderFilterSet
from bps_portal.text_matching import containing_words, sort_key
from gspp import selectors
from gspp.models import Measure, MeasureStatus


def edition_from(request):
    """The edition the finder shows: the one asked for in the URL, else the current one.

    Several filters need it: it is looked up once per request.
    """
    if request is None:
        return selectors.current_edition()
    if not hasattr(request, "_finder_edition"):
        key = request.GET.get("edition")
        asked = selectors.public_editions().filter(key=key).first() if key else None
        request._finder_edition = asked or selectors.current_edition()
    return request._finder_edition


class EditionChoiceField(FilterModelChoiceField):
    """An edition by its period ("2021-2024"): the label above says it is an edition of the plan."""

    def label_from_instance(self, obj):
        return obj.period


class EditionFilter(django_filters.ModelChoiceFilter):
    field_class = EditionChoiceField


class MeasureFilter(FinderFilterSet):
    """Measure finder (pages, downloads, API). Values are language-neutral (edition key, area and
    objective numbers, actor key); the edition defaults to the current one."""

    q = django_filters.CharFilter(method="filter_text", label=_("Words in the title or description"), max_length=100)
    edition = EditionFilter(
        field_name="area__edition",
        to_field_name="key",
        queryset=lambda request: selectors.public_editions(),
        label=_("Edition of the plan"),
        empty_label=None,
    )
    area = django_filters.ModelChoiceFilter(
        field_name="area",
        to_field_name="number",
        queryset=lambda request: selectors.areas_of(edition_from(request)),
        label=_("Thematic area"),
        empty_label=_("All areas"),
    )
    objective = django_filters.ModelChoiceFilter(
        field_name="objectives",
        to_field_name="number",
        queryset=lambda request: selectors.objectives_of(edition_from(request)),
        label=_("Strategic objective"),
        empty_label=_("All objectives"),
    )
    status = django_filters.MultipleChoiceFilter(
        choices=MeasureStatus.choices, label=_("Status"), widget=forms.CheckboxSelectMultiple
    )
    actor = django_filters.ModelChoiceFilter(
        method="filter_actor",
        to_field_name="key",
        queryset=lambda request: selectors.actors_with_measures(),
        label=_("Actor (lead or partner)"),
        empty_label=_("All actors"),
    )
    sort = django_filters.ChoiceFilter(
        method="sort_by",
        label=_("Sort by"),
        empty_label=None,
        choices=[
            ("reference", _("reference")),
            ("title", _("title")),
            ("-progress", _("progress, highest first")),
            ("progress", _("progress, lowest first")),
            ("-updated", _("latest update first")),
        ],
    )

    class Meta:
        model = Measure
        fields = ["q", "edition", "area", "objective", "status", "actor", "sort"]

    def __init__(self, data=None, queryset=None, *, request=None, **kwargs):
        """Without an edition asked for, the current one: the finder, its downloads and the API agree."""
        if data is not None and not data.get("edition"):
            edition = edition_from(request)
            if edition is not None:
                data = data.copy()
                data["edition"] = edition.key
        super().__init__(data, queryset, request=request, **kwargs)

    def filter_text(self, queryset, name, value):
        """French and Dutch titles and descriptions, without regard to case or accents."""
        return containing_words(queryset, value, "title_fr", "title_nl", "description_fr", "description_nl")

    @extend_schema_field(OpenApiTypes.STR)
    def filter_actor(self, queryset, name, actor):
        supported = Measure.partner_actors.through.objects.filter(actor=actor).values("measure_id")
        return queryset.filter(Q(lead_actor=actor) | Q(pk__in=supported))

    def sort_by(self, queryset, name, value):
        orderings = {
            "reference": ["area__number", "number"],
            "title": [sort_key("title"), "pk"],
            "-progress": ["-progress", "area__number", "number"],
            "progress": ["progress", "area__number", "number"],
            "-updated": [F("last_progress_date").desc(nulls_last=True), "area__number", "number"],
        }
        return queryset.order_by(*orderings[value])
