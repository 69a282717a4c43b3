import django_filters
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field

from agencies.models import Actor, Level
from agencies.selectors import actor_types, municipalities
from bps_portal.filters import FinderFilterSet
from bps_portal.text_matching import containing_words
from gspp import selectors as plan_selectors


class ActorFilter(FinderFilterSet):
    """Directory filters. Values are language-neutral keys, so a filtered URL works in both languages."""

    q = django_filters.CharFilter(method="filter_text", label=_("Name or acronym"), max_length=100)
    type = django_filters.ModelChoiceFilter(
        field_name="actor_type",
        to_field_name="key",
        queryset=lambda request: actor_types(),
        label=_("Type"),
        empty_label=_("All types"),
    )
    level = django_filters.ChoiceFilter(choices=Level.choices, label=_("Level"), empty_label=_("All levels"))
    commune = django_filters.ModelChoiceFilter(
        method="filter_commune",
        to_field_name="key",
        queryset=lambda request: municipalities(),
        label=_("Commune served"),
        empty_label=_("All communes"),
    )

    area = django_filters.ModelChoiceFilter(
        method="filter_area",
        to_field_name="number",
        queryset=lambda request: plan_selectors.areas_of(plan_selectors.current_edition()),
        label=_("Thematic area of the plan"),
        empty_label=_("All areas"),
    )

    class Meta:
        model = Actor
        fields = ["q", "type", "level", "commune", "area"]

    def filter_text(self, queryset, name, value):
        """French and Dutch names and acronyms, without regard to case or accents."""
        return containing_words(queryset, value, "name_fr", "name_nl", "acronym_fr", "acronym_nl")

    @extend_schema_field(OpenApiTypes.INT)
    def filter_area(self, queryset, name, area):
        """Actors that work on the area, or lead or support one of its published measures."""
        return queryset.filter(pk__in=plan_selectors.area_actors(area).values("pk"))

    @extend_schema_field(OpenApiTypes.STR)
    def filter_commune(self, queryset, name, municipality):
        """The commune itself and the police zone that serves it."""
        return queryset.filter(pk__in=[municipality.police_zone_id, municipality.actor_id])
