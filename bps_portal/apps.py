from django.apps import AppConfig
from django.db.backends.signals import connection_created
from django.utils.translation import gettext_lazy as _


class BpsPortalConfig(AppConfig):
    name = "bps_portal"
    verbose_name = _("Portal")

    def ready(self):
        from bps_portal.text_matching import register_sqlite_functions

        connection_created.connect(register_sqlite_functions, dispatch_uid="bps_portal_sqlite_functions")
