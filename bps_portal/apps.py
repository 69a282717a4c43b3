from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.db.backends.signals import connection_created
from django.utils.translation import gettext_lazy as _


class BpsPortalConfig(AppConfig):
    name = "bps_portal"
    verbose_name = _("Portal")

    def ready(self):
        from bps_portal import audit, page_cache
        from bps_portal.text_matching import register_sqlite_functions

        connection_created.connect(register_sqlite_functions, dispatch_uid="bps_portal_sqlite_functions")
        # Logins, logouts and failed logins (partner login and admin) go to the audit log.
        user_logged_in.connect(audit.logged_in, dispatch_uid="bps_portal_audit_login")
        user_logged_out.connect(audit.logged_out, dispatch_uid="bps_portal_audit_logout")
        user_login_failed.connect(audit.login_failed, dispatch_uid="bps_portal_audit_login_failed")
        # Any change of content starts a new generation of the anonymous page cache.
        page_cache.connect_signals()


class PortalAdminConfig(admin_apps.AdminConfig):
    """Django's admin, on the portal's admin site (two-factor authentication required)."""

    default = False  # named in INSTALLED_APPS in place of django.contrib.admin
    default_site = "bps_portal.admin_site.PortalAdminSite"
