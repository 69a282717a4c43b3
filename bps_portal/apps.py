from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BpsPortalConfig(AppConfig):
    name = "bps_portal"
    verbose_name = _("Portal")
