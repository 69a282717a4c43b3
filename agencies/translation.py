from modeltranslation.translator import TranslationOptions, register

from agencies.models import Actor, ActorType, ContactPoint, Municipality


@register(ActorType)
class ActorTypeTranslationOptions(TranslationOptions):
    fields = ("name", "name_plural")
    required_languages = ("fr", "nl")


@register(Actor)
class ActorTranslationOptions(TranslationOptions):
    fields = ("name", "acronym", "slug", "description", "street", "municipality", "website")
    required_languages = {"fr": ("name", "slug"), "nl": ("slug",)}


@register(ContactPoint)
class ContactPointTranslationOptions(TranslationOptions):
    fields = ("label", "opening_hours", "street", "municipality")
    required_languages = {"fr": ("label",)}


@register(Municipality)
class MunicipalityTranslationOptions(TranslationOptions):
    fields = ("name",)
    required_languages = ("fr", "nl")
