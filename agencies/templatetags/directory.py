"""Machine-readable views: schema.org JSON-LD of actors and measures."""

import json

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from agencies.selectors import seen_by_everyone

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
        data["telephone"] = str(actor.phone)
    if actor.email:
        data["email"] = actor.email
    if actor.has_address:
        data["address"] = postal_address(actor)
    if actor.parent_id:
        data["parentOrganization"] = {"@type": "GovernmentOrganization", "name": actor.parent.name}
    points = seen_by_everyone(getattr(actor, "visible_contact_points", []))
    if points:
        data["contactPoint"] = [
            {
                "@type": "ContactPoint",
                "name": point.label,
                **({"telephone": str(point.phone)} if point.phone else {}),
                **({"email": point.email} if point.email else {}),
                **({"hoursAvailable": point.opening_hours} if point.opening_hours else {}),
                **({"availableLanguage": point.languages} if point.languages else {}),
            }
            for point in points
        ]
    return json_script_tag(data)


ACTION_STATUS = {
    "completed": "CompletedActionStatus",
    "in_progress": "ActiveActionStatus",
    "delayed": "ActiveActionStatus",
    "abandoned": "FailedActionStatus",
}


@register.simple_tag(takes_context=True)
def measure_jsonld(context, measure):
    """schema.org Action for a measure of the plan: who leads it, who takes part, how far it is."""
    request = context["request"]
    data = {
        "@context": "https://schema.org",
        "@type": "Action",
        "identifier": measure.reference,
        "name": measure.title,
        "url": request.build_absolute_uri(measure.get_absolute_url()),
        "actionStatus": ACTION_STATUS.get(measure.status, "PotentialActionStatus"),
        "isPartOf": {"@type": "CreativeWork", "name": measure.area.edition.title},
    }
    if measure.description:
        data["description"] = measure.description
    if measure.lead_actor:
        data["agent"] = {"@type": "GovernmentOrganization", "name": measure.lead_actor.name}
    partners = getattr(measure, "active_partners", [])
    if partners:
        data["participant"] = [{"@type": "Organization", "name": actor.name} for actor in partners]
    if measure.actual_start or measure.planned_start:
        data["startTime"] = (measure.actual_start or measure.planned_start).isoformat()
    if measure.actual_end or measure.planned_end:
        data["endTime"] = (measure.actual_end or measure.planned_end).isoformat()
    return json_script_tag(data)


def json_script_tag(data):
    """A JSON-LD block; <, > and & are escaped so that no text can close the script element."""
    payload = (
        json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    )
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))  # noqa: S308
