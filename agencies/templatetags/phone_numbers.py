"""Phone numbers as Belgians read them: stored as +3225079911, shown as 02 507 99 11."""

from django import template
from django.utils.html import format_html

register = template.Library()

BELGIUM = 32


@register.filter
def national(number):
    """A Belgian number in the national format (02 507 99 11); a foreign one with its country code."""
    if not number:
        return ""
    if not number.is_valid():
        return str(number.raw_input)
    return number.as_national if number.country_code == BELGIUM else number.as_international


@register.simple_tag
def phone_link(number):
    """A link that dials the number, labelled in the national format."""
    if not number:
        return ""
    if not number.is_valid():
        return national(number)
    return format_html('<a href="tel:{}">{}</a>', number.as_e164, national(number))
