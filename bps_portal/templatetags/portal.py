"""Template tags for language alternates, translated-text fallbacks, staff-entered HTML and fragments
kept per content generation."""

import hashlib
import re
from dataclasses import dataclass

from django import template
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from bps_portal import page_cache
from bps_portal.sanitizer import sanitize_html

register = template.Library()


@dataclass(frozen=True)
class Alternate:
    code: str
    name: str
    path: str
    url: str
    is_current: bool


@register.simple_tag(takes_context=True)
def language_alternates(context):
    """The current page in every language.

    A page about an object (context variable `object`, or `alternates_object` when the view sets
    it) gives its counterpart through `get_absolute_url()` under each language, so per-language
    slugs are followed; any other page is reversed from its URL name with translated path words.
    The query string (filters, page number) is kept.
    """
    request = context.get("request")
    if request is None or request.resolver_match is None:
        return []
    match = request.resolver_match
    obj = context.get("alternates_object") or context.get("object")
    current = translation.get_language()
    query = request.META.get("QUERY_STRING", "")
    alternates = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            if obj is not None and hasattr(obj, "get_absolute_url"):
                path = obj.get_absolute_url()
            else:
                path = reverse(match.view_name, args=match.args, kwargs=match.kwargs)
            name = translation.get_language_info(code)["name_local"]
        if query:
            path = f"{path}?{query}"
        alternates.append(Alternate(code, name, path, request.build_absolute_uri(path), code == current))
    return alternates


@dataclass(frozen=True)
class TranslatedText:
    value: str
    lang: str
    is_fallback: bool


@register.simple_tag
def translated(obj, field_name):
    """A translated field in the page language, or in the other language when it is missing there."""
    current = translation.get_language()
    own = getattr(obj, f"{field_name}_{current}", "") or ""
    if own.strip():
        return TranslatedText(own, current, False)
    for code, _name in settings.LANGUAGES:
        other = getattr(obj, f"{field_name}_{code}", "") or ""
        if code != current and other.strip():
            return TranslatedText(other, code, True)
    return TranslatedText("", current, False)


@register.filter
def lang_attr(text):
    """` lang="xx"` for the element that holds a `translated` text shown in the other language.

    `<li{{ title|lang_attr }}>{{ title.value }}</li>`: nothing when the text is in the page's
    language, so screen readers switch voice only for a fallback.
    """
    if getattr(text, "is_fallback", False):
        return format_html(' lang="{}"', text.lang)
    return ""


@register.inclusion_tag("includes/_translated_prose.html")
def translated_prose(text, *, html=False, extra_class="", notice_given=False):
    """A `translated` text as a block of prose: `<div class="prose">`, nothing when it is empty.

    A fallback gets the notice (`includes/_fallback_notice.html`) before the block and `lang` on
    it. The notice is shown once per section: pass `notice_given=title.is_fallback` when the
    section's title has shown it already. `html=True` for staff-entered HTML (sanitised), else
    line breaks make the paragraphs. `extra_class` adds classes to the block (`"lead"`).

        {% translated area "description" as description %}
        {% translated_prose description notice_given=title.is_fallback %}
    """
    return {
        "text": text,
        "html": html,
        "extra_class": extra_class,
        "notice": text.is_fallback and not notice_given,
    }


@register.filter
def sanitized_html(value):
    """Staff-entered HTML, cleaned by the allow-list in bps_portal.sanitizer."""
    return mark_safe(sanitize_html(value))  # noqa: S308 - nh3 has just removed anything unsafe.


@register.simple_tag
def language_name(code):
    return translation.get_language_info(code)["name_translated"]


@dataclass(frozen=True)
class ActiveFilter:
    label: str
    value: str
    remove_url: str


def _choice_label(field, value):
    if not hasattr(field, "choices"):
        return value
    for choice_value, choice_label in field.choices:
        if str(choice_value) == value:
            return str(choice_label)
    return None


@register.simple_tag(takes_context=True)
def active_filters(context, filterset, *always_set):
    """The filters in the URL, each with a link that removes it (and goes back to page 1).

    Values that do not fit their filter are left out: they are ignored anyway (so are the filters
    the view reports in `ignored_filters`). Filters named in `always_set` (such as a default
    edition), as separate arguments or in one string separated by spaces, are not offered for
    removal, nor is the sort order. The form's "Filter" button counts them and the list shows them:
    they are worked out once per filter set (a filter on a model reads its choices from the database).
    """
    query = context["request"].GET
    kept = {name for names in always_set for name in str(names or "").split()}
    kept.update(context.get("ignored_filters") or ())
    kept.add("sort")
    worked_out = filterset.__dict__.setdefault("_active_filters", {})
    if (key := frozenset(kept)) not in worked_out:
        worked_out[key] = _chips(query, filterset, kept)
    return worked_out[key]


def _chips(query, filterset, kept):
    chips = []
    for name, field in filterset.form.fields.items():
        if name in kept:
            continue
        for value in query.getlist(name):
            label = _choice_label(field, value) if value else None
            if not label:
                continue
            remaining = query.copy()
            remaining.setlist(name, [other for other in query.getlist(name) if other != value])
            remaining.pop("page", None)
            chips.append(ActiveFilter(str(field.label), label, f"?{remaining.urlencode()}"))
    return chips


# Runs of ASCII white space: str.split() would also swallow the non-breaking spaces French puts before ":".
WHITE_SPACE = re.compile(r"[ \t\n\r\f\v]+")


class CaptureNode(template.Node):
    def __init__(self, nodelist, name):
        self.nodelist, self.name = nodelist, name

    def render(self, context):
        # The rendered text is already escaped: do not escape it a second time.
        context[self.name] = mark_safe(WHITE_SPACE.sub(" ", self.nodelist.render(context)).strip())  # noqa: S308
        return ""


@register.tag
def capture(parser, token):
    """`{% capture as name %}...{% endcapture %}`: render once, use twice (title and og:title)."""
    bits = token.split_contents()
    if len(bits) != 3 or bits[1] != "as":
        raise template.TemplateSyntaxError("Usage: {% capture as name %}...{% endcapture %}")
    nodelist = parser.parse(("endcapture",))
    parser.delete_first_token()
    return CaptureNode(nodelist, bits[2])


class KeptNode(template.Node):
    def __init__(self, nodelist, name, vary_on):
        self.nodelist, self.name, self.vary_on = nodelist, name, vary_on

    def render(self, context):
        values = [var.resolve(context) for var in self.vary_on]
        identity = [self.name.resolve(context), translation.get_language(), *values]
        name = "fragment:" + hashlib.sha256(repr(identity).encode()).hexdigest()
        return mark_safe(page_cache.kept(name, lambda: self.nodelist.render(context)))  # noqa: S308


@register.tag
def kept(parser, token):
    """`{% kept "name" value ... %}...{% endkept %}`: rendered once per content generation, language
    and values given (e.g. the current page), then taken from the shared cache (page_cache.kept).

    For fragments that many pages show alike (navigation, footer): whatever they show beyond the
    content and the language must be among the values, or every page gets the first one's.
    """
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError('Usage: {% kept "name" value ... %}...{% endkept %}')
    nodelist = parser.parse(("endkept",))
    parser.delete_first_token()
    return KeptNode(nodelist, parser.compile_filter(bits[1]), [parser.compile_filter(bit) for bit in bits[2:]])
