"""Admin building blocks for the apps (they import no app), and the editorial pages' admin."""

import json

from axes.admin import AccessAttemptAdmin, AccessFailureLogAdmin, AccessLogAdmin
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.conf import settings
from django.contrib import admin
from django.contrib.admin.models import LogEntry
from django.contrib.auth.admin import GroupAdmin, UserAdmin
from django.contrib.auth.models import Group, User
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django_otp.plugins.otp_static.admin import StaticDeviceAdmin
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.admin import TOTPDeviceAdmin
from django_otp.plugins.otp_totp.models import TOTPDevice
from modeltranslation.admin import TabbedTranslationAdmin

from bps_portal import audit
from bps_portal.models import AuditEntry, Page
from bps_portal.services import remember_old_slugs


class AuditedAdmin(admin.ModelAdmin):
    """Every addition, change and deletion made in the admin also goes to the audit log, with
    who, from where and what changed (Django's own history keeps working beside it)."""

    # Changing one of these fields changes what someone may do: logged as a permission change.
    PERMISSION_FIELDS = {"groups", "user_permissions", "permissions", "is_staff", "is_superuser", "is_active"}

    def log_addition(self, request, obj, message):
        audit.record(audit.AuditAction.CREATE, request=request, obj=obj, changes=message)
        return super().log_addition(request, obj, message)

    def log_change(self, request, obj, message):
        # The message names fields by their labels, in the staff member's language.
        changed = {str(name).lower() for entry in message for name in entry.get("changed", {}).get("fields", [])}
        fields = [field for field in obj._meta.get_fields() if field.name in self.PERMISSION_FIELDS]
        labels = {field.name for field in fields} | {str(field.verbose_name).lower() for field in fields}
        action = audit.AuditAction.PERMISSIONS if changed & labels else audit.AuditAction.CHANGE
        audit.record(action, request=request, obj=obj, changes=message)
        return super().log_change(request, obj, message)

    def log_deletions(self, request, queryset):
        for obj in queryset:
            audit.record(audit.AuditAction.DELETE, request=request, obj=obj)
        return super().log_deletions(request, queryset)


class TranslatedAdmin(AuditedAdmin, TabbedTranslationAdmin):
    """The admin of a model with French and Dutch fields (one tab per language), audited."""


class TranslatedSlugsAdmin(TranslatedAdmin):
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


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    """The audit log: publishers read and filter it; nobody adds, changes or deletes an entry."""

    list_display = ("at", "username", "action", "content_type", "object_repr", "detail", "ip_address")
    list_filter = ("action", ("content_type", admin.RelatedOnlyFieldListFilter), "at")
    search_fields = ("username", "object_repr", "detail", "ip_address")
    date_hierarchy = "at"
    list_select_related = ("content_type",)
    fields = ("at", "user", "username", "action", "content_type", "object_id", "object_repr", "what", "detail",
              "ip_address")  # fmt: skip
    readonly_fields = fields

    @admin.display(description=_("what changed"))
    def what(self, entry):
        """The change in the reader's language, as Django words its own history."""
        return LogEntry(change_message=json.dumps(entry.changes)).get_change_message() if entry.changes else ""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


# Third-party admins whose changes matter for security (accounts, groups, second factors,
# login lockouts): the same classes, with their writes audited too.
def audited(admin_class, **attributes):
    return type(admin_class.__name__, (AuditedAdmin, admin_class), {"__module__": __name__, **attributes})


for model, admin_class in (
    (User, audited(UserAdmin)),
    (Group, audited(GroupAdmin)),
    (TOTPDevice, audited(TOTPDeviceAdmin)),
    (StaticDevice, audited(StaticDeviceAdmin)),
    # Its "clean up expired attempts" action fails outside a login request (axes reads the
    # attempt time the login sets): expired lockouts end by themselves, or with axes_reset.
    (AccessAttempt, audited(AccessAttemptAdmin, actions=[])),
    (AccessLog, audited(AccessLogAdmin)),
    (AccessFailureLog, audited(AccessFailureLogAdmin)),
):
    admin.site.unregister(model)
    admin.site.register(model, admin_class)
