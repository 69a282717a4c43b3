from django.contrib import admin
from modeltranslation.admin import TabbedTranslationAdmin

from agencies.models import Actor


@admin.register(Actor)
class ActorAdmin(TabbedTranslationAdmin):
    list_display = ("name", "acronym", "key", "phone")
    search_fields = ("key", "name_fr", "name_nl", "acronym_fr", "acronym_nl")

    def get_prepopulated_fields(self, request, obj=None):
        return {"slug_fr": ("name_fr",), "slug_nl": ("name_nl",)}
