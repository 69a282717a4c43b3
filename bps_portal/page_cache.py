"""The anonymous page cache: every anonymous visitor of a URL gets the same bytes, so a page is
rendered once per content generation and then served from the cache.

- What is cached: GET and HEAD answers to visitors without a session or messages cookie (nobody
  logged in, nothing personal pending) that are a 200, set no cookie, are not private, and are not
  streamed: HTML pages, feeds, the sitemap, downloads and API reads. Errors, 503s and redirects never.
- The key: the full URL, the language and the visitor's cookies (`page_key`); the entry holds the
  content generation it was rendered in. Any change of content starts a new generation: a save or
  delete of any model of the portal's apps (signals), every staff action and command the audit log
  records, migrations. Entries of an older generation are never served again and expire.
  `QuerySet.update()` and `bulk_create()` send no signal: code that writes content with them
  outside an audited action calls `content_changed()`.
- How long: until the next scheduled publication or withdrawal falls due, at most
  PAGE_CACHE_SECONDS.
- Each cached answer carries an ETag, and a revalidation that matches it is answered with a 304.

The generation lives in the cache itself: shared by every process when the cache is Redis
(REDIS_URL). With a process-local cache the page cache stays off unless DJANGO_PAGE_CACHE=1 (one
process only), since a save in one process would not reach the pages cached by another.
"""

import hashlib
import time

from asgiref.local import Local
from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db.models import Min, Q
from django.http import HttpResponse
from django.utils import timezone, translation
from django.utils.cache import cc_delim_re, get_conditional_response, patch_cache_control, set_response_etag

from bps_portal.middleware import PrivateWhenPersonalMiddleware

GENERATION_KEY = "bps-portal:content-generation"
PORTAL_APPS = ("bps_portal", "agencies", "gspp")
# Records that change nothing the public sees: written on every login or load, or sent by visitors.
NOT_CONTENT = {"bps_portal.auditentry", "bps_portal.seedrecord", "bps_portal.draft", "bps_portal.feedback"}
# Cookies that make an answer personal: a session (logged in) or messages waiting to be shown.
PERSONAL_COOKIES = (settings.SESSION_COOKIE_NAME, "messages")
HIT_HEADER = "X-Page-Cache"
# Request headers the key covers: the language (resolved from the URL, a cookie or Accept-Language)
# and the cookies.
KEYED_HEADERS = {"accept-language", "cookie"}
# Its version changes with the shape of an entry, so that a release never reads another's entries.
PAGE_KEY_PREFIX = "bps-portal:page:v2:"


# The generation read by the current request: its page and fragments all belong to one generation,
# read once. Outside a request (commands, shells) every call reads the cache.
_this_request = Local()


def generation():
    """The current content generation (a number every change of content increases)."""
    value = getattr(_this_request, "generation", None)
    if value is None:
        value = cache.get(GENERATION_KEY)
        if value is None:
            cache.add(GENERATION_KEY, time.time_ns(), timeout=None)  # an empty cache starts a new generation
            value = cache.get(GENERATION_KEY)
        remember_generation(value)
    return value


def remember_generation(value):
    if getattr(_this_request, "active", False):
        _this_request.generation = value


def request_started(**kwargs):
    _this_request.active, _this_request.generation = True, None


def request_finished(**kwargs):
    _this_request.active, _this_request.generation = False, None


def content_changed(*args, **kwargs):
    """Start a new generation: every page is rendered again at its next request.

    Connected to the models' signals; called by the audit log and the commands (receiver-shaped).
    """
    _this_request.generation = None
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # no generation yet, or evicted
        cache.set(GENERATION_KEY, time.time_ns(), timeout=None)


def is_content(model):
    return model._meta.app_label in PORTAL_APPS and model._meta.label_lower not in NOT_CONTENT


def connect_signals():
    from django.core import signals
    from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save

    signals.request_started.connect(request_started, dispatch_uid="page-cache-request-started")
    signals.request_finished.connect(request_finished, dispatch_uid="page-cache-request-finished")

    for model in apps.get_models():
        if is_content(model):
            post_save.connect(content_changed, sender=model, dispatch_uid=f"page-cache-save-{model._meta.label}")
            post_delete.connect(content_changed, sender=model, dispatch_uid=f"page-cache-delete-{model._meta.label}")
            for field in model._meta.local_many_to_many:
                m2m_changed.connect(
                    content_changed, sender=field.remote_field.through, dispatch_uid=f"page-cache-m2m-{field}"
                )
    post_migrate.connect(content_changed, dispatch_uid="page-cache-migrate")


def next_publication_change(now):
    """The next moment a scheduled publication or withdrawal falls due, or None (a query per model)."""
    from bps_portal.models import Publishable

    moments = []
    for model in apps.get_models():
        if issubclass(model, Publishable):
            due = model._default_manager.filter(published=True).aggregate(
                start=Min("publish_from", filter=Q(publish_from__gt=now)),
                end=Min("unpublish_after", filter=Q(unpublish_after__gt=now)),
            )
            moments += [moment for moment in due.values() if moment is not None]
    return min(moments, default=None)


def seconds_to_live(current_generation, now=None):
    """How long a page of this generation may be served: until the next publication change."""
    now = now or timezone.now()
    key = f"bps-portal:publication-due:{current_generation}"
    due = cache.get(key)
    if due is None or (due != "none" and due <= now):  # unknown, or fallen due: the next one
        due = next_publication_change(now) or "none"
        cache.set(key, due, settings.PAGE_CACHE_SECONDS)
    if due == "none":
        return settings.PAGE_CACHE_SECONDS
    return max(0, min(settings.PAGE_CACHE_SECONDS, int((due - now).total_seconds())))


def kept(name, compute):
    """`compute()`, kept in the shared cache for this content generation (see KEEP_PER_GENERATION).

    For what many pages show the same way: records (the site's contact), rendered fragments (the
    footer). It lives as long as a cached page would: a scheduled publication renews it too.
    """
    if not settings.KEEP_PER_GENERATION:
        return compute()
    current = generation()
    key = f"bps-portal:kept:{current}:{name}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, seconds_to_live(current))
    return value


def anonymous_read(request):
    return request.method in ("GET", "HEAD") and not any(name in request.COOKIES for name in PERSONAL_COOKIES)


def page_key(request):
    """The full address, the language the request asks for, and any cookie but the CSRF one.

    Anonymous pages vary on nothing else (`storable` refuses one whose Vary says otherwise). A cookie
    we do not know of gives its holder pages of their own rather than someone else's. The CSRF
    cookie is left out: a page that uses it never gets stored.
    """
    # What LocaleMiddleware will choose (the URL's prefix, else the cookie or Accept-Language).
    language = translation.get_language_from_request(request, check_path=True)
    cookies = sorted((name, value) for name, value in request.COOKIES.items() if name != settings.CSRF_COOKIE_NAME)
    identity = repr((request.build_absolute_uri(), language, cookies))
    return PAGE_KEY_PREFIX + hashlib.sha256(identity.encode()).hexdigest()


def storable(request, response):
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and "private" not in cache_control
        and "no-store" not in cache_control
        and {header.lower() for header in cc_delim_re.split(response.get("Vary", "")) if header} <= KEYED_HEADERS
        and not PrivateWhenPersonalMiddleware.depends_on_who_asks(request, response)
    )


class AnonymousPageCacheMiddleware:
    """Serves and stores anonymous answers (see the module's doc).

    Outermost but for the security headers and static files: a hit skips every other middleware, and
    an entry holds the answer as they left it (ETag, Vary, Content-Language, CSP, ...). A hit costs
    one Redis round trip: the generation and the page are read together, and the page holds the
    generation it was rendered in; a page of an older generation is a miss.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.PAGE_CACHE_ENABLED or not anonymous_read(request):
            return self.get_response(request)
        key = page_key(request)
        found = cache.get_many([GENERATION_KEY, key])
        current = found.get(GENERATION_KEY)
        if current is None:
            current = generation()
        remember_generation(current)
        rendered_in, status, headers, content = found.get(key, (None, None, None, None))
        if rendered_in == current:
            response = HttpResponse(content, status=status, headers={**headers, HIT_HEADER: "hit"})
            return get_conditional_response(request, etag=response.get("ETag"), response=response)
        response = self.get_response(request)
        if request.method == "GET" and storable(request, response):
            self.store(response, key, current, seconds_to_live(current))
        return response

    @staticmethod
    def store(response, key, current, timeout):
        if timeout <= 0:
            return
        if "Cache-Control" not in response:
            # Shared caches and browsers may keep it, but ask again each time (answered by a 304).
            patch_cache_control(response, no_cache=True)
        set_response_etag(response)
        # Only what goes on the wire: a pickled response object would carry its template context
        # or its API data too, and unpickling it would cost more than the round trip.
        headers = {name: value for name, value in response.items() if name != HIT_HEADER}
        cache.set(key, (current, response.status_code, headers, response.content), timeout)
        response[HIT_HEADER] = "miss"
