"""History messages ("Changed Body [fr] and Title [nl].") worded in the reader's language.

Django stores a change as the form's field labels in English and translates them when the message
is read. The labels modeltranslation gives translated fields carry a language suffix ("Body [fr]")
that no catalog holds, so a Dutch or French reader saw them in English: here the label is
translated without its suffix, then Django words the message as usual.
"""

import json
import re

from django.contrib.admin.models import LogEntry
from django.utils.text import capfirst
from django.utils.translation import gettext

LANGUAGE_SUFFIX = re.compile(r"(?P<label>.+) \[(?P<language>[a-z]{2})\]")


def field_label(stored):
    match = LANGUAGE_SUFFIX.fullmatch(stored)
    if match is None:
        return stored
    label = match["label"]
    # Verbose names are lower case ("body"); the stored label is capitalised ("Body").
    translated = gettext(label[:1].lower() + label[1:])
    return f"{capfirst(translated)} [{match['language']}]"


def readable(change_message):
    """The stored message (Django's JSON list, or plain text) in the active language."""
    try:
        messages = json.loads(change_message)
    except ValueError:
        messages = None
    if not isinstance(messages, list):
        return LogEntry(change_message=change_message).get_change_message()
    for message in messages:
        for action in message.values() if isinstance(message, dict) else ():
            if isinstance(action, dict) and isinstance(action.get("fields"), list):
                action["fields"] = [field_label(str(name)) for name in action["fields"]]
    return LogEntry(change_message=json.dumps(messages)).get_change_message()
