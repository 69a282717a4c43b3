from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import Avg, Count, F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from bps_portal.models import ConstraintErrorsOnFields, Publishable, PublishableQuerySet, TranslationStatus, live


class EditionStatus(models.TextChoices):
    CURRENT = "current", pgettext_lazy("plan edition", "current")
    PAST = "past", pgettext_lazy("plan edition", "past")
    DRAFT = "draft", pgettext_lazy("plan edition", "draft")


class MeasureStatus(models.TextChoices):
    NOT_REPORTED = "not_reported", _("no progress reported yet")
    PLANNED = "planned", _("planned")
    IN_PROGRESS = "in_progress", _("in progress")
    COMPLETED = "completed", _("completed")
    DELAYED = "delayed", _("delayed")
    ABANDONED = "abandoned", _("abandoned")


# Statuses whose progress counts in an area's average: an abandoned measure will not progress,
# and a measure with nothing reported has no progress to count.
STATUSES_IN_PROGRESS_AVERAGE = [
    MeasureStatus.PLANNED,
    MeasureStatus.IN_PROGRESS,
    MeasureStatus.COMPLETED,
    MeasureStatus.DELAYED,
]


class PlanEditionQuerySet(models.QuerySet):
    def public(self):
        return self.exclude(status=EditionStatus.DRAFT)


class PlanEdition(TranslationStatus, models.Model):
    key = models.SlugField(
        _("key"), max_length=20, unique=True, help_text=_("The period, e.g. 2021-2024; also the edition's address.")
    )
    title = models.CharField(_("title"), max_length=250)
    period_start = models.PositiveSmallIntegerField(_("first year"))
    period_end = models.PositiveSmallIntegerField(_("last year"))
    adoption_date = models.DateField(_("adoption date"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=EditionStatus.choices, default=EditionStatus.DRAFT)
    summary = models.TextField(_("summary"), blank=True)
    document_url = models.URLField(_("official document"), blank=True, help_text=_("Link to the plan as published."))
    measures_in_plan = models.PositiveSmallIntegerField(
        _("measures in the plan"),
        null=True,
        blank=True,
        help_text=_("How many measures the plan itself counts, whether or not the portal shows them all."),
    )

    objects = PlanEditionQuerySet.as_manager()

    class Meta:
        verbose_name = _("plan edition")
        verbose_name_plural = _("plan editions")
        ordering = ["-period_start"]
        constraints = [
            models.UniqueConstraint(
                fields=["status"], condition=Q(status="current"), name="planedition_one_current_edition"
            ),
            models.CheckConstraint(condition=Q(period_end__gte=F("period_start")), name="planedition_period_in_order"),
            models.CheckConstraint(condition=Q(status__in=EditionStatus.values), name="planedition_status_valid"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("gspp:edition_detail", kwargs={"edition": self.key})

    @property
    def period(self):
        return f"{self.period_start}-{self.period_end}"

    @property
    def is_past(self):
        return self.status == EditionStatus.PAST


class WithEditionLabel:
    """Admin choice lists say the edition: "3. Drogues et assuétudes (2021-2024)"."""

    @property
    def label_with_edition(self):
        return f"{self} ({self.edition.key})"


class StrategicObjective(WithEditionLabel, TranslationStatus, models.Model):
    edition = models.ForeignKey(
        PlanEdition, verbose_name=_("edition"), on_delete=models.CASCADE, related_name="objectives"
    )
    number = models.PositiveSmallIntegerField(_("number"))
    title = models.CharField(_("title"), max_length=300)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        verbose_name = _("strategic objective")
        verbose_name_plural = _("strategic objectives")
        ordering = ["edition", "number"]
        constraints = [
            models.UniqueConstraint(fields=["edition", "number"], name="objective_unique_number_in_edition"),
        ]

    def __str__(self):
        return f"{self.number}. {self.title}"


class ThematicAreaQuerySet(models.QuerySet):
    def with_rollup(self):
        """Each area's counts of published measures by status and its average progress.

        The average leaves out abandoned measures and those with nothing reported; an area
        without such measures has no average (None), not 0.
        """
        published = live("measures__")
        counts = {
            f"count_{status}": Count("measures", filter=published & Q(measures__status=status))
            for status in MeasureStatus.values
        }
        return self.annotate(
            measure_count=Count("measures", filter=published),
            average_progress=Avg(
                "measures__progress", filter=published & Q(measures__status__in=STATUSES_IN_PROGRESS_AVERAGE)
            ),
            **counts,
        )


class ThematicArea(WithEditionLabel, TranslationStatus, models.Model):
    edition = models.ForeignKey(PlanEdition, verbose_name=_("edition"), on_delete=models.CASCADE, related_name="areas")
    number = models.PositiveSmallIntegerField(_("number"))
    title = models.CharField(_("title"), max_length=250)
    slug = models.SlugField(_("slug"), max_length=250)
    summary = models.CharField(_("summary"), max_length=400, blank=True)
    description = models.TextField(_("description"), blank=True)
    theme_page_url = models.URLField(
        _("theme page of safe.brussels"), blank=True, help_text=_("The page where BPS presents this theme.")
    )

    objects = ThematicAreaQuerySet.as_manager()

    class Meta:
        verbose_name = _("thematic area")
        verbose_name_plural = _("thematic areas")
        ordering = ["edition", "number"]
        constraints = [
            models.UniqueConstraint(fields=["edition", "number"], name="area_unique_number_in_edition"),
            models.UniqueConstraint(fields=["edition", "slug_fr"], name="area_unique_slug_fr_in_edition"),
            models.UniqueConstraint(fields=["edition", "slug_nl"], name="area_unique_slug_nl_in_edition"),
        ]

    def __str__(self):
        return f"{self.number}. {self.title}"

    def get_absolute_url(self):
        return reverse("gspp:area_detail", kwargs={"edition": self.edition.key, "slug": self.slug})

    @property
    def measures_averaged(self):
        """How many measures the average counts, from `with_rollup()` annotations."""
        return sum(getattr(self, f"count_{status}", 0) for status in STATUSES_IN_PROGRESS_AVERAGE)

    @property
    def measures_left_out_of_average(self):
        return getattr(self, "measure_count", 0) - self.measures_averaged

    def status_counts(self):
        """[(status, label, count)] from `with_rollup()` annotations, statuses with no measure left out."""
        return [
            (status, label, getattr(self, f"count_{status}", 0))
            for status, label in MeasureStatus.choices
            if getattr(self, f"count_{status}", 0)
        ]


class AreaContinuation(models.Model):
    """A thematic area takes up a theme of an earlier edition: how the editions' areas line up.

    With a source, the link is what the source says; without one, it is BPS's reading of the two
    plans (same subject, same or nearly the same name), and the portal says so.
    """

    area = models.ForeignKey(
        ThematicArea, verbose_name=_("thematic area"), on_delete=models.CASCADE, related_name="continuations"
    )
    earlier_area = models.ForeignKey(
        ThematicArea,
        verbose_name=_("takes up the theme"),
        on_delete=models.CASCADE,
        related_name="later_continuations",
        help_text=_("A thematic area of an earlier edition of the plan."),
    )
    source = models.ForeignKey(
        "bps_portal.Source",
        verbose_name=_("source"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="area_continuations",
        help_text=_("Leave it blank when the link is our own reading of the two plans."),
    )

    class Meta:
        verbose_name = _("theme taken up")
        verbose_name_plural = _("themes taken up")
        ordering = ["area", "earlier_area"]
        constraints = [
            models.UniqueConstraint(fields=["area", "earlier_area"], name="continuation_unique_pair"),
        ]

    def __str__(self):
        return f"{self.area.label_with_edition} ← {self.earlier_area.label_with_edition}"

    def clean(self):
        if self.area_id and self.earlier_area_id and not earlier(self.earlier_area.edition, self.area.edition):
            raise ValidationError({"earlier_area": _("Choose a thematic area of an earlier edition.")})


def earlier(edition, than):
    """Whether `edition` came before `than`."""
    return edition.period_start < than.period_start


class MeasureQuerySet(PublishableQuerySet):
    def natural_order(self):
        """3.9 before 3.10: by area number, then measure number."""
        return self.order_by("area__edition__period_start", "area__number", F("number").asc(nulls_last=True), "pk")


class Measure(ConstraintErrorsOnFields, TranslationStatus, Publishable):
    area = models.ForeignKey(
        ThematicArea, verbose_name=_("thematic area"), on_delete=models.PROTECT, related_name="measures"
    )
    number = models.PositiveSmallIntegerField(
        _("number in its area"),
        null=True,
        blank=True,
        help_text=_(
            "Measure 3.4 is number 4 of area 3; its reference follows. Leave it blank when no source gives the number."
        ),
    )
    title = models.CharField(_("title"), max_length=300)
    slug = models.SlugField(_("slug"), max_length=250)
    description = models.TextField(_("description"), blank=True)
    objectives = models.ManyToManyField(
        StrategicObjective, verbose_name=_("strategic objectives"), blank=True, related_name="measures"
    )
    lead_actor = models.ForeignKey(
        "agencies.Actor",
        verbose_name=_("lead actor"),
        # An actor that leads a measure is not deleted until the measure is given another lead.
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="led_measures",
    )
    partner_actors = models.ManyToManyField(
        "agencies.Actor", verbose_name=_("partner actors"), blank=True, related_name="supported_measures"
    )
    status = models.CharField(
        _("status"), max_length=12, choices=MeasureStatus.choices, default=MeasureStatus.NOT_REPORTED
    )
    progress = models.PositiveSmallIntegerField(_("progress (%)"), default=0, validators=[MaxValueValidator(100)])
    planned_start = models.DateField(_("planned start"), null=True, blank=True)
    planned_end = models.DateField(_("planned end"), null=True, blank=True)
    actual_start = models.DateField(_("actual start"), null=True, blank=True)
    actual_end = models.DateField(_("actual end"), null=True, blank=True)
    last_progress_date = models.DateField(
        _("last update"), null=True, blank=True, editable=False, help_text=_("Date of the latest progress update.")
    )
    is_demo = models.BooleanField(_("demonstration content"), default=False)
    continues = models.ManyToManyField(
        "self",
        verbose_name=_("continues"),
        symmetrical=False,
        blank=True,
        related_name="continued_by",
        help_text=_("The measures of an earlier edition of the plan that this measure carries on."),
    )

    objects = MeasureQuerySet.as_manager()
    constraint_fields = {"measure_unique_reference": "number"}

    class Meta:
        verbose_name = _("measure")
        verbose_name_plural = _("measures")
        ordering = ["area", F("number").asc(nulls_last=True), "pk"]
        permissions = [("publish_measure", _("Can publish, schedule and restore measures"))]
        constraints = [
            models.UniqueConstraint(
                fields=["area", "number"],
                name="measure_unique_reference",
                violation_error_code="measure_unique_reference",
                violation_error_message=_("This area already has a measure with this number."),
            ),
            models.UniqueConstraint(fields=["slug_fr"], name="measure_unique_slug_fr"),
            models.UniqueConstraint(fields=["slug_nl"], name="measure_unique_slug_nl"),
            models.CheckConstraint(condition=Q(progress__gte=0, progress__lte=100), name="measure_progress_0_100"),
            models.CheckConstraint(condition=Q(status__in=MeasureStatus.values), name="measure_status_valid"),
            models.CheckConstraint(
                condition=Q(planned_end__isnull=True)
                | Q(planned_start__isnull=True)
                | Q(planned_end__gte=F("planned_start")),
                name="measure_planned_dates_in_order",
            ),
            models.CheckConstraint(
                condition=Q(actual_end__isnull=True)
                | Q(actual_start__isnull=True)
                | Q(actual_end__gte=F("actual_start")),
                name="measure_actual_dates_in_order",
            ),
        ]

    def __str__(self):
        return f"{self.reference} {self.title}"

    def get_absolute_url(self):
        return reverse("gspp:measure_detail", kwargs={"edition": self.area.edition.key, "slug": self.slug})

    @property
    def reference(self):
        """The measure's reference, the same in both languages: area number, dot, measure number
        ("3.–" while no source gives the measure's number)."""
        return f"{self.area.number}.{'–' if self.number is None else self.number}"


class ProgressUpdate(ConstraintErrorsOnFields):
    """A dated step in a measure's implementation. The latest one is the measure's current state."""

    constraint_fields = {"update_completed_is_100": "progress", "update_not_reported_is_0": "progress"}

    measure = models.ForeignKey(
        Measure, verbose_name=_("measure"), on_delete=models.CASCADE, related_name="progress_updates"
    )
    date = models.DateField(_("date"))
    status = models.CharField(_("status"), max_length=12, choices=MeasureStatus.choices)
    progress = models.PositiveSmallIntegerField(_("progress (%)"), validators=[MaxValueValidator(100)])
    note = models.TextField(_("note"), blank=True)
    corrects = models.ForeignKey(
        "self",
        verbose_name=_("corrects the update of"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="corrections",
        help_text=_("A published update is never changed: a correction is a new update that names it."),
    )
    created_at = models.DateTimeField(_("recorded at"), auto_now_add=True)

    class Meta:
        verbose_name = _("progress update")
        verbose_name_plural = _("progress updates")
        ordering = ["-date", "-id"]
        constraints = [
            models.CheckConstraint(condition=Q(progress__gte=0, progress__lte=100), name="update_progress_0_100"),
            models.CheckConstraint(condition=Q(status__in=MeasureStatus.values), name="update_status_valid"),
            models.CheckConstraint(
                condition=~Q(status=MeasureStatus.COMPLETED) | Q(progress=100),
                name="update_completed_is_100",
                violation_error_code="update_completed_is_100",
                violation_error_message=_("A completed measure is 100 %% done."),
            ),
            models.CheckConstraint(
                condition=~Q(status=MeasureStatus.NOT_REPORTED) | Q(progress=0),
                name="update_not_reported_is_0",
                violation_error_code="update_not_reported_is_0",
                violation_error_message=_("With nothing reported, progress is 0 %%."),
            ),
        ]

    def __str__(self):
        return f"{self.date:%Y-%m-%d} {self.get_status_display()} {self.progress}%"

    def clean(self):
        """A record of what happened: dated today or earlier, status and percentage agreeing."""
        errors = {}
        if self.date and self.date > timezone.localdate():
            errors["date"] = _("A progress update is dated today or earlier.")
        if self.status == MeasureStatus.ABANDONED and self.measure_id and self.date:
            earlier = self.measure.progress_updates.exclude(pk=self.pk).filter(date__lte=self.date).first()
            if earlier is not None and self.progress != earlier.progress:
                errors["progress"] = _("An abandoned measure keeps its last percentage: %(progress)d %%.") % {
                    "progress": earlier.progress
                }
        if self.corrects_id and self.measure_id and self.corrects.measure_id != self.measure_id:
            errors["corrects"] = _("A correction names an update of the same measure.")
        if errors:
            raise ValidationError(errors)


class ContextFigure(models.Model):
    """A dated figure that sets the scene of a thematic area, with the source it was read in."""

    area = models.ForeignKey(
        ThematicArea, verbose_name=_("thematic area"), on_delete=models.CASCADE, related_name="context_figures"
    )
    text = models.CharField(
        _("figure"), max_length=300, help_text=_("One sentence, with the figure and what it counts.")
    )
    year = models.PositiveSmallIntegerField(_("year"), help_text=_("The year the figure is about."))
    source = models.ForeignKey(
        "bps_portal.Source", verbose_name=_("source"), on_delete=models.PROTECT, related_name="context_figures"
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("context figure")
        verbose_name_plural = _("context figures")
        ordering = ["area", "position", "id"]

    def __str__(self):
        return f"{self.text} ({self.year})"
