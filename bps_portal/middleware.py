"""Request checks and response rules that every view relies on."""

import contextlib
import re
import time
from http.cookies import CookieError

from django.conf import settings
from django.contrib.auth import logout
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe

from bps_portal import errors

# C0 control characters but the tab, and DEL: no header, cookie or text of ours holds one, and
# PostgreSQL refuses NUL in any query, which would surface as a 500 from whichever code used it.
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0a-\x1f\x7f]")

# Methods a view may see. Anything else (TRACE, PUT, DELETE, PATCH, ...) is answered here.
ALLOWED_METHODS = ("GET", "HEAD", "OPTIONS", "POST")


class RejectMalformedRequestsMiddleware:
    """A 400 with a clear message for what no honest client sends: a NUL character in the path or
    query string, control characters in a header or a cookie. A bad cookie is also cleared, so that
    the next request works."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path or any(
            "\x00" in text for key, values in request.GET.lists() for text in [key, *values]
        ):
            return errors.bad_request(request, message=_("The address contains a NUL character, which is not allowed."))
        if any(
            CONTROL_CHARACTERS.search(value)
            for name, value in request.META.items()
            if name.startswith("HTTP_") and name != "HTTP_COOKIE" and isinstance(value, str)
        ):
            return errors.bad_request(
                request, message=_("A header of the request contains a control character, which is not allowed.")
            )
        bad_cookies = [name for name, value in request.COOKIES.items() if CONTROL_CHARACTERS.search(name + value)]
        if bad_cookies:
            response = errors.bad_request(
                request, message=_("Your browser sent a damaged cookie. It has been deleted: reload the page.")
            )
            for name in bad_cookies:
                # A name no Set-Cookie could carry (empty, control characters) cannot be deleted either.
                with contextlib.suppress(CookieError):
                    response.delete_cookie(name)
            return response
        return self.get_response(request)


def read_only(view):
    """Mark a function view as answering GET and HEAD only: AllowedMethodsMiddleware refuses other
    methods before the CSRF check, as it does for class-based views without a `post`."""
    wrapped = require_safe(view)
    wrapped.allowed_methods = ("GET", "HEAD")
    return wrapped


class AllowedMethodsMiddleware:
    """Only GET, HEAD, OPTIONS and POST reach views, and each only the views that handle it:
    class-based views by their handler methods, function views marked `read_only`. Others (the
    admin's, the login's) decide for themselves."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in ALLOWED_METHODS:
            return errors.method_not_allowed(request, ALLOWED_METHODS)
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        view_class = getattr(view_func, "view_class", None)
        if view_class is not None:
            allowed = [method.upper() for method in view_class.http_method_names if hasattr(view_class, method)]
            if "GET" in allowed and "HEAD" not in allowed:
                allowed.append("HEAD")  # View.setup() answers HEAD with get()
        else:
            allowed = getattr(view_func, "allowed_methods", None)
        if allowed is not None and request.method not in allowed:
            return errors.method_not_allowed(request, allowed)
        return None


class PrivateWhenPersonalMiddleware:
    """The one place that decides: an answer that depends on who asks (a logged-in user, a form's
    CSRF token, a cookie set) is `Cache-Control: private, no-store`, so that no shared cache ever
    serves it to someone else. Anonymous answers keep whatever public caching their view chose.

    Outermost but for the security headers, static files and the page cache, so that it sees every
    cookie set."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if self.depends_on_who_asks(request, response):
            patch_cache_control(response, private=True, no_store=True)
        return response

    @staticmethod
    def depends_on_who_asks(request, response):
        session = getattr(request, "session", None)
        if response.cookies or request.META.get("CSRF_COOKIE_USED") or (session is not None and session.modified):
            return True
        # Without a session cookie nobody is logged in: no need to load the session to know it.
        if settings.SESSION_COOKIE_NAME not in request.COOKIES or response.status_code >= 500:
            return False
        user = getattr(request, "user", None)
        return user is not None and user.is_authenticated


class SessionLimitsMiddleware:
    """Staff sessions end after STAFF_SESSION_MAX_AGE, or after STAFF_SESSION_IDLE without a
    request; partners' sessions last SESSION_COOKIE_AGE (a day). Changing one's password ends
    every other session (Django's session hash)."""

    STARTED, SEEN = "session_started_at", "session_seen_at"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and user.is_staff:
            now = int(time.time())
            started = request.session.setdefault(self.STARTED, now)
            seen = request.session.get(self.SEEN, now)
            if now - started > settings.STAFF_SESSION_MAX_AGE or now - seen > settings.STAFF_SESSION_IDLE:
                request.logout_reason = "staff session expired"  # for the audit entry of the logout
                logout(request)
            elif now - seen >= 60 or self.SEEN not in request.session:  # one session write a minute at most
                request.session[self.SEEN] = now
                request.session.set_expiry(max(1, min(settings.STAFF_SESSION_MAX_AGE - (now - started),
                                                      settings.STAFF_SESSION_IDLE)))  # fmt: skip
        return self.get_response(request)
