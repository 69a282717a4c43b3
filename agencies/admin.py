from django import forms
from django.conf import settings
from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationStackedInline
from phonenumber_field.modelfields import PhoneNumberField
from phonenumber_field.widgets import RegionalPhoneNumberWidget

from agencies import selectors
from agencies.models import Actor, ActorType, ContactPoint, Language, Municipality, Postcode
from bps_portal.admin import CitationInline, TranslatedAdmin, TranslatedSlugsAdmin, sources_list


class PhoneInput(RegionalPhoneNumberWidget):
    """A number as staff write it (02 507 99 11, stored as +3225079911), at the admin's text width."""

    def __init__(self, attrs=None):
        super().__init__(attrs={"class": "vTextField", **(attrs or {})})


# The admin would give every CharField its plain text input, which shows the stored E.164 form.
PHONE_FIELDS = {PhoneNumberField: {"widget": PhoneInput}}


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
    formfield_overrides = PHONE_FIELDS
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
        "sources",
    )
    readonly_fields = ("sources",)

    template = "admin/agencies/contactpoint_inline.html"

    @admin.display(description=_("sources"))
    def sources(self, contact_point):
        return sources_list(contact_point)

    def get_queryset(self, request):
        """Partners-only contact points are shown and edited only by holders of the permission;
        others read how many there are (the template says so)."""
        return selectors.contact_points_for(request.user)

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)  # a new class for this request
        formset.hidden_count = selectors.hidden_contact_points(obj, request.user).count() if obj else 0
        return formset

    def formfield_for_choice_field(self, db_field, request, **kwargs):
        if db_field.name == "visibility":
            allowed = selectors.visibilities_for(request.user)
            kwargs["choices"] = [(value, label) for value, label in db_field.choices if value in allowed]
        return super().formfield_for_choice_field(db_field, request, **kwargs)


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
    formfield_overrides = PHONE_FIELDS
    list_display = ("name", "acronym", "actor_type", "level", "zone_number", "active")
    list_filter = (
        "actor_type",
        "level",
        VisibilityFilter,
        NotVerifiedFilter,
        "active",
        "is_demo",
    )
    search_fields = ("key", "name_fr", "name_nl", "acronym_fr", "acronym_nl")
    autocomplete_fields = ("parent", "thematic_areas")
    list_select_related = ("actor_type",)
    inlines = [ContactPointInline, CitationInline]
    fieldsets = (
        (None, {"fields": ("name", "acronym", "slug", "description")}),
        (
            _("Classification"),
            {"fields": ("actor_type", "level", "parent", "thematic_areas", "zone_number", "active", "is_demo", "key")},
        ),
        (
            _("Contact"),
            {
                "fields": (
                    "street",
                    ("postcode", "municipality"),
                    ("phone", "fax"),
                    "email",
                    "website",
                )
            },
        ),
    )
    slug_source = "name"

    def is_portal_owner(self, obj):
        return obj is not None and obj.key == settings.PORTAL_OWNER_ACTOR_KEY

    def get_readonly_fields(self, request, obj=None):
        """BPS's own record feeds the site's footer: its key never changes."""
        fields = super().get_readonly_fields(request, obj)
        return (*fields, "key") if self.is_portal_owner(obj) else fields

    def has_delete_permission(self, request, obj=None):
        """Nobody deletes BPS's own record (the footer's contact details come from it)."""
        return not self.is_portal_owner(obj) and super().has_delete_permission(request, obj)


@admin.register(ActorType)
class ActorTypeAdmin(TranslatedAdmin):
    list_display = ("name", "key", "position")
    search_fields = ("key", "name_fr", "name_nl")


class PostcodeInline(admin.TabularInline):
    model = Postcode
    extra = 0


@admin.register(Municipality)
class MunicipalityAdmin(TranslatedAdmin):
    list_display = ("name", "police_zone", "postcode_list")
    list_select_related = ("police_zone",)
    search_fields = ("key", "name_fr", "name_nl", "postcodes__code")
    autocomplete_fields = ("police_zone", "actor")
    inlines = [PostcodeInline, CitationInline]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("postcodes")

    @admin.display(description=_("postcodes"))
    def postcode_list(self, municipality):
        return ", ".join(postcode.code for postcode in municipality.postcodes.all())
