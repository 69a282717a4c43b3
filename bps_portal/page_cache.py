"""The anonymous page cache: every anonymous visitor of a URL gets the same bytes, so a page is
rendered once per content generation and then served from the cache.

- What is cached: GET and HEAD answers to visitors without a session or messages cookie (nobody
  logged in, nothing personal pending) that are a 200, set no cookie, are not private, and are not
  streamed: HTML pages, feeds, the sitemap, downloads and API reads. Errors, 503s and redirects never.
- The key: the content generation, then Django's URL key (full URL, and the request headers the
  answer varies on). Any change of content starts a new generation: a save or delete of any model of
  the portal's apps (signals), every staff action and command the audit log records, migrations.
  Old entries are never read again and expire. `QuerySet.update()` and `bulk_create()` send no
  signal: code that writes content with them outside an audited action calls `content_changed()`.
- How long: until the next scheduled publication or withdrawal falls due, at most
  PAGE_CACHE_SECONDS.
- Each cached answer carries an ETag; ConditionalGetMiddleware answers a revalidation with a 304.

The generation lives in the cache itself: shared by every process when the cache is Redis
(REDIS_URL). With a process-local cache the page cache stays off unless DJANGO_PAGE_CACHE=1 (one
process only), since a save in one process would not reach the pages cached by another.
"""

import time

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db.models import Min, Q
from django.utils import timezone
from django.utils.cache import get_cache_key, learn_cache_key, patch_cache_control, set_response_etag

from bps_portal.middleware import PrivateWhenPersonalMiddleware

GENERATION_KEY = "bps-portal:content-generation"
PORTAL_APPS = ("bps_portal", "agencies", "gspp")
# Records that change nothing the public sees, written on every login or load.
NOT_CONTENT = {"bps_portal.auditentry", "bps_portal.seedrecord", "bps_portal.draft"}
# Cookies that make an answer personal: a session (logged in) or messages waiting to be shown.
PERSONAL_COOKIES = (settings.SESSION_COOKIE_NAME, "messages")
HIT_HEADER = "X-Page-Cache"


def generation():
    """The current content generation (a number every change of content increases)."""
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, time.time_ns(), timeout=None)  # an empty cache starts a new generation
        value = cache.get(GENERATION_KEY)
    return value


def content_changed(*args, **kwargs):
    """Start a new generation: every page is rendered again at its next request.

    Connected to the models' signals; called by the audit log and the commands (receiver-shaped).
    """
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # no generation yet, or evicted
        cache.set(GENERATION_KEY, time.time_ns(), timeout=None)


def is_content(model):
    return model._meta.app_label in PORTAL_APPS and model._meta.label_lower not in NOT_CONTENT


def connect_signals():
    from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save

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


def anonymous_read(request):
    return request.method in ("GET", "HEAD") and not any(name in request.COOKIES for name in PERSONAL_COOKIES)


def storable(request, response):
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and "private" not in cache_control
        and "no-store" not in cache_control
        and not PrivateWhenPersonalMiddleware.depends_on_who_asks(request, response)
    )


class AnonymousPageCacheMiddleware:
    """Serves and stores anonymous answers (see the module's doc)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.PAGE_CACHE_ENABLED or not anonymous_read(request):
            return self.get_response(request)
        current = generation()
        prefix = f"bps-portal:pages:{current}"
        key = get_cache_key(request, prefix, "GET", cache=cache)
        cached = cache.get(key) if key is not None else None
        if cached is not None:
            cached[HIT_HEADER] = "hit"
            return cached
        response = self.get_response(request)
        if request.method == "GET" and storable(request, response):
            self.store(request, response, prefix, seconds_to_live(current))
        return response

    @staticmethod
    def store(request, response, prefix, timeout):
        if timeout <= 0:
            return
        if "Cache-Control" not in response:
            # Shared caches and browsers may keep it, but ask again each time (answered by a 304).
            patch_cache_control(response, no_cache=True)
        response[HIT_HEADER] = "miss"

        def save(rendered):
            set_response_etag(rendered)
            key = learn_cache_key(request, rendered, timeout, prefix, cache=cache)
            cache.set(key, rendered, timeout)

        if hasattr(response, "render") and not response.is_rendered:
            response.add_post_render_callback(save)
        else:
            save(response)
