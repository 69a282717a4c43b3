import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from phonenumber_field.modelfields import PhoneNumberField

from bps_portal.models import TranslationStatus
from bps_portal.text_matching import sort_key

PARTNER_PERMISSION = "agencies.view_partner_contacts"


class Level(models.TextChoices):
    FEDERAL = "federal", _("federal")
    COMMUNITY = "community", _("community")
    REGIONAL = "regional", _("regional")
    LOCAL = "local", _("local")


class Visibility(models.TextChoices):
    PUBLIC = "public", _("public")
    PARTNERS = "partners", _("partners only")


class Language(models.TextChoices):
    FRENCH = "fr", _("French")
    DUTCH = "nl", _("Dutch")
    ENGLISH = "en", _("English")
    GERMAN = "de", _("German")


class ActorType(TranslationStatus, models.Model):
    key = models.SlugField(_("key"), max_length=60, unique=True)
    name = models.CharField(_("name"), max_length=120)
    name_plural = models.CharField(_("name in the plural"), max_length=120)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("actor type")
        verbose_name_plural = _("actor types")
        ordering = ["position", "key"]

    def __str__(self):
        return self.name


class ActorQuerySet(models.QuerySet):
    def active(self):
        return self.filter(active=True)

    def alphabetical(self):
        """By name in the page language, collated for it (the key breaks ties)."""
        return self.order_by(sort_key("name"), "key")


class ContactPointQuerySet(models.QuerySet):
    def not_verified_within(self, days):
        """Never verified, or verified longer ago than `days`."""
        limit = timezone.localdate() - datetime.timedelta(days=days)
        return self.filter(Q(last_verified__isnull=True) | Q(last_verified__lt=limit))


class Address(models.Model):
    """Postal address fields shared by actors and contact points."""

    street = models.CharField(_("street and number"), max_length=200, blank=True)
    postcode = models.CharField(_("postcode"), max_length=10, blank=True)
    municipality = models.CharField(_("municipality"), max_length=100, blank=True)

    class Meta:
        abstract = True

    @property
    def has_address(self):
        return bool(self.street or self.postcode or self.municipality)


class Actor(TranslationStatus, Address):
    """A partner of the prevention and security chain, BPS itself included."""

    key = models.SlugField(
        _("key"),
        max_length=60,
        unique=True,
        help_text=_("Stable identifier, the same in every language, used by exports and links."),
    )
    name = models.CharField(_("name"), max_length=250)
    acronym = models.CharField(_("acronym"), max_length=30, blank=True)
    slug = models.SlugField(_("slug"), max_length=250)
    description = models.TextField(_("description"), blank=True)
    actor_type = models.ForeignKey(
        ActorType, verbose_name=_("type"), on_delete=models.PROTECT, related_name="actors", null=True, blank=True
    )
    level = models.CharField(_("level"), max_length=12, choices=Level.choices, blank=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent actor"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="children",
    )
    zone_number = models.CharField(
        _("police zone number"), max_length=4, blank=True, help_text=_("Only for police zones, e.g. 5339.")
    )
    # Stored in the international format (E.164, +3225079911), shown as Belgians write it (`national`).
    phone = PhoneNumberField(_("phone"), blank=True)
    fax = PhoneNumberField(_("fax"), blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    website = models.URLField(_("website"), blank=True)
    thematic_areas = models.ManyToManyField(
        "gspp.ThematicArea", verbose_name=_("thematic areas"), blank=True, related_name="actors"
    )
    active = models.BooleanField(_("active"), default=True)
    is_demo = models.BooleanField(
        _("demonstration content"), default=False, help_text=_("Generated example, not a real actor.")
    )

    objects = ActorQuerySet.as_manager()

    class Meta:
        verbose_name = _("actor")
        verbose_name_plural = _("actors")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["slug_fr"], name="actor_unique_slug_fr"),
            models.UniqueConstraint(fields=["slug_nl"], name="actor_unique_slug_nl"),
            models.CheckConstraint(condition=Q(level__in=[*Level.values, ""]), name="actor_level_valid"),
        ]

    def __str__(self):
        return f"{self.name} ({self.acronym})" if self.acronym else self.name

    def get_absolute_url(self):
        return reverse("agencies:actor_detail", kwargs={"slug": self.slug})

    @property
    def has_contact_details(self):
        """Anything to reach the actor by, beyond its name (its contact points aside)."""
        return bool(self.has_address or self.phone or self.fax or self.email or self.website)


class ContactPoint(Address):
    """A way to reach an actor: a desk, a line, an address. Some are for logged-in partners only."""

    actor = models.ForeignKey(Actor, verbose_name=_("actor"), on_delete=models.CASCADE, related_name="contact_points")
    label = models.CharField(_("label"), max_length=200)
    phone = PhoneNumberField(_("phone"), blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    opening_hours = models.CharField(_("opening hours"), max_length=250, blank=True)
    languages = models.JSONField(
        _("languages spoken"), default=list, blank=True, help_text=_("Codes of the languages spoken: fr, nl, en, de.")
    )
    visibility = models.CharField(
        _("visibility"), max_length=10, choices=Visibility.choices, default=Visibility.PUBLIC, db_index=True
    )
    last_verified = models.DateField(_("last verified"), null=True, blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    objects = ContactPointQuerySet.as_manager()

    class Meta:
        verbose_name = _("contact point")
        verbose_name_plural = _("contact points")
        ordering = ["position", "id"]
        permissions = [("view_partner_contacts", _("Can see contact points reserved for partners"))]
        constraints = [
            models.CheckConstraint(condition=Q(visibility__in=Visibility.values), name="contactpoint_visibility_valid"),
        ]

    def __str__(self):
        return self.label

    def clean(self):
        unknown = set(self.languages or []) - set(Language.values)
        if unknown:
            raise ValidationError({"languages": _("Unknown language code.")})

    @property
    def is_partners_only(self):
        return self.visibility == Visibility.PARTNERS

    @property
    def language_labels(self):
        labels = dict(Language.choices)
        return [labels[code] for code in self.languages if code in labels]


class Municipality(TranslationStatus, models.Model):
    """One of the 19 communes of the Region, and the police zone that serves it."""

    key = models.SlugField(_("key"), max_length=60, unique=True)
    name = models.CharField(_("name"), max_length=100)
    police_zone = models.ForeignKey(
        Actor,
        verbose_name=_("police zone"),
        on_delete=models.PROTECT,
        related_name="municipalities_served",
        limit_choices_to={"zone_number__gt": ""},
    )
    actor = models.OneToOneField(
        Actor,
        verbose_name=_("directory record"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="municipality_record",
        help_text=_("The commune's own record in the directory."),
    )

    class Meta:
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Postcode(models.Model):
    """A postcode of a commune. One postcode can cover parts of two communes (1040, 1050)."""

    code = models.CharField(_("postcode"), max_length=4, db_index=True)
    municipality = models.ForeignKey(
        Municipality, verbose_name=_("municipality"), on_delete=models.CASCADE, related_name="postcodes"
    )

    class Meta:
        verbose_name = _("postcode")
        verbose_name_plural = _("postcodes")
        ordering = ["code"]
        constraints = [
            models.UniqueConstraint(fields=["code", "municipality"], name="postcode_unique_per_municipality"),
            models.CheckConstraint(condition=Q(code__regex=r"^[0-9]{4}$"), name="postcode_four_digits"),
        ]

    def __str__(self):
        return self.code
