from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin, TranslationStackedInline

from agencies import selectors
from agencies.models import Actor, ActorType, ContactPoint, Language, Municipality, Postcode
from bps_portal.admin import TranslatedSlugsAdmin, missing_translation_filter


class ContactPointForm(forms.ModelForm):
    languages = forms.MultipleChoiceField(
        label=_("languages spoken"), choices=Language.choices, required=False, widget=forms.CheckboxSelectMultiple
    )

    class Meta:
        model = ContactPoint
        fields = ["languages"]  # the inline's `fields` adds the others


class ContactPointInline(TranslationStackedInline):
    model = ContactPoint
    form = ContactPointForm
    extra = 0
    fields = (
        "label",
        "visibility",
        ("phone", "email"),
        "street",
        ("postcode", "municipality"),
        "opening_hours",
        "languages",
        ("last_verified", "position"),
    )


class NotVerifiedFilter(admin.SimpleListFilter):
    title = _("verification")
    parameter_name = "verified"

    def lookups(self, request, model_admin):
        return [("stale", _("A contact not verified for 12 months"))]

    def queryset(self, request, queryset):
        if self.value() == "stale":
            return queryset.filter(pk__in=ContactPoint.objects.not_verified_within(days=365).values("actor"))
        return queryset


class VisibilityFilter(admin.SimpleListFilter):
    title = _("contact visibility")
    parameter_name = "visibility"

    def lookups(self, request, model_admin):
        return [("partners", _("Has partners-only contacts")), ("public", _("Public contacts only"))]

    def queryset(self, request, queryset):
        restricted = selectors.kept_from_everyone().values("actor")
        if self.value() == "partners":
            return queryset.filter(pk__in=restricted)
        if self.value() == "public":
            return queryset.exclude(pk__in=restricted)
        return queryset


@admin.register(Actor)
class ActorAdmin(TranslatedSlugsAdmin):
    list_display = ("name", "acronym", "actor_type", "level", "zone_number", "active")
    list_filter = (
        "actor_type",
        "level",
        VisibilityFilter,
        NotVerifiedFilter,
        missing_translation_filter("name", "description"),
        "active",
        "is_demo",
    )
    search_fields = ("key", "name_fr", "name_nl", "acronym_fr", "acronym_nl")
    autocomplete_fields = ("parent", "thematic_areas")
    list_select_related = ("actor_type",)
    inlines = [ContactPointInline]
    fieldsets = (
        (None, {"fields": ("name", "acronym", "slug", "description")}),
        (
            _("Classification"),
            {"fields": ("actor_type", "level", "parent", "thematic_areas", "zone_number", "active", "is_demo", "key")},
        ),
        (_("Contact"), {"fields": ("street", ("postcode", "municipality"), ("phone", "fax"), "email", "website")}),
    )

    slug_source = "name"


@admin.register(ActorType)
class ActorTypeAdmin(TabbedTranslationAdmin):
    list_display = ("name", "key", "position")
    search_fields = ("key", "name_fr", "name_nl")


class PostcodeInline(admin.TabularInline):
    model = Postcode
    extra = 0


@admin.register(Municipality)
class MunicipalityAdmin(TabbedTranslationAdmin):
    list_display = ("name", "police_zone", "postcode_list")
    list_select_related = ("police_zone",)
    search_fields = ("key", "name_fr", "name_nl", "postcodes__code")
    autocomplete_fields = ("police_zone", "actor")
    inlines = [PostcodeInline]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("postcodes")

    @admin.display(description=_("postcodes"))
    def postcode_list(self, municipality):
        return ", ".join(postcode.code for postcode in municipality.postcodes.all())
