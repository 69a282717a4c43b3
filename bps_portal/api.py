"""Shared pieces of the read-only JSON API (/api/v1/): pagination, URLs in both languages.

Settings name the pagination class here, and DRF imports it while its own views load: this module
must not import DRF's views or routers (the router and index live in `api_index.py`)."""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import PageNumberPagination

from bps_portal.exports import absolute_urls


class StrictPageNumberPagination(PageNumberPagination):
    """25 items a page, up to 100; a page number that is not a page is a 400, not a 404."""

    page_size = 25
    page_size_query_param = "page_size"
    max_page_size = 100

    def paginate_queryset(self, queryset, request, view=None):
        for name in (self.page_query_param, self.page_size_query_param):
            value = request.query_params.get(name)
            # isascii(): "²" and "①" pass isdigit() but not int().
            if value is not None and (not (value.isascii() and value.isdigit()) or int(value) < 1):
                raise ValidationError({name: "Expected a positive whole number."})
        page = request.query_params.get(self.page_query_param)
        if page is not None:
            size = self.get_page_size(request) or self.page_size
            last = max(1, -(-queryset.count() // size))
            if int(page) > last:
                raise ValidationError({self.page_query_param: f"Pages run from 1 to {last}."})
        return super().paginate_queryset(queryset, request, view)


@extend_schema_field(
    {"type": "object", "properties": {lang: {"type": "string", "format": "uri"} for lang in ("fr", "nl")}}
)
class BilingualUrlsField(serializers.Field):
    """{"fr": absolute URL, "nl": absolute URL} of an object's public page."""

    def __init__(self, **kwargs):
        kwargs["source"] = "*"
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, obj):
        return absolute_urls(obj, self.context["request"])
