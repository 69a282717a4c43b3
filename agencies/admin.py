import datetime

from django import forms
from django.contrib import admin
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin, TranslationStackedInline

from agencies.models import Actor, ActorType, ContactPoint, Language, Municipality, Postcode
from bps_portal.admin import RemembersOldSlugsAdmin


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
            limit = timezone.localdate() - datetime.timedelta(days=365)
            stale = Q(contact_points__last_verified__lt=limit) | Q(
                contact_points__isnull=False, contact_points__last_verified__isnull=True
            )
            return queryset.filter(stale).distinct()
        return queryset


class VisibilityFilter(admin.SimpleListFilter):
    title = _("contact visibility")
    parameter_name = "visibility"

    def lookups(self, request, model_admin):
        return [("partners", _("Has partners-only contacts")), ("public", _("Public contacts only"))]

    def queryset(self, request, queryset):
        if self.value() == "partners":
            return queryset.filter(contact_points__visibility="partners").distinct()
        if self.value() == "public":
            return queryset.exclude(contact_points__visibility="partners")
        return queryset


class MissingTranslationFilter(admin.SimpleListFilter):
    """Records whose French or Dutch text is missing, for the fields given by the admin class."""

    title = _("missing text")
    parameter_name = "missing"
    translated_fields = ()

    def lookups(self, request, model_admin):
        return [("nl", _("Dutch text missing")), ("fr", _("French text missing"))]

    def queryset(self, request, queryset):
        language = self.value()
        if language not in ("fr", "nl"):
            return queryset
        missing = Q()
        for field in self.translated_fields:
            missing |= Q(**{f"{field}_{language}__isnull": True}) | Q(**{f"{field}_{language}": ""})
        return queryset.filter(missing)


class ActorMissingTranslationFilter(MissingTranslationFilter):
    translated_fields = ("name", "description")


@admin.register(Actor)
class ActorAdmin(RemembersOldSlugsAdmin):
    list_display = ("name", "acronym", "actor_type", "level", "zone_number", "active")
    list_filter = (
        "actor_type",
        "level",
        VisibilityFilter,
        NotVerifiedFilter,
        ActorMissingTranslationFilter,
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

    def get_prepopulated_fields(self, request, obj=None):
        # Each language's slug follows that language's name.
        return {"slug_fr": ("name_fr",), "slug_nl": ("name_nl",)}


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
