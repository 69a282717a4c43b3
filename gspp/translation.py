from modeltranslation.translator import TranslationOptions, register

from gspp.models import Measure, PlanEdition, ProgressUpdate, StrategicObjective, ThematicArea


@register(PlanEdition)
class PlanEditionTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "document_url")
    required_languages = {"fr": ("title",)}


@register(StrategicObjective)
class StrategicObjectiveTranslationOptions(TranslationOptions):
    fields = ("title", "description")
    required_languages = {"fr": ("title",)}


@register(ThematicArea)
class ThematicAreaTranslationOptions(TranslationOptions):
    fields = ("title", "slug", "summary", "description")
    required_languages = {"fr": ("title", "slug"), "nl": ("slug",)}


@register(Measure)
class MeasureTranslationOptions(TranslationOptions):
    fields = ("title", "slug", "description")
    required_languages = {"fr": ("title", "slug"), "nl": ("slug",)}


@register(ProgressUpdate)
class ProgressUpdateTranslationOptions(TranslationOptions):
    fields = ("note",)
