"""Read-only JSON API of the directory: actors with their *public* contact points only, and the communes
with their postcodes and police zone."""

from django_filters.rest_framework import DjangoFilterBackend
from rest_framework import serializers, viewsets

from agencies import selectors
from agencies.filters import ActorFilter
from agencies.models import Actor, ContactPoint, Municipality
from bps_portal.api import BilingualUrlsField


class PublicContactPointSerializer(serializers.ModelSerializer):
    class Meta:
        model = ContactPoint
        fields = [
            "label_fr", "label_nl", "phone", "email", "street_fr", "street_nl", "postcode",
            "municipality_fr", "municipality_nl", "opening_hours_fr", "opening_hours_nl", "languages",
            "last_verified",
        ]  # fmt: skip


class ActorSerializer(serializers.ModelSerializer):
    type = serializers.SlugRelatedField(source="actor_type", slug_field="key", read_only=True)
    parent = serializers.SlugRelatedField(slug_field="key", read_only=True)
    contact_points = PublicContactPointSerializer(source="public_contact_points", many=True, read_only=True)
    urls = BilingualUrlsField()

    class Meta:
        model = Actor
        fields = [
            "key", "name_fr", "name_nl", "acronym_fr", "acronym_nl", "type", "level", "parent",
            "zone_number", "street_fr", "street_nl", "postcode", "municipality_fr", "municipality_nl",
            "phone", "fax", "email", "website_fr", "website_nl", "contact_points", "is_demo", "urls",
        ]  # fmt: skip


class ActorViewSet(viewsets.ReadOnlyModelViewSet):
    """Active actors, filterable like the directory. Partners-only contact points are never included."""

    serializer_class = ActorSerializer
    lookup_field = "key"
    filter_backends = [DjangoFilterBackend]
    filterset_class = ActorFilter

    def get_queryset(self):
        return selectors.actors_for_api()


class MunicipalitySerializer(serializers.ModelSerializer):
    postcodes = serializers.SlugRelatedField(slug_field="code", many=True, read_only=True)
    police_zone = serializers.SlugRelatedField(slug_field="key", read_only=True)
    police_zone_number = serializers.CharField(source="police_zone.zone_number", read_only=True)

    class Meta:
        model = Municipality
        fields = ["key", "name_fr", "name_nl", "postcodes", "police_zone", "police_zone_number"]


class MunicipalityViewSet(viewsets.ReadOnlyModelViewSet):
    """The 19 communes of the Region: their postcodes and the police zone (an actor's key) that serves each."""

    serializer_class = MunicipalitySerializer
    lookup_field = "key"

    def get_queryset(self):
        return selectors.municipalities().select_related("police_zone").prefetch_related("postcodes")
