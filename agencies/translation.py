from modeltranslation.translator import TranslationOptions, register

from agencies.models import Actor


@register(Actor)
class ActorTranslationOptions(TranslationOptions):
    fields = ("name", "acronym", "slug", "street", "municipality", "website")
    required_languages = {"fr": ("name", "slug"), "nl": ("slug",)}
