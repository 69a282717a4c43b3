"""Base views the apps build on: breadcrumbs, filtered lists with downloads, renamed slugs.

A building block: it imports no app (see tests/test_layers.py).
"""

from django.http import Http404, HttpResponsePermanentRedirect
from django.views.generic import ListView

from bps_portal import exports
from bps_portal.selectors import find_renamed


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
    # The downloads (CSV and JSON): the app's exports module, with its COLUMNS and
    # rows(queryset, request); and the file name. None: no download.
    export_module = None
    export_name = None

    def get(self, request, *args, **kwargs):
        export_format = request.GET.get("format")
        if self.export_module and export_format in exports.FORMATS:
            rows = self.export_module.rows(self.get_queryset(), request)
            return exports.export_response(rows, self.export_module.COLUMNS, self.export_name, export_format)
        return super().get(request, *args, **kwargs)

    def get_base_queryset(self):
        raise NotImplementedError

    def get_queryset(self):
        data = self.request.GET.copy()
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
        # What the rendered filter form depends on, beyond the content and the language.
        context["filter_form_state"] = (
            sorted((name, value) for name, values in self.request.GET.lists() if name != "page" for value in values),
            sorted(self.ignored_filters),
        )
        context["result_count"] = context["paginator"].count
        if self.export_module:
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


class PreviewableMixin:
    """A detail view that can render an object handed to it (a draft, in the admin's preview)
    instead of the published one its address names; the page then says it is a preview."""

    preview_object = None

    def get_object(self, queryset=None):
        if self.preview_object is not None:
            return self.preview_object
        return super().get_object(queryset)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["preview"] = self.preview_object is not None
        return context
