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

    def index(self, request, extra_context=None):
        """The admin home also says what is left to translate, per kind of content the user sees."""
        from bps_portal.admin import TranslatedAdmin, translation_counts  # it registers on this site: not at import

        todo = []
        for model, model_admin in self._registry.items():
            if isinstance(model_admin, TranslatedAdmin) and model_admin.has_view_permission(request):
                counts = translation_counts(model)
                if any(counts.values()):
                    url = reverse(f"{self.name}:{model._meta.app_label}_{model._meta.model_name}_changelist")
                    todo.append({"name": model._meta.verbose_name_plural, "url": url, "counts": counts})
        return super().index(request, {"translation_todo": todo, **(extra_context or {})})

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
