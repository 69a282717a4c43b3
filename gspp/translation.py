from modeltranslation.translator import TranslationOptions, register

from gspp.models import ContextFigure, Measure, PlanEdition, ProgressUpdate, StrategicObjective, ThematicArea


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
    fields = ("title", "slug", "summary", "description", "theme_page_url")
    required_languages = {"fr": ("title", "slug"), "nl": ("slug",)}


@register(Measure)
class MeasureTranslationOptions(TranslationOptions):
    fields = ("title", "slug", "description")
    required_languages = {"fr": ("title", "slug"), "nl": ("slug",)}


@register(ProgressUpdate)
class ProgressUpdateTranslationOptions(TranslationOptions):
    fields = ("note",)


@register(ContextFigure)
class ContextFigureTranslationOptions(TranslationOptions):
    fields = ("text",)
    required_languages = {"fr": ("text",)}
