"""Site-wide views: home, editorial pages, search, filtered lists, robots and health checks."""

from django import forms
from django.conf import settings
from django.core.paginator import Paginator
from django.db import DatabaseError, connection
from django.http import Http404, HttpResponse, HttpResponsePermanentRedirect, JsonResponse
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.generic import DetailView, ListView, TemplateView

from bps_portal import exports, search
from bps_portal.middleware import read_only
from bps_portal.selectors import find_renamed, published_pages


class BreadcrumbsMixin:
    """Gives templates a `breadcrumbs` list of (label, url); the last item is the current page."""

    def get_breadcrumbs(self):
        return []

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["breadcrumbs"] = self.get_breadcrumbs()
        return context


class FilteredListView(BreadcrumbsMixin, ListView):
    """A list with django-filter filters whose state lives in the URL.

    A value that does not fit its filter (unknown key, text too long) is dropped with a message
    next to its field; the other filters still apply. Any page number lands on a real page.
    """

    filterset_class = None
    paginate_by = 25
    export_name = None  # file name of the CSV and JSON downloads; None: no download

    def export_rows(self, queryset):
        """The rows of the download, as dicts of `export_columns`."""
        raise NotImplementedError

    def get(self, request, *args, **kwargs):
        export_format = request.GET.get("format")
        if self.export_name and export_format in exports.FORMATS:
            rows = self.export_rows(self.get_queryset())
            return exports.export_response(rows, self.export_columns, self.export_name, export_format)
        return super().get(request, *args, **kwargs)

    def get_base_queryset(self):
        raise NotImplementedError

    def get_filter_data(self):
        """The filter values: the query string, where a subclass may add defaults."""
        return self.request.GET.copy()

    def get_queryset(self):
        data = self.get_filter_data()
        self.filterset = self.filterset_class(data, queryset=self.get_base_queryset(), request=self.request)
        self.ignored_filters = {}
        if not self.filterset.is_valid():
            self.ignored_filters = dict(self.filterset.errors)
            for name in self.ignored_filters:
                data.pop(name, None)
            self.filterset = self.filterset_class(data, queryset=self.get_base_queryset(), request=self.request)
            self.filterset.is_valid()
        return self.filterset.qs

    def paginate_queryset(self, queryset, page_size):
        paginator = self.get_paginator(queryset, page_size, allow_empty_first_page=True)
        page = paginator.get_page(self.request.GET.get(self.page_kwarg))
        return paginator, page, page.object_list, page.has_other_pages()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["filterset"] = self.filterset
        context["ignored_filters"] = self.ignored_filters
        context["result_count"] = context["paginator"].count
        if self.export_name:
            query = self.request.GET.copy()
            query.pop("page", None)
            context["export_links"] = []
            for export_format in exports.FORMATS:
                query["format"] = export_format
                context["export_links"].append((export_format.upper(), f"?{query.urlencode()}"))
        return context


class FollowsOldSlugsMixin:
    """A detail view whose object lost its slug: answer 301 to its current address."""

    def get(self, request, *args, **kwargs):
        try:
            return super().get(request, *args, **kwargs)
        except Http404:
            target = find_renamed(self.get_queryset(), self.kwargs.get(self.slug_url_kwarg, ""))
            if target is None:
                raise
            return HttpResponsePermanentRedirect(target.get_absolute_url())


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
