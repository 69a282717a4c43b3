"""Staff-entered HTML is cleaned with nh3 (Ammonia) before it reaches a page.

What the cleaning would remove is refused when staff save (`validate_kept_by_sanitizer`), so what
staff write is what the public sees: an `<h1>` is never turned silently into loose text.
"""

from html.parser import HTMLParser
from urllib.parse import urlsplit

import nh3
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# Exactly what the page editor writes and keeps (bps_portal/editor.py; a test holds the two together):
# the editor would drop anything else when a page is opened.
ALLOWED_TAGS = {
    "h2", "h3", "h4", "p", "br", "ul", "ol", "li", "a", "strong", "em", "abbr", "blockquote", "address",
    "table", "thead", "tbody", "tr", "th", "td",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "ol": {"start", "type", "data-type"},
    "th": {"rowspan", "colspan"},
    "td": {"rowspan", "colspan"},
}
# Replaced, not lost: every link gets link_rel below, whatever rel it had.
REPLACED_ATTRIBUTES = {"a": {"rel"}}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto", "tel"}


def sanitize_html(html):
    return nh3.clean(
        html or "",
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


class RemovedParts(HTMLParser):
    """Collects, in order of appearance, what `sanitize_html` would drop: tags, attributes, links."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.removed = []

    def note(self, part):
        if part not in self.removed:
            self.removed.append(part)

    def handle_starttag(self, tag, attrs):
        if tag not in ALLOWED_TAGS:
            self.note(f"<{tag}>")
            return
        allowed = ALLOWED_ATTRIBUTES.get(tag, set()) | REPLACED_ATTRIBUTES.get(tag, set())
        for name, value in attrs:
            if name not in allowed:
                self.note(f'<{tag} {name}="…">')
            elif name == "href" and urlsplit(value or "").scheme not in ALLOWED_URL_SCHEMES | {""}:
                self.note(f'<a href="{urlsplit(value).scheme}:…">')

    handle_startendtag = handle_starttag

    def handle_comment(self, data):
        self.note("<!-- … -->")


def removed_by_sanitizer(html):
    """What of `html` the public would not see, e.g. ['<h1>', '<p style="…">']."""
    parser = RemovedParts()
    parser.feed(html or "")
    parser.close()
    return parser.removed


def validate_kept_by_sanitizer(html):
    removed = removed_by_sanitizer(html)
    if removed:
        raise ValidationError(
            _(
                "The public site would not show these parts: %(parts)s. Use headings 2 to 4, paragraphs, "
                "lists, links, bold, italic and tables."
            ),
            code="removed_by_sanitizer",
            params={"parts": ", ".join(removed)},
        )
