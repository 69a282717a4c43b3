from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

phone_validator = RegexValidator(
    r"^\+?[0-9][0-9 ./()-]{5,24}$",
    _("Enter a phone number in international form, for example +32 2 507 99 11."),
)


class Actor(models.Model):
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
    street = models.CharField(_("street and number"), max_length=200, blank=True)
    postcode = models.CharField(_("postcode"), max_length=10, blank=True)
    municipality = models.CharField(_("municipality"), max_length=100, blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True, validators=[phone_validator])
    fax = models.CharField(_("fax"), max_length=30, blank=True, validators=[phone_validator])
    email = models.EmailField(_("e-mail"), blank=True)
    website = models.URLField(_("website"), blank=True)

    class Meta:
        verbose_name = _("actor")
        verbose_name_plural = _("actors")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["slug_fr"], name="actor_unique_slug_fr"),
            models.UniqueConstraint(fields=["slug_nl"], name="actor_unique_slug_nl"),
        ]

    def __str__(self):
        return self.name

    @property
    def phone_uri(self):
        return "tel:" + "".join(ch for ch in self.phone if ch.isdigit() or ch == "+")
