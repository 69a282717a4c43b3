"""The API's router and its index at /api/v1/: every endpoint's address and the OpenAPI schema's."""

from drf_spectacular.utils import extend_schema
from rest_framework import routers
from rest_framework.reverse import reverse


class APIIndexView(routers.APIRootView):
    """/api/v1/: the address of each endpoint and of the OpenAPI schema that describes them."""

    @extend_schema(exclude=True)
    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        response.data["schema"] = reverse("api_schema", request=request)
        return response


class APIRouter(routers.DefaultRouter):
    APIRootView = APIIndexView
    include_format_suffixes = False
