from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from bps_portal.sanitizer import validate_kept_by_sanitizer


class ConstraintErrorsOnFields(models.Model):
    """Shows a check constraint's error next to the field it concerns, not above the form.

    `constraint_fields` maps a constraint's name to its field; the constraint's
    `violation_error_code` must be its name.
    """

    constraint_fields = {}

    class Meta:
        abstract = True

    def validate_constraints(self, exclude=None):
        try:
            super().validate_constraints(exclude)
        except ValidationError as error:
            errors = {}
            for field, messages in error.error_dict.items():
                for message in messages:
                    errors.setdefault(self.constraint_fields.get(message.code, field), []).append(message)
            raise ValidationError(errors) from error


def live(prefix="", now=None):
    """The one rule of what the public sees: published, and within its publication window.

    `prefix` reaches the fields through a relation ("measures__"). The clock decides: a page
    scheduled for 9:00 is public at 9:00, with no job to run.
    """
    now = now or timezone.now()
    return (
        Q(**{f"{prefix}published": True})
        & (Q(**{f"{prefix}publish_from__isnull": True}) | Q(**{f"{prefix}publish_from__lte": now}))
        & (Q(**{f"{prefix}unpublish_after__isnull": True}) | Q(**{f"{prefix}unpublish_after__gt": now}))
    )


class TranslationStatus(models.Model):
    """When each language's text last changed, so that a text changed in one language flags the
    other as outdated until an editor updates it or marks it checked (TranslatedAdmin)."""

    fr_changed_at = models.DateTimeField(_("French text changed at"), null=True, blank=True, editable=False)
    nl_changed_at = models.DateTimeField(_("Dutch text changed at"), null=True, blank=True, editable=False)

    class Meta:
        abstract = True


def translation_outdated(language):
    """Q for objects whose text in `language` is older than in the other language."""
    other = "nl" if language == "fr" else "fr"
    changed, other_changed = f"{language}_changed_at", f"{other}_changed_at"
    return Q(**{f"{other_changed}__gt": F(changed)}) | Q(
        **{f"{changed}__isnull": True, f"{other_changed}__isnull": False}
    )


class PublishableQuerySet(models.QuerySet):
    def published(self):
        """What the public sees now (see `live`)."""
        return self.filter(live())


class Publishable(models.Model):
    """Content the public sees once published, between two optional dates."""

    published = models.BooleanField(
        _("published"), default=False, help_text=_("New content starts as a draft that only staff see.")
    )
    publish_from = models.DateTimeField(
        _("publish from"), null=True, blank=True, help_text=_("Empty: as soon as it is published.")
    )
    unpublish_after = models.DateTimeField(_("withdraw after"), null=True, blank=True, help_text=_("Empty: never."))

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.publish_from and self.unpublish_after and self.unpublish_after <= self.publish_from:
            raise ValidationError({"unpublish_after": _("The withdrawal comes after the publication.")})


class Page(TranslationStatus, Publishable):
    """An editorial page (about BPS, accessibility statement, privacy) edited by staff."""

    key = models.SlugField(
        _("key"),
        max_length=50,
        unique=True,
        help_text=_("Stable identifier, the same in every language; used by links in templates."),
    )
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, help_text=_("The last part of the page's address."))
    summary = models.CharField(
        _("summary"), max_length=300, blank=True, help_text=_("One sentence, shown to search engines.")
    )
    body = models.TextField(
        _("body"),
        blank=True,
        help_text=_("Headings 2 to 4, paragraphs, lists, links, bold, italic and tables; nothing else is shown."),
        validators=[validate_kept_by_sanitizer],
    )
    last_reviewed = models.DateField(_("last reviewed"), null=True, blank=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = PublishableQuerySet.as_manager()

    class Meta:
        verbose_name = _("editorial page")
        verbose_name_plural = _("editorial pages")
        ordering = ["key"]
        permissions = [("publish_page", _("Can publish, schedule and restore editorial pages"))]
        constraints = [
            models.UniqueConstraint(fields=["slug_fr"], name="page_unique_slug_fr"),
            models.UniqueConstraint(fields=["slug_nl"], name="page_unique_slug_nl"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("page_detail", kwargs={"slug": self.slug})


class OldSlug(models.Model):
    """A slug an object had in one language before staff changed it: its old address redirects."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    language = models.CharField(_("language"), max_length=5)
    slug = models.SlugField(_("slug"), max_length=250)
    changed_at = models.DateTimeField(_("changed at"), auto_now_add=True)

    class Meta:
        verbose_name = _("former address")
        verbose_name_plural = _("former addresses")
        ordering = ["-changed_at"]
        constraints = [
            models.UniqueConstraint(fields=["content_type", "language", "slug"], name="oldslug_unique_per_language"),
        ]

    def __str__(self):
        return f"{self.language}: {self.slug}"


class AuditAction(models.TextChoices):
    CREATE = "create", _("created")
    CHANGE = "change", _("changed")
    DELETE = "delete", _("deleted")
    BULK_ACTION = "bulk_action", _("bulk action")
    DRAFT = "draft", _("draft saved")
    PUBLISH = "publish", _("published")
    RESTORE = "restore", _("restored")
    PERMISSIONS = "permissions", _("permissions changed")
    LOGIN = "login", _("logged in")
    LOGOUT = "logout", _("logged out")
    LOGIN_FAILED = "login_failed", _("failed login")
    TWO_FACTOR = "two_factor", _("two-factor authentication")
    PASSWORD = "password", _("password")
    COMMAND = "command", _("command")
    IMPORT = "import", _("imported")


class AuditEntry(models.Model):
    """One thing someone did, for the record: who, when, what, from where. Never edited."""

    at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("user"), on_delete=models.SET_NULL, null=True, blank=True
    )
    username = models.CharField(_("user name"), max_length=150, blank=True, help_text=_("As typed or at the time."))
    action = models.CharField(_("action"), max_length=20, choices=AuditAction.choices, db_index=True)
    content_type = models.ForeignKey(
        ContentType, verbose_name=_("kind of record"), on_delete=models.SET_NULL, null=True, blank=True
    )
    object_id = models.CharField(_("record"), max_length=64, blank=True)
    object_repr = models.CharField(_("record"), max_length=250, blank=True)
    changes = models.JSONField(_("what changed"), default=list, blank=True)
    detail = models.CharField(_("detail"), max_length=250, blank=True)
    ip_address = models.GenericIPAddressField(_("from address"), null=True, blank=True)

    class Meta:
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit log")
        ordering = ["-at", "-id"]
        # Entries are written by the code, never added, changed or deleted by anyone.
        default_permissions = ("view",)

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} {self.username} {self.get_action_display()} {self.object_repr}".strip()


class Draft(models.Model):
    """Changes to a published page or measure that wait to be published: the public keeps seeing
    the published version. The values are those of the admin form, one per field."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    data = models.JSONField(_("changes"), default=dict)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("author"), on_delete=models.SET_NULL, null=True, blank=True
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("draft")
        verbose_name_plural = _("drafts")
        constraints = [models.UniqueConstraint(fields=["content_type", "object_id"], name="draft_one_per_object")]

    def __str__(self):
        return f"{self.content_type} {self.object_id}"


class AlertLevel(models.TextChoices):
    INFORMATION = "information", _("information")
    WARNING = "warning", _("warning")
    EMERGENCY = "emergency", _("emergency")


class Alert(TranslationStatus, Publishable):
    """A short message at the top of every public page in a crisis, from its publication until it
    is withdrawn or its withdrawal date passes."""

    message = models.CharField(_("message"), max_length=300)
    level = models.CharField(_("level"), max_length=12, choices=AlertLevel.choices, default=AlertLevel.INFORMATION)
    link = models.URLField(_("link"), blank=True, help_text=_("Where to read more (optional)."))
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = PublishableQuerySet.as_manager()

    class Meta:
        verbose_name = _("alert")
        verbose_name_plural = _("alerts")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(condition=Q(level__in=AlertLevel.values), name="alert_level_valid"),
        ]

    def __str__(self):
        return self.message


SOURCE_LANGUAGES = [("fr", _("French")), ("nl", _("Dutch")), ("en", _("English"))]


class Source(models.Model):
    """A public document a fact of the portal was read in, as staff need it to check the fact again."""

    key = models.SlugField(_("key"), max_length=80, unique=True)
    title = models.CharField(_("title"), max_length=300, help_text=_("As the source itself gives it."))
    publisher = models.CharField(_("publisher"), max_length=200, blank=True)
    url = models.URLField(_("address"), max_length=500, blank=True)
    published = models.CharField(
        _("publication date"), max_length=40, blank=True, help_text=_("As precise as the source says: a year will do.")
    )
    language = models.CharField(_("language"), max_length=2, choices=SOURCE_LANGUAGES, blank=True)
    seen = models.DateField(_("date seen"), null=True, blank=True, help_text=_("When BPS last read the source."))
    note = models.TextField(_("what it supports"), blank=True)

    class Meta:
        verbose_name = _("source")
        verbose_name_plural = _("sources")
        ordering = ["title"]

    def __str__(self):
        return f"{self.title} ({self.publisher})" if self.publisher else self.title


class Citation(models.Model):
    """Ties a record (an actor, a contact point, a measure…) to a source that supports its facts."""

    source = models.ForeignKey(Source, verbose_name=_("source"), on_delete=models.PROTECT, related_name="citations")
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    content_object = GenericForeignKey("content_type", "object_id")
    facts = models.CharField(
        _("facts supported"), max_length=200, blank=True, help_text=_("Which facts of the record, if not all.")
    )

    class Meta:
        verbose_name = _("source cited")
        verbose_name_plural = _("sources cited")
        constraints = [
            models.UniqueConstraint(fields=["source", "content_type", "object_id"], name="citation_unique_per_record")
        ]
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self):
        return str(self.source)


class SeedRecord(models.Model):
    """What `load_initial_data` last shipped for one record, so that a later correction in the
    data files reaches the fields staff have not changed, and never the ones they have."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    seed_key = models.CharField(max_length=200)
    object_id = models.PositiveBigIntegerField()
    # {field: {"file": value as the data file gave it, "saved": value as it was saved}}
    shipped = models.JSONField(default=dict)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["content_type", "seed_key"], name="seedrecord_unique_key")]

    def __str__(self):
        return f"{self.content_type.model} {self.seed_key}"


class FeedbackKind(models.TextChoices):
    ACCESSIBILITY = "accessibility", _("An accessibility problem")
    CORRECTION = "correction", _("A correction to a contact or to a partner’s details")
    OTHER = "other", _("Something else")


class FeedbackStatus(models.TextChoices):
    NEW = "new", _("new")
    IN_PROGRESS = "in_progress", _("in progress")
    DONE = "done", _("done")


class Feedback(models.Model):
    """A message a visitor sent with the feedback form: the portal's electronic channel for
    accessibility problems (EU directive 2016/2102) and corrections. Staff read it in the admin,
    never change what the visitor wrote, and record what they did. The sender's address on the
    network is not kept."""

    MESSAGE_MAX_LENGTH = 5000

    kind = models.CharField(_("subject"), max_length=20, choices=FeedbackKind.choices)
    page_url = models.CharField(
        _("page concerned"),
        max_length=500,
        blank=True,
        help_text=_("As the visitor gave it, or the page they came from."),
    )
    message = models.TextField(_("message"))
    name = models.CharField(_("name"), max_length=150, blank=True)
    email = models.EmailField(_("e-mail address"), blank=True, help_text=_("Only to answer this message."))
    language = models.CharField(_("language"), max_length=2, choices=settings.LANGUAGES)
    created_at = models.DateTimeField(_("received at"), auto_now_add=True, db_index=True)
    status = models.CharField(_("status"), max_length=12, choices=FeedbackStatus.choices, default=FeedbackStatus.NEW)
    staff_note = models.TextField(_("staff note"), blank=True, help_text=_("What was done; the visitor never sees it."))

    class Meta:
        verbose_name = _("message from a visitor")
        verbose_name_plural = _("messages from visitors")
        ordering = ["-created_at", "-id"]
        # Messages come from the public form only: staff read, handle and delete them, never add one.
        default_permissions = ("view", "change", "delete")
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=FeedbackKind.values), name="feedback_kind_valid"),
            models.CheckConstraint(condition=Q(status__in=FeedbackStatus.values), name="feedback_status_valid"),
            models.CheckConstraint(
                condition=Q(language__in=[code for code, _name in settings.LANGUAGES]), name="feedback_language_valid"
            ),
            models.CheckConstraint(condition=~Q(message=""), name="feedback_message_not_empty"),
        ]

    def __str__(self):
        if self.created_at is None:
            return str(self.get_kind_display())
        return f"{self.get_kind_display()}, {timezone.localtime(self.created_at):%Y-%m-%d %H:%M}"


class SearchDestination(models.TextChoices):
    ADDRESS = "address", _("the address given")
    POLICE_ZONES = "police_zones", _("which police zone serves my commune")
    EMERGENCY = "emergency", _("the emergency numbers 112 and 101")
    DIRECTORY = "directory", _("the partner directory")
    MEASURES = "measures", _("the measure finder")
    PLAN = "plan", _("the plan in force")
    AREA = "area", _("a thematic area")
    ACTOR = "actor", _("a partner")


SEARCH_LANGUAGES = [("fr", _("French")), ("nl", _("Dutch"))]


def search_terms(text):
    """The words or phrases of a comma- or line-separated list, as staff typed them."""
    return [term.strip() for line in (text or "").splitlines() for term in line.split(",") if term.strip()]


class SearchBestBetQuerySet(models.QuerySet):
    def shown_in(self, language):
        return self.filter(active=True, language=language)


class SearchBestBet(models.Model):
    """A ready answer shown above the search results when the words typed contain one of its terms
    (bps_portal.search_help): "porter plainte" points to the police zone finder."""

    language = models.CharField(_("language"), max_length=2, choices=SEARCH_LANGUAGES)
    terms = models.TextField(
        _("search terms"),
        help_text=_(
            "Words or phrases, separated by commas: a search that contains one of them shows this answer first. "
            "Capitals and accents do not matter."
        ),
    )
    title = models.CharField(_("title"), max_length=200)
    text = models.CharField(_("short text"), max_length=300, blank=True)
    destination = models.CharField(
        _("leads to"), max_length=20, choices=SearchDestination.choices, default=SearchDestination.ADDRESS
    )
    url = models.CharField(
        _("address"),
        max_length=500,
        blank=True,
        help_text=_("For “the address given”: a page of the portal (/fr/…, /nl/…) or an address starting https://."),
    )
    area = models.ForeignKey(
        "gspp.ThematicArea",
        verbose_name=_("thematic area"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("For “a thematic area”."),
    )
    actor = models.ForeignKey(
        "agencies.Actor",
        verbose_name=_("partner"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("For “a partner”."),
    )
    position = models.PositiveSmallIntegerField(
        _("position"), default=100, help_text=_("When several answers match, the lowest number comes first.")
    )
    active = models.BooleanField(_("shown"), default=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    objects = SearchBestBetQuerySet.as_manager()

    class Meta:
        verbose_name = _("search answer")
        verbose_name_plural = _("search answers")
        ordering = ["language", "position", "title"]
        constraints = [
            models.CheckConstraint(condition=Q(language__in=("fr", "nl")), name="searchbestbet_language_valid"),
            models.CheckConstraint(
                condition=Q(destination__in=SearchDestination.values), name="searchbestbet_destination_valid"
            ),
        ]

    def __str__(self):
        return f"{self.title} ({self.language})"

    def clean(self):
        super().clean()
        errors = {}
        if not search_terms(self.terms):
            errors["terms"] = _("Give at least one word or phrase.")
        needed = {
            SearchDestination.ADDRESS: ("url", _("Give the address this answer leads to.")),
            SearchDestination.AREA: ("area_id", _("Choose the thematic area this answer leads to.")),
            SearchDestination.ACTOR: ("actor_id", _("Choose the partner this answer leads to.")),
        }.get(self.destination)
        if needed and not getattr(self, needed[0]):
            errors[needed[0].removesuffix("_id")] = needed[1]
        if self.url and (not self.url.startswith(("/", "https://")) or self.url.startswith("//")):
            errors["url"] = _("Start the address with / (a page of the portal) or https://.")
        if errors:
            raise ValidationError(errors)


class SearchSynonym(models.Model):
    """Words that mean the same to someone searching: a search for the term also looks for them
    ("cambriolage" also looks for "atteintes aux biens")."""

    language = models.CharField(_("language"), max_length=2, choices=SEARCH_LANGUAGES)
    term = models.CharField(_("when someone searches for"), max_length=100)
    also = models.CharField(_("also search for"), max_length=300, help_text=_("Words or phrases, separated by commas."))

    class Meta:
        verbose_name = _("search synonym")
        verbose_name_plural = _("search synonyms")
        ordering = ["language", "term"]
        constraints = [
            models.CheckConstraint(condition=Q(language__in=("fr", "nl")), name="searchsynonym_language_valid"),
            models.UniqueConstraint(fields=["language", "term"], name="searchsynonym_unique_term"),
        ]

    def __str__(self):
        return f"{self.term} ({self.language})"

    def clean(self):
        super().clean()
        if not search_terms(self.also):
            raise ValidationError({"also": _("Give at least one word or phrase.")})
