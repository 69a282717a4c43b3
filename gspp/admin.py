import re
import secrets

import reversion
from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TranslationTabularInline

from bps_portal import audit
from bps_portal.admin import CitationInline, DraftsAdmin, TranslatedAdmin, TranslatedSlugsAdmin
from gspp import imports, selectors, services
from gspp.models import (
    AreaContinuation,
    ContextFigure,
    EditionStatus,
    Measure,
    MeasureStatus,
    PlanEdition,
    ProgressUpdate,
    StrategicObjective,
    ThematicArea,
    earlier,
)
from gspp.views import MeasureDetailView

REFERENCE = re.compile(r"^\s*(\d+)\.(\d+)\s*$")
# Who may import yearly reports: publishers (the import writes progress on many measures at once).
IMPORT_PERMISSION = "gspp.publish_measure"
PENDING_IMPORT = "gspp_pending_import"  # the checked file, in the session, until it is confirmed


class ProgressImportForm(forms.Form):
    edition = forms.ModelChoiceField(
        queryset=PlanEdition.objects.order_by("-period_start"), label=_("Edition of the plan"), empty_label=None
    )
    file = forms.FileField(
        label=_("Report file (CSV or XLSX)"),
        help_text=_("One row per measure: reference, date, status, progress, note_fr, note_nl."),
    )


class StrategicObjectiveInline(TranslationTabularInline):
    model = StrategicObjective
    extra = 0


@admin.register(PlanEdition)
class PlanEditionAdmin(TranslatedAdmin):
    list_display = ("title", "key", "status", "adoption_date")
    list_filter = ("status",)
    search_fields = ("key", "title_fr", "title_nl")
    inlines = [StrategicObjectiveInline, CitationInline]


class ContextFigureInline(TranslationTabularInline):
    model = ContextFigure
    fields = ("text", "year", "source", "position")
    autocomplete_fields = ("source",)
    extra = 0


class AreaContinuationInline(admin.TabularInline):
    """The themes of earlier editions this area takes up: the plan's comparison of editions."""

    model = AreaContinuation
    fk_name = "area"
    fields = ("earlier_area", "source")
    autocomplete_fields = ("earlier_area", "source")
    extra = 0


@admin.register(ThematicArea)
class ThematicAreaAdmin(TranslatedSlugsAdmin):
    list_display = ("title", "number", "edition")
    list_filter = ("edition",)
    search_fields = ("title_fr", "title_nl")
    list_select_related = ("edition",)
    inlines = [ContextFigureInline, AreaContinuationInline, CitationInline]
    slug_source = "title"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("edition")  # in every choice's name


@admin.register(StrategicObjective)
class StrategicObjectiveAdmin(TranslatedAdmin):
    list_display = ("title", "number", "edition")
    list_filter = ("edition",)
    search_fields = ("title_fr", "title_nl")


class RecordedProgressInline(TranslationTabularInline):
    """The updates recorded so far: a record, never changed or deleted once the measure is
    published (a correction is a new update that names the one it corrects)."""

    model = ProgressUpdate
    extra = 0
    fields = ("date", "status", "progress", "note", "corrects")
    verbose_name_plural = _("progress updates recorded")

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and not (obj and obj.published)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and not (obj and obj.published)


class NewProgressInline(TranslationTabularInline):
    """A new update, dated today or earlier; it may correct one recorded before."""

    model = ProgressUpdate
    extra = 1
    max_num = 1
    fields = ("date", "status", "progress", "note", "corrects")
    verbose_name = _("new progress update")
    verbose_name_plural = _("new progress update")

    def get_queryset(self, request):
        return super().get_queryset(request).none()

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        corrects = formset.form.base_fields.get("corrects")
        if corrects is not None:
            corrects.queryset = obj.progress_updates.all() if obj else ProgressUpdate.objects.none()
        return formset


@admin.register(Measure)
class MeasureAdmin(DraftsAdmin, TranslatedSlugsAdmin):
    preview_view_class = MeasureDetailView
    # django-reversion's list (its "recover deleted" link), with the yearly reporting import.
    change_list_template = "admin/gspp/measure/change_list.html"
    list_display = ("reference_display", "title", "area", "status", "progress", "lead_actor", "last_progress_date")
    list_display_links = ("reference_display", "title")
    list_filter = (
        ("area__edition", admin.RelatedOnlyFieldListFilter),
        ("area", admin.RelatedOnlyFieldListFilter),
        "status",
        ("lead_actor", admin.RelatedOnlyFieldListFilter),
        "published",
        "is_demo",
    )
    search_fields = ("title_fr", "title_nl")
    autocomplete_fields = ("lead_actor", "partner_actors", "continues")
    filter_horizontal = ("objectives",)
    list_select_related = ("area__edition", "lead_actor")
    readonly_fields = ("status", "progress", "last_progress_date")
    slug_source = "title"
    inlines = [RecordedProgressInline, NewProgressInline, CitationInline]
    actions = [*TranslatedAdmin.actions, "mark_in_progress", "mark_delayed", "mark_completed", "mark_abandoned"]
    fieldsets = (
        (None, {"fields": ("area", "number", "title", "slug", "description")}),
        (_("Who"), {"fields": ("lead_actor", "partner_actors", "objectives")}),
        (
            _("Earlier edition"),
            {
                "fields": ("continues",),
                "description": _(
                    "The plan's pages show which measures carry on the previous edition's, which are new and which "
                    "were not carried over."
                ),
            },
        ),
        (
            _("Implementation"),
            {
                "fields": (
                    ("status", "progress", "last_progress_date"),
                    ("planned_start", "planned_end"),
                    ("actual_start", "actual_end"),
                ),
                "description": _("Status and progress follow the latest progress update below."),
            },
        ),
        (_("Publication"), {"fields": ("published", ("publish_from", "unpublish_after"), "is_demo")}),
    )

    def get_urls(self):
        return [
            path("import-progress/", self.admin_site.admin_view(self.import_view), name="gspp_measure_import"),
            path(
                "import-progress/template.xlsx",
                self.admin_site.admin_view(self.import_template_view),
                name="gspp_measure_template",
            ),
            *super().get_urls(),
        ]

    def import_view(self, request):
        """Upload a yearly report, see what each row would do (nothing written), then confirm."""
        if not request.user.has_perm(IMPORT_PERMISSION):
            raise PermissionDenied
        if request.method == "POST" and "confirm" in request.POST:
            return self.confirm_import(request)
        current = selectors.current_edition()
        form = ProgressImportForm(request.POST or None, request.FILES or None, initial={"edition": current})
        rows, token = None, None
        if request.method == "POST" and form.is_valid():
            edition = form.cleaned_data["edition"]
            try:
                rows = imports.check(imports.read_rows(form.cleaned_data["file"]), edition)
            except imports.UnreadableFile as error:
                form.add_error("file", str(error))
            else:
                token = secrets.token_urlsafe(16)
                request.session[PENDING_IMPORT] = {
                    "token": token,
                    "edition": edition.pk,
                    "file": form.cleaned_data["file"].name,
                    "rows": [(row.line, imports.serializable(row.values)) for row in rows],
                }
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": _("Import yearly progress reports"),
            "form": form,
            "rows": rows,
            "token": token,
            "counts": imports.counts(rows) if rows is not None else None,
        }
        return TemplateResponse(request, "admin/gspp/measure/import_progress.html", context)

    def confirm_import(self, request):
        pending = request.session.get(PENDING_IMPORT)
        if not pending or pending["token"] != request.POST.get("token"):
            self.message_user(request, _("This import was already confirmed or has expired: upload the file again."),
                              messages.ERROR)  # fmt: skip
            return redirect("admin:gspp_measure_import")
        edition = PlanEdition.objects.get(pk=pending["edition"])
        rows = [imports.Row(line, values) for line, values in pending["rows"]]
        imports.check(rows, edition)  # again: the data may have changed since the dry run
        with reversion.create_revision():
            reversion.set_user(request.user)
            reversion.set_comment(_("Yearly report imported: %(file)s") % {"file": pending["file"]})
            updates = imports.apply(rows)
            for update in updates:
                reversion.add_to_revision(update)
                reversion.add_to_revision(update.measure)
        del request.session[PENDING_IMPORT]
        detail = _("%(file)s: %(count)d progress updates") % {"file": pending["file"], "count": len(updates)}
        audit.record(audit.AuditAction.IMPORT, request=request, obj=edition, detail=detail)
        self.message_user(
            request,
            ngettext("%(count)d progress update recorded.", "%(count)d progress updates recorded.", len(updates))
            % {"count": len(updates)},
            messages.SUCCESS,
        )
        return redirect(reverse("admin:gspp_measure_changelist") + f"?area__edition__id__exact={edition.pk}")

    def import_template_view(self, request):
        if not request.user.has_perm(IMPORT_PERMISSION):
            raise PermissionDenied
        edition = selectors.current_edition() or PlanEdition.objects.order_by("-period_start").first()
        response = HttpResponse(
            imports.template_workbook(edition),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
        response["Content-Disposition"] = f'attachment; filename="progress-{edition.key}.xlsx"'
        return response

    def changelist_view(self, request, extra_context=None):
        extra_context = {**(extra_context or {}), "can_import": request.user.has_perm(IMPORT_PERMISSION)}
        return super().changelist_view(request, extra_context)

    @admin.display(description=_("reference"), ordering="number")
    def reference_display(self, measure):
        return measure.reference

    def get_form(self, request, obj=None, **kwargs):
        """The objectives chosen belong to the edition of the measure's area (checked here too,
        for a new measure whose area is chosen in the same form)."""
        form_class = super().get_form(request, obj, **kwargs)

        class OneEditionForm(form_class):
            def clean(form):
                cleaned = super().clean()
                area, chosen = cleaned.get("area"), cleaned.get("objectives")
                if area is not None and chosen and any(item.edition_id != area.edition_id for item in chosen):
                    form.add_error("objectives", _("Choose objectives of the edition of the measure's area."))
                continued = cleaned.get("continues")
                if area is not None and continued and not all(earlier(m.area.edition, area.edition) for m in continued):
                    form.add_error("continues", _("Choose measures of an earlier edition of the plan."))
                return cleaned

        return OneEditionForm

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        """The objectives offered are those of the measure's edition, each named with it."""
        if db_field.name == "objectives":
            objectives = StrategicObjective.objects.select_related("edition")
            object_id = request.resolver_match.kwargs.get("object_id") if request.resolver_match else None
            area = ThematicArea.objects.filter(measures__pk=object_id).first() if object_id else None
            kwargs["queryset"] = objectives.filter(edition_id=area.edition_id) if area else objectives
        field = super().formfield_for_manytomany(db_field, request, **kwargs)
        if db_field.name == "objectives":
            field.label_from_instance = lambda objective: objective.label_with_edition
        return field

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "area":
            areas = ThematicArea.objects.select_related("edition")
            kwargs["queryset"] = areas.order_by("-edition__period_start", "number")
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)
        if db_field.name == "area":
            field.label_from_instance = lambda area: area.label_with_edition
        return field

    def preview_queryset(self):
        return selectors.measure_details()

    def preview_object(self, measure):
        """Partners chosen in the draft, as the page lists them (active ones)."""
        drafted = getattr(measure, "_prefetched_objects_cache", {}).get("partner_actors")
        if drafted is not None:
            measure.active_partners = [actor for actor in drafted if actor.active]
        return measure

    def get_search_results(self, request, queryset, search_term):
        """A reference such as 3.4 finds that measure; words search both languages' titles. The
        "continues" field's autocomplete offers measures of earlier editions only."""
        if request.GET.get("field_name") == "continues":
            queryset = queryset.exclude(area__edition__status=EditionStatus.CURRENT)
        match = REFERENCE.match(search_term)
        if match:
            return queryset.filter(area__number=int(match[1]), number=int(match[2])), False
        return super().get_search_results(request, queryset, search_term)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        services.sync_measure_with_latest_update(form.instance)

    def _mark(self, request, queryset, status):
        """One progress update dated today per measure not already in that status; the message
        counts the measures that changed."""
        label = MeasureStatus(status).label
        count = 0
        for measure in queryset.exclude(status=status):
            services.record_progress_update(
                measure,
                date=timezone.localdate(),
                status=status,
                progress=100 if status == "completed" else measure.progress,
            )
            reversion.add_to_revision(measure)  # its status changed by update(), which reversion does not see
            audit.record(audit.AuditAction.BULK_ACTION, request=request, obj=measure, detail=str(label))
            count += 1
        reversion.set_comment(str(label))
        self.message_user(
            request,
            ngettext("%(count)d measure is now “%(status)s”.", "%(count)d measures are now “%(status)s”.", count)
            % {"count": count, "status": label},
            messages.SUCCESS,
        )

    @admin.action(description=_("Mark as in progress"), permissions=["change"])
    def mark_in_progress(self, request, queryset):
        self._mark(request, queryset, MeasureStatus.IN_PROGRESS)

    @admin.action(description=_("Mark as delayed"), permissions=["change"])
    def mark_delayed(self, request, queryset):
        self._mark(request, queryset, MeasureStatus.DELAYED)

    @admin.action(description=_("Mark as completed"), permissions=["change"])
    def mark_completed(self, request, queryset):
        self._mark(request, queryset, MeasureStatus.COMPLETED)

    @admin.action(description=_("Mark as abandoned"), permissions=["change"])
    def mark_abandoned(self, request, queryset):
        self._mark(request, queryset, MeasureStatus.ABANDONED)
