from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin

from bps_portal.models import Page
from bps_portal.services import remember_old_slugs

admin.site.site_header = _("Brussels Prevention & Security: portal administration")
admin.site.site_title = _("BPS portal")
admin.site.index_title = _("Content")


class RemembersOldSlugsAdmin(TabbedTranslationAdmin):
    """Admin of a model with per-language slugs: a changed slug keeps its old address working."""

    def save_model(self, request, obj, form, change):
        previous = type(obj).objects.filter(pk=obj.pk).first() if change else None
        super().save_model(request, obj, form, change)
        remember_old_slugs(obj, previous)


@admin.register(Page)
class PageAdmin(RemembersOldSlugsAdmin):
    list_display = ("title", "key", "published", "last_reviewed", "updated_at")
    list_filter = ("published",)
    search_fields = ("key", "title_fr", "title_nl")
    readonly_fields = ("updated_at",)
    fieldsets = (
        (None, {"fields": ("title", "slug", "summary", "body")}),
        (_("Publication"), {"fields": ("key", "published", "last_reviewed", "updated_at")}),
    )

    def get_prepopulated_fields(self, request, obj=None):
        # Each language's slug follows that language's title.
        return {"slug_fr": ("title_fr",), "slug_nl": ("title_nl",)}
