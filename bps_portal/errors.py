"""Error answers: a page in the URL's language for people, `{"detail": ...}` JSON for the API.

They render without the database and without request context processors, so that they still
work while the database is down. Django's error handlers (urls.py), the CSRF failure view and
the request checks of `bps_portal.middleware` all answer through `error_response`.
"""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.template import loader
from django.utils.translation import gettext_lazy as _

API_PREFIX = "/api/"
RETRY_AFTER_SECONDS = 60


def is_api_request(request):
    return request.path.startswith(API_PREFIX)


def error_response(request, status, title, message=None):
    """`message` replaces the template's own explanation when given."""
    if is_api_request(request):
        return JsonResponse({"detail": str(message or title)}, status=status)
    context = {"error_title": title, "error_message": message, "status_code": status}
    return HttpResponse(loader.get_template(f"{status}.html").render(context), status=status)


def bad_request(request, exception=None, message=None):
    return error_response(request, 400, _("Bad request"), message)


def permission_denied(request, exception=None):
    return error_response(request, 403, _("Access denied"))


def csrf_failure(request, reason=""):
    """A form posted without its token: most often a page left open too long, or cookies off."""
    message = _(
        "The form had expired or your browser refused its cookie. Go back, reload the page and send the form again."
    )
    return error_response(request, 403, _("Access denied"), message)


def page_not_found(request, exception=None):
    return error_response(request, 404, _("Page not found"))


def method_not_allowed(request, allowed_methods):
    response = error_response(request, 405, _("Method not allowed"))
    response["Allow"] = ", ".join(allowed_methods)
    return response


def server_error(request):
    """A lost database connection is an outage, not a bug: answer 503 with the maintenance page."""
    exception = sys.exc_info()[1]
    if isinstance(exception, (OperationalError, InterfaceError)):
        return service_unavailable(request)
    return error_response(request, 500, _("Server error"))


def service_unavailable(request):
    response = error_response(request, 503, _("Service temporarily unavailable"))
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response
