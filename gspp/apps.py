from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GsppConfig(AppConfig):
    name = "gspp"
    verbose_name = _("Global Security and Prevention Plan")
