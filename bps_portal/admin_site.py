"""The admin site: Django's, with a second factor required of every staff member."""

from django.contrib import admin
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from bps_portal import two_factor


class PortalAdminSite(admin.AdminSite):
    site_header = _("Brussels Prevention & Security: portal administration")
    site_title = _("BPS portal")
    index_title = _("Content")

    def has_permission(self, request):
        """Staff with a verified second factor only (django-otp's OTPMiddleware sets is_verified)."""
        return super().has_permission(request) and request.user.is_verified()

    def login(self, request, extra_context=None):
        user = request.user
        if user.is_authenticated and user.is_active and user.is_staff and not user.is_verified():
            # The password is done: on to the second factor (enrolment on the first login).
            return redirect(f"{reverse('admin:two_factor')}?{request.GET.urlencode()}")
        return super().login(request, extra_context)

    def get_urls(self):
        return [
            path("two-factor/", two_factor.verify, name="two_factor"),
            path("two-factor/setup/", two_factor.setup, name="two_factor_setup"),
            *super().get_urls(),
        ]
