"""Which pages the browser checks visit: one of each page type, in each language, found by crawling."""

from django.test import Client
from django.urls import resolve
from django.utils import translation

from tests.crawl import crawl


def page_types(client=None):
    """{(url_name, language): path} for every HTML page type reachable from /fr/ and /nl/."""
    site = crawl(client or Client())
    types = {}
    for path, page in sorted(site.items()):
        if page.status != 200 or not page.content_type.startswith("text/html"):
            continue
        language = path.split("/")[1]
        with translation.override(language):
            match = resolve(path.split("?")[0])
        types.setdefault((match.view_name, language), path)
    return types
