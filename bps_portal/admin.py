"""Admin building blocks for the apps (they import no app), and the editorial pages' admin."""

from django.conf import settings
from django.contrib import admin
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from bps_portal.models import Page
from bps_portal.services import remember_old_slugs

admin.site.site_header = _("Brussels Prevention & Security: portal administration")
admin.site.site_title = _("BPS portal")
admin.site.index_title = _("Content")


class TranslatedSlugsAdmin(TabbedTranslationAdmin):
    """Admin of a model with a slug per language: each follows its language's `slug_source`
    field while typed, and a changed slug keeps its old address working (it redirects)."""

    slug_source = "title"

    def get_prepopulated_fields(self, request, obj=None):
        return {f"slug_{code}": (f"{self.slug_source}_{code}",) for code, _name in settings.LANGUAGES}

    def save_model(self, request, obj, form, change):
        previous = type(obj).objects.filter(pk=obj.pk).first() if change else None
        super().save_model(request, obj, form, change)
        remember_old_slugs(obj, previous)


def missing_translation_filter(*translated_fields):
    """A list filter for records whose French or Dutch text is missing in one of `translated_fields`."""

    class MissingTranslationFilter(admin.SimpleListFilter):
        title = _("missing text")
        parameter_name = "missing"

        def lookups(self, request, model_admin):
            return [("nl", _("Dutch text missing")), ("fr", _("French text missing"))]

        def queryset(self, request, queryset):
            language = self.value()
            if language not in dict(settings.LANGUAGES):
                return queryset
            missing = Q()
            for field in translated_fields:
                missing |= Q(**{f"{field}_{language}__isnull": True}) | Q(**{f"{field}_{language}": ""})
            return queryset.filter(missing)

    return MissingTranslationFilter


@admin.register(Page)
class PageAdmin(TranslatedSlugsAdmin):
    list_display = ("title", "key", "published", "last_reviewed", "updated_at")
    list_filter = ("published",)
    search_fields = ("key", "title_fr", "title_nl")
    readonly_fields = ("updated_at",)
    fieldsets = (
        (None, {"fields": ("title", "slug", "summary", "body")}),
        (_("Publication"), {"fields": ("key", "published", "last_reviewed", "updated_at")}),
    )
