"""Request checks that every view relies on."""

from django.http import JsonResponse

from bps_portal.views import bad_request


class RejectNullCharactersMiddleware:
    """A NUL character in the query string is a 400: no text may hold one, and PostgreSQL refuses
    any query that carries one, which would otherwise surface as a 500 from whichever view used it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if any("\x00" in key or "\x00" in value for key, values in request.GET.lists() for value in [key, *values]):
            if request.path.startswith("/api/"):
                return JsonResponse({"detail": "The query string contains a NUL character."}, status=400)
            return bad_request(request, None)
        return self.get_response(request)
