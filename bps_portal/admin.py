"""Admin building blocks for the apps (they import no app), and the editorial pages' admin."""

import json
from dataclasses import dataclass

import reversion
from axes.admin import AccessAttemptAdmin, AccessFailureLogAdmin, AccessLogAdmin
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.utils import quote, unquote
from django.contrib.auth.admin import GroupAdmin, UserAdmin
from django.contrib.auth.models import Group, User
from django.contrib.contenttypes.admin import GenericTabularInline
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import formats, timezone, translation
from django.utils.cache import patch_cache_control
from django.utils.html import format_html, format_html_join
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django_otp.plugins.otp_static.admin import StaticDeviceAdmin
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.admin import TOTPDeviceAdmin
from django_otp.plugins.otp_totp.models import TOTPDevice
from modeltranslation.admin import TranslationAdmin
from modeltranslation.translator import translator
from reversion.admin import VersionAdmin
from reversion.models import Version

from bps_portal import alerts, audit, change_messages, drafts, editor
from bps_portal.models import (
    Alert,
    AuditEntry,
    Citation,
    Feedback,
    FeedbackStatus,
    Page,
    SearchBestBet,
    SearchSynonym,
    Source,
    search_terms,
    translation_outdated,
)
from bps_portal.page_views import PageDetailView
from bps_portal.revisions import changes_between
from bps_portal.services import remember_old_slugs, set_feedback_status


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


@dataclass(frozen=True)
class LastChange:
    mark: str  # changes whenever the object or its draft is saved
    user: object
    when: object


def object_or_none(model, object_id):
    """The object an admin URL names, or None when the id is not one (Django's get_object does alike)."""
    try:
        return model._default_manager.filter(pk=model._meta.pk.to_python(object_id)).first()
    except (ValidationError, ValueError):
        return None


def last_change(model, object_id):
    """The latest saved state of an object: its latest revision, or its draft when newer."""
    obj = object_or_none(model, object_id)
    version = Version.objects.get_for_object_reference(model, object_id).select_related("revision__user").first()
    draft = drafts.draft_of(obj)
    mark = f"{version.pk if version else 0}.{draft.updated_at.timestamp() if draft else 0}"
    if draft is not None and (version is None or draft.updated_at >= version.revision.date_created):
        return LastChange(mark, draft.author, draft.updated_at)
    if version is not None:
        return LastChange(mark, version.revision.user, version.revision.date_created)
    return LastChange(mark, None, None)


class RevisionsAdmin(VersionAdmin):
    """Every save keeps a revision (django-reversion, related rows followed): the history lists
    them, newest first, with what changed in each, French and Dutch apart. Restoring one (itself a
    new revision) needs the rights of a publisher: change and delete."""

    object_history_template = "admin/revisions/object_history.html"

    # No lost update: the change form carries a mark of the object's last change (its latest
    # revision and its draft; templates/admin/change_form.html); a save from an older state is
    # refused, checked in the save's transaction with the object's row locked, so two editors
    # cannot both win, on the published object or on its draft.
    LOADED_STATE = "_loaded_state"

    def change_view(self, request, object_id, form_url="", extra_context=None):
        context = {"loaded_state": last_change(self.model, unquote(object_id)).mark, **(extra_context or {})}
        return super().change_view(request, object_id, form_url, context)

    def get_form(self, request, obj=None, **kwargs):
        form_class = super().get_form(request, obj, **kwargs)
        loaded = request.POST.get(self.LOADED_STATE) if request.method == "POST" else None
        if obj is None or loaded is None:
            return form_class

        class NoLostUpdateForm(form_class):
            def clean(form):
                cleaned = super().clean()
                type(obj)._default_manager.select_for_update().filter(pk=obj.pk).exists()
                current = last_change(type(obj), obj.pk)
                if current.mark != loaded:
                    raise ValidationError(
                        _(
                            "%(user)s changed this record on %(date)s, after you opened it: your changes are not "
                            "saved. Reload the page to see the current version, then make your changes again."
                        )
                        % {
                            "user": current.user.get_username() if current.user else _("someone"),
                            "date": formats.localize(timezone.localtime(current.when)) if current.when else "",
                        },
                        code="stale",
                    )
                return cleaned

        return NoLostUpdateForm

    # A revision keeps Django's change message as data (JSON), worded when read in the reader's
    # language (change_messages.readable), not in the language of whoever saved.
    def log_addition(self, request, obj, message):
        entry = super().log_addition(request, obj, message)
        if reversion.is_active():
            reversion.set_comment(entry.change_message)
        return entry

    def log_change(self, request, obj, message):
        entry = super().log_change(request, obj, message)
        if reversion.is_active():
            reversion.set_comment(entry.change_message)
        return entry

    def can_restore(self, request):
        return self.has_change_permission(request) and self.has_delete_permission(request)

    def history_view(self, request, object_id, extra_context=None):
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        versions = Version.objects.get_for_object_reference(self.model, unquote(object_id))
        rows, previous = [], None
        for version in versions.select_related("revision__user").order_by("pk"):
            current = version.field_dict
            rows.append(
                {
                    "revision": version.revision,
                    "comment": change_messages.readable(version.revision.comment),
                    "url": reverse(
                        f"{self.admin_site.name}:{self.opts.app_label}_{self.opts.model_name}_revision",
                        args=(quote(version.object_id), version.pk),
                    ),
                    "changes": changes_between(self.model, previous, current),
                }
            )
            previous = current
        context = {"action_list": rows[::-1], "can_restore": self.can_restore(request), **(extra_context or {})}
        return admin.ModelAdmin.history_view(self, request, object_id, context)

    def revision_view(self, request, object_id, version_id, extra_context=None):
        return self.restoring(request, super().revision_view, object_id, version_id, extra_context=extra_context)

    def recover_view(self, request, version_id, extra_context=None):
        return self.restoring(request, super().recover_view, version_id, extra_context=extra_context)

    def restoring(self, request, view, *args, **kwargs):
        if request.method == "POST" and not self.can_restore(request):
            raise PermissionDenied
        response = view(request, *args, **kwargs)
        if request.method == "POST" and response.status_code == 302:
            version = Version.objects.select_related("revision").get(pk=args[-1])
            audit.record(
                audit.AuditAction.RESTORE,
                request=request,
                obj=version.object,
                detail=f"version of {version.revision.date_created:%Y-%m-%d %H:%M}",
            )
        return response


class DraftsAdmin(admin.ModelAdmin):
    """Published content changes through drafts; publishers publish and schedule.

    Saving a published object stores a draft (bps_portal.drafts) unless a publisher publishes:
    the public keeps seeing the published version. The change form shows the draft, previews it
    in French and in Dutch with the public templates, or discards it. New objects start
    unpublished; only holders of the model's `publish_…` permission set the publication fields.
    Subclasses give `preview_view_class` (the public detail view) and may adapt `preview_object`.
    """

    change_form_template = "admin/drafts/change_form.html"
    preview_view_class = None
    PUBLICATION_FIELDS = ("published", "publish_from", "unpublish_after")

    def can_publish(self, request):
        return request.user.has_perm(f"{self.opts.app_label}.publish_{self.opts.model_name}")

    def get_readonly_fields(self, request, obj=None):
        fields = tuple(super().get_readonly_fields(request, obj))
        return fields if self.can_publish(request) else (*fields, *self.PUBLICATION_FIELDS)

    def get_object(self, request, object_id, from_field=None):
        obj = super().get_object(request, object_id, from_field)
        match = request.resolver_match
        if obj is not None and match is not None and match.url_name.endswith("_change"):
            obj = drafts.with_draft(obj)  # the change form goes on with the draft
        return obj

    def is_published(self, obj):
        return obj.pk is not None and type(obj)._default_manager.filter(pk=obj.pk, published=True).exists()

    def save_model(self, request, obj, form, change):
        publishing = "_publish" in request.POST and self.can_publish(request)
        if (
            change
            and self.is_published(obj)
            and not publishing
            and ("_save_draft" in request.POST or not self.can_publish(request))
        ):
            drafts.save_draft(obj, form.cleaned_data, request.user)
            request.draft_saved = True
            audit.record(audit.AuditAction.DRAFT, request=request, obj=obj)
            return
        if publishing:
            obj.published = True
        super().save_model(request, obj, form, change)
        drafts.discard(obj)  # what is saved live replaces any draft
        if publishing:
            audit.record(audit.AuditAction.PUBLISH, request=request, obj=obj)

    def save_related(self, request, form, formsets, change):
        if getattr(request, "draft_saved", False):
            for formset in formsets:  # records (progress updates) are never drafts
                self.save_formset(request, form, formset, change)
            return
        super().save_related(request, form, formsets, change)

    def log_change(self, request, obj, message):
        if getattr(request, "draft_saved", False):
            return None  # recorded as a draft; the published object did not change
        return super().log_change(request, obj, message)

    def response_change(self, request, obj):
        if getattr(request, "draft_saved", False):
            self.message_user(
                request,
                _("Draft saved. The public still sees the published version: preview the draft, then publish it."),
                messages.SUCCESS,
            )
            return redirect(request.path)
        return super().response_change(request, obj)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        live = object_or_none(self.model, unquote(object_id))
        context = {
            "draft": drafts.draft_of(live),
            "can_publish": self.can_publish(request),
            "is_published": live is not None and self.is_published(live),
            "preview_languages": settings.LANGUAGES,
            **(extra_context or {}),
        }
        return super().change_view(request, object_id, form_url, context)

    def get_urls(self):
        prefix = f"{self.opts.app_label}_{self.opts.model_name}"
        return [
            path(
                "<path:object_id>/preview/<str:language>/",
                self.admin_site.admin_view(self.preview_view),
                name=f"{prefix}_preview",
            ),
            path(
                "<path:object_id>/discard-draft/",
                self.admin_site.admin_view(self.discard_view),
                name=f"{prefix}_discarddraft",
            ),
            *super().get_urls(),
        ]

    def preview_queryset(self):
        """Where the preview finds the object: subclasses add what their public page prefetches."""
        return self.model._default_manager.all()

    def preview_object(self, obj):
        """The object with its draft applied, as the public template will receive it."""
        return obj

    def preview_view(self, request, object_id, language):
        """The draft (or the unpublished object) as the public would see it: staff only, not indexed."""
        if language not in dict(settings.LANGUAGES) or not self.has_view_or_change_permission(request):
            raise PermissionDenied
        live = object_or_none(self.model, unquote(object_id))
        obj = self.preview_queryset().filter(pk=live.pk).first() if live else None
        if obj is None:
            raise Http404
        with translation.override(language):
            view = self.preview_view_class.as_view(preview_object=self.preview_object(drafts.with_draft(obj)))
            response = view(request)
            response.render()
        response["X-Robots-Tag"] = "noindex, nofollow"
        patch_cache_control(response, private=True, no_store=True)
        return response

    def discard_view(self, request, object_id):
        obj = object_or_none(self.model, unquote(object_id))
        if request.method != "POST" or obj is None or not self.has_change_permission(request, obj):
            raise PermissionDenied
        drafts.discard(obj)
        self.message_user(request, _("The draft is discarded."), messages.SUCCESS)
        return redirect(reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_change", args=[obj.pk]))


class TranslatedAdmin(AuditedAdmin, RevisionsAdmin, TranslationAdmin):
    """The admin of a model with French and Dutch fields (one tab per language), audited, revised,
    with its translation status: saving a language's text stamps it, so the other language is
    flagged as outdated until it is updated too or marked checked."""

    actions = ["mark_translations_checked"]

    class Media:
        js = ("js/language-tabs.js",)

    def get_list_filter(self, request):
        return (*super().get_list_filter(request), TranslationStatusFilter)

    def save_model(self, request, obj, form, change):
        now = timezone.now()
        for code in languages_changed(form):
            setattr(obj, f"{code}_changed_at", now)
        super().save_model(request, obj, form, change)

    @admin.action(description=_("Mark the translations as checked"), permissions=["change"])
    def mark_translations_checked(self, request, queryset):
        now = timezone.now()
        count = queryset.update(fr_changed_at=now, nl_changed_at=now)
        for obj in queryset:
            audit.record(audit.AuditAction.BULK_ACTION, request=request, obj=obj, detail="translations checked")
        self.message_user(
            request,
            ngettext("%(count)d translation marked as checked.", "%(count)d translations marked as checked.", count)
            % {"count": count},
            messages.SUCCESS,
        )


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


def translation_missing(model, language):
    """Q for objects missing their text in `language`: a required field empty, or an optional one
    empty while the other language has it."""
    other = "nl" if language == "fr" else "fr"
    missing = Q()
    for name in translator.get_options_for_model(model).fields:
        field = model._meta.get_field(name)
        if isinstance(field, models.URLField):
            continue  # a link may rightly exist in one language only
        empty = Q(**{f"{name}_{language}__isnull": True}) | Q(**{f"{name}_{language}": ""})
        if field.blank:
            empty &= ~(Q(**{f"{name}_{other}__isnull": True}) | Q(**{f"{name}_{other}": ""}))
        missing |= empty
    return missing


TRANSLATION_STATES = {
    "fr_missing": (_("French missing"), lambda model: translation_missing(model, "fr")),
    "nl_missing": (_("Dutch missing"), lambda model: translation_missing(model, "nl")),
    "nl_outdated": (_("Dutch older than French"), lambda model: translation_outdated("nl")),
    "fr_outdated": (_("French older than Dutch"), lambda model: translation_outdated("fr")),
}


class TranslationStatusFilter(admin.SimpleListFilter):
    """French or Dutch missing, or older than the other language."""

    title = _("translation")
    parameter_name = "translation"

    def lookups(self, request, model_admin):
        return [(key, label) for key, (label, _condition) in TRANSLATION_STATES.items()]

    def queryset(self, request, queryset):
        state = TRANSLATION_STATES.get(self.value())
        return queryset.filter(state[1](queryset.model)) if state else queryset


def languages_changed(form):
    """The languages whose text the form changes; moved white space is not a change."""

    def words(value):
        return value.split() if isinstance(value, str) else value

    return {
        code
        for code, _name in settings.LANGUAGES
        for name in form.changed_data
        if name.endswith(f"_{code}") and words(form.initial.get(name)) != words(form.cleaned_data.get(name))
    }


def translation_counts(model):
    """{state: count} of a model's objects, in one query (the admin index shows them)."""
    return model._default_manager.aggregate(
        **{key: Count("pk", filter=condition(model)) for key, (_label, condition) in TRANSLATION_STATES.items()}
    )


class CitationInline(GenericTabularInline):
    """The sources of a record's facts, as staff check and cite them (issue 13)."""

    model = Citation
    fields = ("source", "facts")
    autocomplete_fields = ("source",)
    extra = 0
    verbose_name = _("source cited")
    verbose_name_plural = _("sources of the facts")


def sources_list(obj):
    """A record's sources as links, for read-only places (a contact point inside its actor's form)."""
    if obj is None or obj.pk is None:
        return ""
    citations = Citation.objects.filter(
        content_type=ContentType.objects.get_for_model(obj), object_id=obj.pk
    ).select_related("source")
    return format_html_join(
        mark_safe("<br>"),
        '<a href="{}">{}</a>',
        (
            (reverse("admin:bps_portal_source_change", args=[citation.source_id]), citation.source)
            for citation in citations
        ),
    ) or _("No source recorded.")


@admin.register(Source)
class SourceAdmin(AuditedAdmin):
    """The public documents the portal's facts come from; docs/sources.md lists those of the data files."""

    list_display = ("title", "publisher", "published", "seen", "language", "citation_count")
    list_filter = ("language", "seen")
    search_fields = ("key", "title", "publisher", "url", "note")
    readonly_fields = ("cited_by",)
    fields = ("title", "publisher", "url", "language", "published", "seen", "note", "key", "cited_by")

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(citation_total=Count("citations", distinct=True) + Count("context_figures", distinct=True))
        )

    @admin.display(description=_("cited by"), ordering="citation_total")
    def citation_count(self, source):
        return source.citation_total

    @admin.display(description=_("cited by"))
    def cited_by(self, source):
        records = [citation.content_object for citation in source.citations.select_related("content_type")]
        records += list(source.context_figures.select_related("area"))
        links = [(self.change_url(record), record) for record in records if record is not None]
        return format_html_join(mark_safe("<br>"), '<a href="{}">{}</a>', links) or _("No record cites it yet.")

    def change_url(self, record):
        """Where staff edit the record: its own form, or the form it is an inline of (a contact
        point is edited with its actor, a context figure with its area)."""
        parent = getattr(record, "actor", None) or getattr(record, "area", None)
        if type(record) not in self.admin_site._registry and parent is not None:
            record = parent
        return reverse(f"admin:{record._meta.app_label}_{record._meta.model_name}_change", args=[record.pk])


@admin.register(Page)
class PageAdmin(DraftsAdmin, TranslatedSlugsAdmin):
    preview_view_class = PageDetailView
    formfield_overrides = {models.TextField: {"widget": editor.BodyEditor}}
    list_display = ("title", "key", "published", "last_reviewed", "updated_at")
    list_filter = ("published",)
    search_fields = ("key", "title_fr", "title_nl")
    readonly_fields = ("updated_at",)
    inlines = [CitationInline]
    fieldsets = (
        (None, {"fields": ("title", "slug", "summary", "body")}),
        (
            _("Publication"),
            {"fields": ("key", "published", ("publish_from", "unpublish_after"), "last_reviewed", "updated_at")},
        ),
    )

    def render_change_form(self, request, context, *args, **kwargs):
        context["media"] = editor.media_with_nonce(context["media"], request)
        return editor.allow_editor(super().render_change_form(request, context, *args, **kwargs))


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
        return change_messages.readable(json.dumps(entry.changes)) if entry.changes else ""

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


@admin.register(Alert)
class AlertAdmin(TranslatedAdmin):
    """Publishers publish, schedule and withdraw the crisis alert; every page shows it at once."""

    list_display = ("message", "level", "published", "publish_from", "unpublish_after")
    list_filter = ("level", "published")
    fields = ("message", "level", "link", "published", ("publish_from", "unpublish_after"))

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        alerts.forget()

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        alerts.forget()

    def delete_queryset(self, request, queryset):
        super().delete_queryset(request, queryset)
        alerts.forget()


def link_to_our_page(url):
    """A link for a path of this site (as a visitor gave it), the text as it is otherwise."""
    if url.startswith("/") and url_has_allowed_host_and_scheme(url, allowed_hosts=set()):
        return format_html('<a href="{}">{}</a>', url, url)
    return url


@admin.register(Feedback)
class FeedbackAdmin(AuditedAdmin):
    """The inbox of the feedback form: publishers read the visitors' messages, record what they did
    (status, note) and mark them done. What a visitor wrote stays as written; nobody adds a message."""

    list_display = ("created_at", "status", "kind", "language", "summary", "page", "reply_possible")
    list_display_links = ("created_at", "summary")
    list_filter = ("status", "kind", "language", "created_at")
    search_fields = ("message", "page_url", "name", "email", "staff_note")
    date_hierarchy = "created_at"
    fields = ("created_at", "kind", "language", "page", "message", "name", "email", "status", "staff_note")
    readonly_fields = ("created_at", "kind", "language", "page", "message", "name", "email")
    actions = ["mark_in_progress", "mark_done"]

    def has_add_permission(self, request):
        return False

    @admin.display(description=_("message"))
    def summary(self, feedback):
        return Truncator(feedback.message).chars(80)

    @admin.display(description=_("page concerned"), ordering="page_url")
    def page(self, feedback):
        return link_to_our_page(feedback.page_url) or "—"

    @admin.display(description=_("reply possible"), boolean=True)
    def reply_possible(self, feedback):
        return bool(feedback.email)

    @admin.action(description=_("Mark as in progress"), permissions=["change"])
    def mark_in_progress(self, request, queryset):
        self._mark(request, queryset, FeedbackStatus.IN_PROGRESS)

    @admin.action(description=_("Mark as done"), permissions=["change"])
    def mark_done(self, request, queryset):
        self._mark(request, queryset, FeedbackStatus.DONE)

    def _mark(self, request, queryset, status):
        label = FeedbackStatus(status).label
        changed = set_feedback_status(queryset, status)
        for feedback in changed:
            audit.record(audit.AuditAction.BULK_ACTION, request=request, obj=feedback, detail=str(label))
        self.message_user(
            request,
            ngettext("%(count)d message is now “%(status)s”.", "%(count)d messages are now “%(status)s”.", len(changed))
            % {"count": len(changed), "status": label},
            messages.SUCCESS,
        )


# --- Search that always helps (issue 16) ----------------------------------------------------------


@admin.register(SearchBestBet)
class SearchBestBetAdmin(AuditedAdmin, RevisionsAdmin):
    """The ready answers the search page shows first, one per language (bps_portal/search_help.py)."""

    list_display = ("title", "language", "terms_list", "destination", "position", "active")
    list_filter = ("language", "destination", "active")
    search_fields = ("title", "text", "terms", "url")
    formfield_overrides = {models.TextField: {"widget": admin.widgets.AdminTextareaWidget(attrs={"rows": 3})}}
    fieldsets = (
        (None, {"fields": ("language", "terms", "title", "text")}),
        (_("Where it leads"), {"fields": ("destination", "url", "area", "actor")}),
        (_("Display"), {"fields": ("position", "active")}),
    )

    @admin.display(description=_("search terms"), ordering="terms")
    def terms_list(self, bet):
        return Truncator(", ".join(search_terms(bet.terms))).chars(80)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)
        if db_field.name == "area" and field is not None:
            # Both editions have an area 5: the edition tells them apart.
            field.queryset = field.queryset.select_related("edition")
            field.label_from_instance = lambda area: f"{area.edition.key} – {area}"
        return field


@admin.register(SearchSynonym)
class SearchSynonymAdmin(AuditedAdmin, RevisionsAdmin):
    """Words that mean the same to someone searching, per language: the search looks for them too."""

    list_display = ("term", "also", "language")
    list_filter = ("language",)
    search_fields = ("term", "also")
    fields = ("language", "term", "also")
