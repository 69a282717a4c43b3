from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from django.views.generic import RedirectView
from drf_spectacular.views import SpectacularJSONAPIView

from agencies import api as directory_api
from bps_portal import views
from bps_portal.api_index import APIRouter
from bps_portal.forms import LoginForm
from bps_portal.middleware import read_only
from bps_portal.page_views import PageDetailView
from bps_portal.sitemaps import SITEMAPS
from gspp import api as plan_api

# Error pages in the language of the URL (LocaleMiddleware has activated it), without a database.
handler400 = "bps_portal.errors.bad_request"
handler403 = "bps_portal.errors.permission_denied"
handler404 = "bps_portal.errors.page_not_found"
handler500 = "bps_portal.errors.server_error"

# Outside the language prefixes. `/` itself is redirected to /fr/ or /nl/ by LocaleMiddleware,
# from the Accept-Language header (French when neither is asked for).
api = APIRouter()
api.register("editions", plan_api.EditionViewSet, basename="edition")
api.register("areas", plan_api.AreaViewSet, basename="area")
api.register("measures", plan_api.MeasureViewSet, basename="measure")
api.register("actors", directory_api.ActorViewSet, basename="actor")
api.register("municipalities", directory_api.MunicipalityViewSet, basename="municipality")

urlpatterns = [
    # The admin login page's "Forgotten your login credentials?" link: the site's own page.
    path(
        "admin/password_reset/",
        RedirectView.as_view(pattern_name="password_reset", permanent=False),
        name="admin_password_reset",
    ),
    path("admin/", admin.site.urls),
    # The open-data catalogue (DCAT-AP) that opendata.brussels harvests.
    path("api/v1/dcat.ttl", views.dcat_catalogue, {"serialization": "turtle"}, name="dcat_turtle"),
    path("api/v1/dcat.jsonld", views.dcat_catalogue, {"serialization": "json-ld"}, name="dcat_jsonld"),
    path("api/v1/", include((api.urls, "api"))),
    path("api/v1/schema/", SpectacularJSONAPIView.as_view(), name="api_schema"),
    path("favicon.ico", views.favicon),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("sitemap.xml", read_only(sitemap_views.sitemap), {"sitemaps": SITEMAPS}, name="sitemap"),
    path("health/live", views.health_live, name="health_live"),
    path("health/ready", views.health_ready, name="health_ready"),
]

urlpatterns += i18n_patterns(
    path("", views.HomeView.as_view(), name="home"),
    path(_("search/"), views.SearchView.as_view(), name="search"),
    path(_("open-data/"), views.OpenDataView.as_view(), name="open_data"),
    path(_("feedback/"), views.FeedbackView.as_view(), name="feedback"),
    path(_("feedback/sent/"), views.FeedbackSentView.as_view(), name="feedback_sent"),
    path(format_lazy("{}{}", _("open-data/"), "api/"), views.APIDocumentationView.as_view(), name="api_docs"),
    path(_("gspp/"), include("gspp.urls")),
    path(_("partners/"), include("agencies.urls")),
    path(
        _("login/"),
        auth_views.LoginView.as_view(authentication_form=LoginForm, redirect_authenticated_user=True),
        name="login",
    ),
    path(_("logout/"), auth_views.LogoutView.as_view(), name="logout"),
    path(_("password-reset/"), views.PasswordResetView.as_view(), name="password_reset"),
    path(
        _("password-reset/sent/"),
        auth_views.PasswordResetDoneView.as_view(template_name="registration/password_reset_done.html"),
        name="password_reset_done",
    ),
    path(
        _("password-reset/<uidb64>/<token>/"), views.PasswordResetConfirmView.as_view(), name="password_reset_confirm"
    ),
    path(
        _("password-reset/done/"),
        auth_views.PasswordResetCompleteView.as_view(template_name="registration/password_reset_complete.html"),
        name="password_reset_complete",
    ),
    # Editorial pages take any single-segment slug: keep this pattern last.
    path("<slug:slug>/", PageDetailView.as_view(), name="page_detail"),
    prefix_default_language=True,
)
