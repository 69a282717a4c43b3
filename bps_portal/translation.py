from modeltranslation.translator import TranslationOptions, register

from bps_portal.models import Alert, Page


@register(Page)
class PageTranslationOptions(TranslationOptions):
    fields = ("title", "slug", "summary", "body")
    required_languages = {"fr": ("title", "slug"), "nl": ("title", "slug")}


@register(Alert)
class AlertTranslationOptions(TranslationOptions):
    fields = ("message", "link")
    required_languages = {"fr": ("message",), "nl": ("message",)}
