from modeltranslation.translator import TranslationOptions, register

from bps_portal.models import Page


@register(Page)
class PageTranslationOptions(TranslationOptions):
    fields = ("title", "slug", "summary", "body")
    required_languages = {"fr": ("title", "slug"), "nl": ("title", "slug")}
