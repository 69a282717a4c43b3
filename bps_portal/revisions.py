"""What changed between two versions of an object (django-reversion), in words staff can read.

Each language's column of a translated field is compared on its own ("title [nl]"), the field
modeltranslation keeps in step is left out, texts are compared word by word with what was
removed and added marked, and related objects are shown by name.
"""

import difflib
import html
import re
from dataclasses import dataclass

from django.db import models
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from modeltranslation.translator import NotRegistered, translator

CONTEXT_WORDS = 12  # unchanged words kept around a change; longer runs are shortened


@dataclass(frozen=True)
class FieldChange:
    label: str
    before: str
    after: str
    diff: str  # HTML: escaped text with <del> and <ins>


def compared_fields(model):
    """The fields staff edit, each language's column apart; not the one modeltranslation syncs."""
    try:
        synced = set(translator.get_options_for_model(model).all_fields)
    except NotRegistered:
        synced = set()
    concrete = [
        field
        for field in model._meta.concrete_fields
        if field.editable and not field.primary_key and field.name not in synced
    ]
    return concrete + list(model._meta.many_to_many)


def changes_between(model, before, after):
    """[FieldChange] for each field whose value differs between two versions' field dicts."""
    found = []
    for field in compared_fields(model):
        old, new = value_of(field, before), value_of(field, after)
        if old == new or (before is None and new in ("", None, [])):
            continue
        old_text, new_text = readable(field, old), readable(field, new)
        if old_text.split() == new_text.split() and before is not None:
            continue  # only white space moved
        found.append(FieldChange(capfirst(str(field.verbose_name)), old_text, new_text, word_diff(old_text, new_text)))
    return found


def value_of(field, field_dict):
    if field_dict is None:
        return None
    value = field_dict.get(field.attname, field_dict.get(field.name))
    return sorted(value) if isinstance(value, (list, tuple, set)) else value


def readable(field, value):
    if value in (None, "", []):
        return ""
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(field, models.BooleanField):
        return _("yes") if value else _("no")
    if field.is_relation:
        related = field.related_model._default_manager.filter(pk__in=value if field.many_to_many else [value])
        return ", ".join(str(obj) for obj in related) or str(value)
    text = str(value)
    if isinstance(field, models.TextField) and re.search(r"<[a-z][^>]*>", text):
        text = html.unescape(strip_tags(text))  # staff read the text; the markup is the editor's business
    return text


def word_diff(old, new):
    """The two texts as one, removed words in <del>, added words in <ins>, long unchanged runs cut."""
    old_words, new_words = old.split(), new.split()
    parts = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old_words, new_words, autojunk=False).get_opcodes():
        if tag == "equal":
            parts.append(escape(shortened(old_words[i1:i2], first=not parts, last=i2 == len(old_words))))
            continue
        if i2 > i1:
            parts.append(f"<del>{escape(' '.join(old_words[i1:i2]))}</del>")
        if j2 > j1:
            parts.append(f"<ins>{escape(' '.join(new_words[j1:j2]))}</ins>")
    return mark_safe(" ".join(part for part in parts if part))  # noqa: S308 - every piece escaped above


def shortened(words, first, last):
    if len(words) <= 2 * CONTEXT_WORDS:
        return " ".join(words)
    head = [] if first else words[:CONTEXT_WORDS]
    tail = [] if last else words[-CONTEXT_WORDS:]
    return " ".join([*head, "…", *tail])
