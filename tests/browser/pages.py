"""Which pages the browser checks visit: one of each page type, in each language, found by crawling."""

from django.test import Client
from django.urls import resolve
from django.utils import translation

from tests.crawl import crawl

_found = {}


def page_types():
    """{(url_name, language): path} for every HTML page type reachable from /fr/ and /nl/.

    Every browser test loads the same initial data, so the crawl runs once per test session.
    """
    if not _found:
        _found.update(_crawl_page_types())
    return dict(_found)


def _crawl_page_types():
    site = crawl(Client())
    types = {}
    for path, page in sorted(site.items()):
        if page.status != 200 or not page.content_type.startswith("text/html"):
            continue
        language = path.split("/")[1]
        with translation.override(language):
            match = resolve(path.split("?")[0])
        types.setdefault((match.view_name, language), path)
    return types
