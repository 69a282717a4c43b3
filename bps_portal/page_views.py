"""The editorial pages' view: a building block (it imports no app), so the admin can preview with it."""

from django.views.generic import DetailView

from bps_portal.generic_views import BreadcrumbsMixin, FollowsOldSlugsMixin, PreviewableMixin
from bps_portal.selectors import published_pages


class PageDetailView(PreviewableMixin, FollowsOldSlugsMixin, BreadcrumbsMixin, DetailView):
    template_name = "bps_portal/page_detail.html"
    context_object_name = "page"

    def get_queryset(self):
        return published_pages()

    def get_breadcrumbs(self):
        return [(self.object.title, None)]
