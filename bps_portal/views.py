"""Site-wide views: home, editorial pages, search, robots and health checks.

This module gathers the apps (search covers the plan and the directory): apps never import it;
their base views are in `generic_views`."""

from django import forms
from django.conf import settings
from django.core.paginator import Paginator
from django.db import DatabaseError, connection
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.generic import DetailView, TemplateView

from bps_portal import search
from bps_portal.generic_views import BreadcrumbsMixin, FollowsOldSlugsMixin
from bps_portal.middleware import read_only
from bps_portal.selectors import published_pages


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
    """Results grouped by kind with their counts; one kind at a time when the visitor picks it."""

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
        groups = []
        found = search.search_all(text, language)
        for kind in search.KINDS:
            matches = found[kind.key]
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
        context.update(query=text, groups=groups, chosen=chosen, total=sum(group["count"] for group in groups))
        return context

    def get_breadcrumbs(self):
        return [(_("Search"), None)]


class HomeView(TemplateView):
    template_name = "bps_portal/home.html"


class PageDetailView(FollowsOldSlugsMixin, BreadcrumbsMixin, DetailView):
    template_name = "bps_portal/page_detail.html"
    context_object_name = "page"

    def get_queryset(self):
        return published_pages()

    def get_breadcrumbs(self):
        return [(self.object.title, None)]


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
