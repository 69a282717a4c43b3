from django.urls import path
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from bps_portal.middleware import read_only
from gspp import views
from gspp.feeds import LatestUpdatesFeed

app_name = "gspp"

updates_feed = read_only(LatestUpdatesFeed())

urlpatterns = [
    path("", views.PlanView.as_view(), name="plan"),
    path(_("measures/"), views.MeasureFinderView.as_view(), name="measure_finder"),
    path(_("updates.atom"), updates_feed, name="updates_feed"),
    path("<slug:edition>/", views.EditionDetailView.as_view(), name="edition_detail"),
    path(
        format_lazy("<slug:edition>/{}", _("comparison/")),
        views.EditionComparisonView.as_view(),
        name="edition_comparison",
    ),
    path(
        format_lazy("<slug:edition>/{}<slug:slug>/", _("measures/")),
        views.MeasureDetailView.as_view(),
        name="measure_detail",
    ),
    path("<slug:edition>/<slug:slug>/", views.AreaDetailView.as_view(), name="area_detail"),
    path(format_lazy("<slug:edition>/<slug:slug>/{}", _("updates.atom")), updates_feed, name="area_updates_feed"),
]
