"""Machine-readable views of an actor: schema.org JSON-LD and vCard escaping."""

import json

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from agencies.models import Visibility

register = template.Library()


def postal_address(item):
    return {
        "@type": "PostalAddress",
        "streetAddress": item.street,
        "postalCode": item.postcode,
        "addressLocality": item.municipality,
        "addressCountry": "BE",
    }


@register.simple_tag(takes_context=True)
def organization_jsonld(context, actor):
    """schema.org GovernmentOrganization with the actor's *public* contact points only, for every visitor."""
    request = context["request"]
    data = {
        "@context": "https://schema.org",
        "@type": "GovernmentOrganization",
        "name": actor.name,
        "url": request.build_absolute_uri(actor.get_absolute_url()),
    }
    if actor.acronym:
        data["alternateName"] = actor.acronym
    if actor.website:
        data["sameAs"] = actor.website
    if actor.phone:
        data["telephone"] = actor.phone
    if actor.email:
        data["email"] = actor.email
    if actor.has_address:
        data["address"] = postal_address(actor)
    if actor.parent_id:
        data["parentOrganization"] = {"@type": "GovernmentOrganization", "name": actor.parent.name}
    points = [point for point in actor.visible_contact_points if point.visibility == Visibility.PUBLIC]
    if points:
        data["contactPoint"] = [
            {
                "@type": "ContactPoint",
                "name": point.label,
                **({"telephone": point.phone} if point.phone else {}),
                **({"email": point.email} if point.email else {}),
                **({"hoursAvailable": point.opening_hours} if point.opening_hours else {}),
                **({"availableLanguage": point.languages} if point.languages else {}),
            }
            for point in points
        ]
    payload = (
        json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    )
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))  # noqa: S308


@register.filter
def vcard_escape(value):
    """Escape a vCard property value (RFC 6350 section 3.4)."""
    text = str(value or "")
    for raw, escaped in (("\\", "\\\\"), (",", "\\,"), (";", "\\;"), ("\n", "\\n")):
        text = text.replace(raw, escaped)
    return text
