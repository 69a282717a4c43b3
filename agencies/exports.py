"""The directory's downloads: the CSV/JSON rows of the directory (public contact points only, for
everyone) and an actor's vCard (the contact points its visitor may see)."""

from django.utils.translation import gettext

from agencies import selectors
from bps_portal.exports import absolute_urls

COLUMNS = [
    "key", "name_fr", "name_nl", "acronym_fr", "acronym_nl", "type", "level", "zone_number",
    "street_fr", "street_nl", "postcode", "municipality_fr", "municipality_nl", "phone", "email",
    "website_fr", "website_nl", "public_contact_points", "published_url_fr", "published_url_nl", "is_demo",
]  # fmt: skip


def rows(actors, request):
    """One row per actor: its public contact points only, the same for everyone."""
    table = []
    for actor in selectors.with_public_contact_points(actors):
        urls = absolute_urls(actor, request)
        table.append(
            {
                **{field: getattr(actor, field) for field in COLUMNS if hasattr(actor, field) and field != "type"},
                "type": actor.actor_type.key if actor.actor_type else "",
                "public_contact_points": [
                    f"{' / '.join(label for label in (point.label_fr, point.label_nl) if label)}: "
                    f"{point.phone or point.email}".strip()
                    for point in actor.public_contact_points
                ],
                "published_url_fr": urls["fr"],
                "published_url_nl": urls["nl"],
            }
        )
    return table


def vcard(actor):
    """The actor and the contact points prefetched as `visible_contact_points`, one vCard each
    (RFC 6350 text escaping and line folding; VERSION 3.0, which every address book reads)."""
    country = gettext("Belgium")
    cards = [
        [
            ("FN", [actor.name]),
            ("ORG", [actor.name]),
            ("NICKNAME", [actor.acronym]),
            ("TEL;TYPE=WORK,VOICE", [actor.phone]),
            ("TEL;TYPE=WORK,FAX", [actor.fax]),
            ("EMAIL;TYPE=WORK", [actor.email]),
            ("ADR;TYPE=WORK", postal_address(actor, country)),
            ("URL", [actor.website]),
        ]
    ]
    for point in actor.visible_contact_points:
        cards.append(
            [
                ("FN", [f"{point.label} ({actor.name})"]),
                ("ORG", [actor.name, point.label]),
                ("TEL;TYPE=WORK,VOICE", [point.phone]),
                ("EMAIL;TYPE=WORK", [point.email]),
                ("ADR;TYPE=WORK", postal_address(point, country)),
                ("NOTE", [point.opening_hours]),
            ]
        )
    lines = []
    for properties in cards:
        lines += ["BEGIN:VCARD", "VERSION:3.0"]
        lines += [vcard_line(name, parts) for name, parts in properties if any(parts)]
        lines.append("END:VCARD")
    return "".join(f"{line}\r\n" for line in lines)


def postal_address(item, country):
    """ADR components: PO box, extended, street, locality, region, postcode, country."""
    if not item.has_address:
        return []
    return ["", "", item.street, item.municipality, "", item.postcode, country]


def vcard_line(name, parts):
    """`NAME:part;part`, each part escaped, folded at 75 octets (RFC 6350, 3.2 and 3.4)."""
    return fold(f"{name}:{';'.join(vcard_text(part) for part in parts)}")


def vcard_text(value):
    """Backslash, comma and semicolon escaped; any line break (CR, LF, CRLF) written as \\n, so that
    no staff-entered text can start a property of its own."""
    text = str(value or "")
    for raw, escaped in (("\\", "\\\\"), (",", "\\,"), (";", "\\;"), ("\r\n", "\\n"), ("\r", "\\n"), ("\n", "\\n")):
        text = text.replace(raw, escaped)
    return text


def fold(line, limit=75):
    """Lines longer than 75 octets continue on the next line after a space, never inside a character."""
    chunks, current = [], ""
    for character in line:
        budget = limit if not chunks else limit - 1  # a continuation line starts with its space
        if len((current + character).encode()) > budget:
            chunks.append(current)
            current = ""
        current += character
    chunks.append(current)
    return "\r\n ".join(chunks)
