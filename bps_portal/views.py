"""Site-wide views: home, editorial pages, search, open data, robots and health checks.

This module gathers the apps (search covers the plan and the directory): apps never import it;
their base views are in `generic_views`."""

import hashlib
from urllib.parse import urlsplit

from django import forms
from django.conf import settings
from django.contrib.auth import views as auth_views
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db import DatabaseError, connection
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.urls import reverse, reverse_lazy
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.generic import FormView, TemplateView

from bps_portal import api_reference, audit, dcat, errors, open_data, page_cache, search, services
from bps_portal.client_address import client_ip_address
from bps_portal.forms import FeedbackForm
from bps_portal.generic_views import BreadcrumbsMixin
from bps_portal.middleware import read_only
from bps_portal.models import Feedback, FeedbackKind
from gspp import selectors as plan


class SearchForm(forms.Form):
    q = forms.CharField(
        label=_("Search the portal"),
        max_length=search.MAX_QUERY_LENGTH,
        required=False,
        error_messages={"max_length": _("Type at most %(limit_value)d characters.")},
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    kind = forms.ChoiceField(choices=[(kind.key, kind.label) for kind in search.KINDS], required=False)


class SearchView(BreadcrumbsMixin, TemplateView):
    """Results grouped by kind with their counts; one kind at a time when the visitor picks it.

    Above them, the answers of `search.help_for` (a postcode's police zone, best bets); with no
    result, spellings to try and the pages that answer most questions: never a bare "0 results".
    """

    template_name = "bps_portal/search.html"
    per_group = 5
    per_page = 20

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = SearchForm(self.request.GET or None)
        context["form"] = form
        if not form.is_bound or not form.is_valid():
            return context
        text = search.clean_query(form.cleaned_data["q"])
        if not text:
            context["empty_query"] = True
            return context
        language = translation.get_language()
        chosen = form.cleaned_data["kind"]
        helped = search.help_for(text, language)
        groups = []
        found = search.search_all(helped.searched, language, helped.alternatives) if helped.searched else {}
        for kind in search.KINDS:
            matches = found.get(kind.key)
            if matches is None:
                groups.append({"kind": kind, "count": 0, "items": []})
                continue
            if chosen and kind.key != chosen:
                groups.append({"kind": kind, "count": matches.count(), "items": []})
                continue
            if chosen:
                page = Paginator(matches, self.per_page).get_page(self.request.GET.get("page"))
                items, count = page.object_list, page.paginator.count
                context["page_obj"], context["paginator"] = page, page.paginator
            else:
                items = list(matches[: self.per_group])
                count = matches.count() if len(items) == self.per_group else len(items)
            groups.append(
                {"kind": kind, "count": count, "items": [(item, search.snippet(item, text)) for item in items]}
            )
        total = sum(group["count"] for group in groups)
        context.update(query=text, groups=groups, chosen=chosen, total=total, search_help=helped)
        if not total and not helped.has_answers:
            context["suggestions"] = search.suggestions(text, language)
        return context

    def get_breadcrumbs(self):
        return [(_("Search"), None)]


class HomeView(TemplateView):
    template_name = "bps_portal/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["plan_edition"] = page_cache.kept("current-edition-with-count", plan.current_edition_with_count)
        return context


class OpenDataView(BreadcrumbsMixin, TemplateView):
    """What the portal publishes as open data, under which licence, and where (bps_portal/open_data.py)."""

    template_name = "bps_portal/open_data.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        language = translation.get_language()
        context["datasets"] = [
            {
                "key": dataset.key,
                "title": dataset.title[language],
                "description": dataset.description[language],
                "landing_path": dataset.landing_path(language),
                "distributions": [
                    {"title": part.title[language], "path": part.path(), "media_type": part.media_type, "api": part.api}
                    for part in dataset.distributions
                ],
            }
            for dataset in open_data.DATASETS
        ]
        context["licence_url"] = open_data.LICENCE_PAGE
        return context

    def get_breadcrumbs(self):
        return [(_("Open data"), None)]


class APIDocumentationView(BreadcrumbsMixin, TemplateView):
    """The API's reference, from its OpenAPI schema, in the reader's language (bps_portal/api_reference.py)."""

    template_name = "bps_portal/api_docs.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # Building the schema takes half a second: once per content generation and language.
        name = f"api-reference:{translation.get_language()}"
        context["endpoints"] = page_cache.kept(name, api_reference.endpoints)
        return context

    def get_breadcrumbs(self):
        return [(_("Open data"), reverse("open_data")), (_("API reference"), None)]


@read_only
def dcat_catalogue(request, serialization):
    """The DCAT-AP catalogue of the open data, in Turtle or JSON-LD."""
    graph = dcat.catalogue(f"{request.scheme}://{request.get_host()}", reverse)
    if serialization == "turtle":
        return HttpResponse(graph.serialize(format="turtle"), content_type="text/turtle; charset=utf-8")
    body = graph.serialize(format="json-ld", context=dcat.JSON_LD_CONTEXT, auto_compact=True)
    return HttpResponse(body, content_type="application/ld+json; charset=utf-8")


@read_only
def favicon(request):
    """Browsers ask for /favicon.ico on every page, the admin's included."""
    return redirect(static("img/favicon.svg"), permanent=True)


@read_only
def robots_txt(request):
    """Everything public may be indexed; the admin, the login and filtered lists may not."""
    lines = ["User-agent: *", "Disallow: /admin/"]
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            lines.append(f"Disallow: {reverse('login')}")
    lines.append(f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@read_only
@never_cache
def health_live(request):
    """The process answers: no database, no template."""
    return JsonResponse({"status": "ok"})


@read_only
@never_cache
def health_ready(request):
    """Ready to serve: the database answers a trivial query."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse({"status": "unavailable", "database": "unreachable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


class PasswordResetView(auth_views.PasswordResetView):
    """Password reset by e-mail, the same answer whether an account exists or not.

    Rate-limited: a connection that asks too often gets a 429; an address asked for too often
    gets no more mail (so nobody can flood someone's mailbox), with the usual answer.
    """

    template_name = "registration/password_reset_form.html"
    email_template_name = "registration/password_reset_email.txt"
    subject_template_name = "registration/password_reset_subject.txt"
    success_url = reverse_lazy("password_reset_done")
    limits = {"address": (10, 3600), "email": (3, 3600)}  # requests per hour

    def form_valid(self, form):
        if self.over_limit("address", client_ip_address(self.request)):
            message = _("Too many password reset requests from your connection. Try again in an hour.")
            return errors.error_response(self.request, 429, _("Too many requests"), message)
        audit.record(audit.AuditAction.PASSWORD, request=self.request, detail="password reset requested")
        if self.over_limit("email", form.cleaned_data["email"].strip().lower()):
            return redirect(self.get_success_url())
        return super().form_valid(form)

    def over_limit(self, kind, value):
        count, window = self.limits[kind]
        key = "password-reset:" + hashlib.sha256(f"{kind}:{value}".encode()).hexdigest()
        cache.add(key, 0, window)
        try:
            return cache.incr(key) > count
        except ValueError:  # expired between add and incr
            return False


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "registration/password_reset_confirm.html"
    success_url = reverse_lazy("password_reset_complete")

    def form_valid(self, form):
        response = super().form_valid(form)
        audit.record(audit.AuditAction.PASSWORD, request=self.request, user=form.user, detail="password reset")
        return response


def page_of_this_site(url, request):
    """The path (and query) of `url` when it is a page of this site, else "": a path of ours, or an
    address on our own host, as `?page=` or the Referer give it. Not the feedback pages themselves."""
    url = (url or "").strip()
    if not url or len(url) > Feedback._meta.get_field("page_url").max_length:
        return ""
    if not url_has_allowed_host_and_scheme(url, allowed_hosts={request.get_host()}):
        return ""
    parts = urlsplit(url)
    if not parts.path.startswith("/") or parts.path.startswith("//"):
        return ""
    feedback_paths = set()
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            feedback_paths |= {reverse("feedback"), reverse("feedback_sent")}
    if parts.path in feedback_paths or parts.path.startswith(("/admin/", "/api/", "/static/")):
        return ""
    return parts.path + (f"?{parts.query}" if parts.query else "")


class FeedbackView(BreadcrumbsMixin, FormView):
    """The feedback form: what it is about, the page concerned (from `?page=` or the page the
    visitor came from), the message, and a name and an e-mail address for a reply, both optional.

    Without captcha: a trap field for robots (FeedbackForm), a limit of messages per connection
    (the client address, hashed in the cache, never stored), a limit on the message's length (an
    error next to it, the text kept) and on the size of the request (413).
    """

    template_name = "bps_portal/feedback.html"
    form_class = FeedbackForm
    limit = (5, 3600)  # messages per connection and per hour
    # A request of the longest fields, every character a 4-byte one percent-encoded (about 68 KB), passes.
    max_request_bytes = 128 * 1024

    def post(self, request, *args, **kwargs):
        try:
            size = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            size = 0
        if size > self.max_request_bytes:
            context = {"max_length": Feedback.MESSAGE_MAX_LENGTH, "breadcrumbs": self.get_breadcrumbs()}
            return render(request, "bps_portal/feedback_too_large.html", context, status=413)
        form = self.get_form()
        if form.is_robot():
            self.over_limit()  # a robot counts against its connection too
            return redirect(self.get_success_url())
        return self.form_valid(form) if form.is_valid() else self.form_invalid(form)

    def get_initial(self):
        kind = self.request.GET.get("kind", "")
        page = self.request.GET.get("page", "")
        return {
            "kind": kind if kind in FeedbackKind.values else "",
            "page_url": page_of_this_site(page, self.request)
            or page_of_this_site(self.request.META.get("HTTP_REFERER"), self.request),
        }

    def form_valid(self, form):
        if self.over_limit():
            form.add_error(
                None,
                _(
                    "You have sent several messages in a short time: your message is not sent. Try again in an "
                    "hour; what you typed is kept below."
                ),
            )
            response = self.render_to_response(self.get_context_data(form=form), status=429)
            response["Retry-After"] = str(self.limit[1])
            return response
        data = form.cleaned_data
        services.receive_feedback(
            kind=data["kind"],
            page_url=data["page_url"],
            message=data["message"],
            name=data["name"],
            email=data["email"],
            language=translation.get_language(),
            site_url=f"{self.request.scheme}://{self.request.get_host()}",
        )
        return redirect(self.get_success_url())

    def get_success_url(self):
        return reverse("feedback_sent")

    def over_limit(self):
        """Counts this message against the connection; True past the limit."""
        count, window = self.limit
        address = client_ip_address(self.request) or ""
        key = "feedback:" + hashlib.sha256(f"feedback:{address}".encode()).hexdigest()
        cache.add(key, 0, window)
        try:
            return cache.incr(key) > count
        except ValueError:  # expired between add and incr
            return False

    def get_breadcrumbs(self):
        return [(_("Write to us"), None)]


class FeedbackSentView(BreadcrumbsMixin, TemplateView):
    """After a message: what happens next (the form redirects here, so a reload sends nothing twice)."""

    template_name = "bps_portal/feedback_sent.html"

    def get_breadcrumbs(self):
        return [(_("Write to us"), reverse("feedback")), (_("Message sent"), None)]
