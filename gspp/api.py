"""Read-only JSON API of the plan: editions, thematic areas, measures with their progress updates."""

from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers, viewsets

from bps_portal.api import BilingualUrlsField
from gspp import selectors
from gspp.filters import MeasureFilter
from gspp.models import Measure, PlanEdition, ProgressUpdate, ThematicArea


class EditionSerializer(serializers.ModelSerializer):
    urls = BilingualUrlsField()

    class Meta:
        model = PlanEdition
        fields = [
            "key", "title_fr", "title_nl", "period_start", "period_end", "adoption_date", "status",
            "summary_fr", "summary_nl", "document_url_fr", "document_url_nl", "urls",
        ]  # fmt: skip


class AreaSerializer(serializers.ModelSerializer):
    edition = serializers.SlugRelatedField(slug_field="key", read_only=True)
    measure_count = serializers.IntegerField(read_only=True)
    average_progress = serializers.FloatField(read_only=True, allow_null=True)
    urls = BilingualUrlsField()

    class Meta:
        model = ThematicArea
        fields = [
            "id", "edition", "number", "title_fr", "title_nl", "summary_fr", "summary_nl",
            "description_fr", "description_nl", "measure_count", "average_progress", "urls",
        ]  # fmt: skip


class ProgressUpdateSerializer(serializers.ModelSerializer):
    class Meta:
        model = ProgressUpdate
        fields = ["date", "status", "progress", "note_fr", "note_nl"]


class MeasureSerializer(serializers.ModelSerializer):
    edition = serializers.CharField(source="area.edition.key", read_only=True)
    reference = serializers.CharField(read_only=True)
    area_number = serializers.IntegerField(source="area.number", read_only=True)
    lead_actor = serializers.SlugRelatedField(slug_field="key", read_only=True)
    partner_actors = serializers.SlugRelatedField(slug_field="key", many=True, read_only=True)
    objectives = serializers.SerializerMethodField()
    progress_updates = ProgressUpdateSerializer(many=True, read_only=True)
    urls = BilingualUrlsField()

    class Meta:
        model = Measure
        fields = [
            "id", "edition", "reference", "area_number", "title_fr", "title_nl", "description_fr",
            "description_nl", "status", "progress", "planned_start", "planned_end", "actual_start",
            "actual_end", "last_progress_date", "lead_actor", "partner_actors", "objectives",
            "progress_updates", "is_demo", "urls",
        ]  # fmt: skip

    @extend_schema_field(serializers.ListField(child=serializers.IntegerField()))
    def get_objectives(self, measure):
        return [objective.number for objective in measure.objectives.all()]


class EditionViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = EditionSerializer
    lookup_field = "key"

    def get_queryset(self):
        return selectors.public_editions()


class AreaViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = AreaSerializer

    def get_queryset(self):
        return selectors.areas_for_api()


class MeasureViewSet(viewsets.ReadOnlyModelViewSet):
    """Published measures, filtered like the measure finder (the edition defaults to the current one)."""

    serializer_class = MeasureSerializer
    filter_backends = [DjangoFilterBackend]
    filterset_class = MeasureFilter

    def get_queryset(self):
        return selectors.measures_for_api()
