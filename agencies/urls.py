from django.urls import path
from django.utils.translation import gettext_lazy as _

from agencies import views

app_name = "agencies"

urlpatterns = [
    path("", views.ActorListView.as_view(), name="actor_list"),
    path(_("police-zones/"), views.PoliceZoneFinderView.as_view(), name="police_zone_finder"),
    path("<slug:slug>/", views.ActorDetailView.as_view(), name="actor_detail"),
    path("<slug:slug>/vcard/", views.actor_vcard, name="actor_vcard"),
]
