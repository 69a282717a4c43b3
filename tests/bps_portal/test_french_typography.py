"""French typography (issue 16): a non-breaking space before : ; ? ! and inside « », in the French
catalogs and on every French page a visitor can reach (the interface's words and the data's)."""

import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.test import Client

from tests.crawl import crawl

pytestmark = pytest.mark.django_db

LOCALE = Path(__file__).resolve().parents[2] / "locale" / "fr" / "LC_MESSAGES"
SPACES = "\u00a0\u202f"
# An ordinary space before the mark, or none after a word; a colon counts only before a space or the end
# (times, URLs and "fr:" codes do not).
WRONG = re.compile(rf"(?:(?<=[^\s{SPACES}])|(?<= ))(?:[;?!]|:(?=\s|$))|«(?![{SPACES}])|(?<![{SPACES}])»")
NOT_PROSE = re.compile(r"%\(\w+\)[sd]|\{\w*\}|https?://\S+|\b\d{1,2}:\d{2}\b|\?\w+=|&\w+=|&#?\w+;|[?!]{2,}")


def faults(text):
    """The places in `text` where French typography wants a non-breaking space."""
    text = NOT_PROSE.sub(" ", text)
    return [text[max(0, match.start() - 25) : match.end() + 5] for match in WRONG.finditer(text)]


def test_the_checker_finds_what_it_should():
    assert faults("Mesure 3.4: titre") == ["Mesure 3.4: titr"]
    assert faults("Phone : 02") and faults("Quoi ?") and faults("« mot »")
    assert faults("Mesure 3.4\u00a0: titre ; non") == ["Mesure 3.4\u00a0: titre ; non"]
    assert not faults("Quoi\u00a0? «\u00a0mot\u00a0» à 10:30, https://a.be/?q=1, %(x)s, Prévention &amp; Sécurité")


@pytest.mark.parametrize("catalog", ["django.po", "djangojs.po"])
def test_french_translations_put_a_non_breaking_space_before_double_marks(catalog):
    with open(LOCALE / catalog, "rb") as file:
        messages = [message for message in read_po(file, locale="fr") if message.id and message.string]
    wrong = {}
    for message in messages:
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        found = [fault for string in strings for fault in faults(string)]
        if found:
            wrong[message.id if isinstance(message.id, str) else message.id[0]] = found
    assert not wrong, wrong


def visible_text(page):
    soup = page.soup
    for hidden in soup(["script", "style", "code", "pre", "svg", "template"]):
        hidden.decompose()
    for other_language in soup.select("[lang]:not([lang^=fr]):not(html)"):
        other_language.decompose()  # a Dutch fallback or a source's own title keeps its own rules
    return soup.get_text(" ")


def test_french_pages_follow_french_typography(initial_data):
    """Every French page the crawl reaches: its visible text, made of translations and data."""
    site = crawl(Client(), start_paths=("/fr/",))
    wrong = {}
    for path, page in site.items():
        if page.status == 200 and page.content_type.startswith("text/html") and path.startswith("/fr/"):
            found = faults(visible_text(page))
            if found:
                wrong[path] = found[:5]
    assert not wrong, wrong
