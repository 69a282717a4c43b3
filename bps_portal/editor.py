"""The editor of page bodies (django-prose-editor): it offers what the public site shows, no more.

Headings 2 to 4, paragraphs, lists, links, bold, italic and tables: a test holds these extensions
to what `bps_portal.sanitizer` keeps. Its scripts are ES modules found through an import map, an
inline script that the page's CSP lets run by its nonce (`media_with_nonce`); its toolbar speaks
the admin's language through static/js/editor-labels.js and our djangojs catalogs.
"""

from csp.constants import SELF
from django.templatetags.static import static
from django_prose_editor.widgets import AdminProseEditorWidget
from js_asset.media import Media

from bps_portal.sanitizer import ALLOWED_URL_SCHEMES

EXTENSIONS = {
    "Heading": {"levels": [2, 3, 4]},
    "Bold": True,
    "Italic": True,
    "BulletList": True,
    "OrderedList": True,
    "ListItem": True,
    "Link": {"enableTarget": False, "protocols": sorted(ALLOWED_URL_SCHEMES)},
    "Table": True,
    "TableRow": True,
    "TableHeader": True,
    "TableCell": True,
    "HardBreak": True,
    "Blockquote": True,
    "History": True,
}

# Our own extensions (static/js/editor-extensions.js), for what the pages hold and the library has
# no extension for; the tags and attributes each keeps.
PORTAL_EXTENSIONS = {"Abbr": {"abbr": {"title"}}, "Address": {"address": set()}}
PORTAL_EXTENSIONS_MODULE = "js/editor-extensions.js"


# Tiptap, the editor's engine, adds this one <style> element to the page: the CSP lets it in by its
# hash on the pages with the editor. After an upgrade, the browser tests' CSP check says if it changed.
TIPTAP_STYLE_HASH = "'sha256-PlumsSlvJ7vvWzjqibGAYKq92O3y/4JTxWWsWJvyUYA='"


class BodyEditor(AdminProseEditorWidget):
    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, config={"extensions": EXTENSIONS}, preset="configurable")

    def get_config(self):
        config = super().get_config()
        config["extensions"] |= dict.fromkeys(PORTAL_EXTENSIONS, True)
        config["js_modules"] = [*config["js_modules"], static(PORTAL_EXTENSIONS_MODULE)]
        return config

    @property
    def media(self):
        return super().media + Media(js=["js/editor-labels.js"])


def allow_editor(response):
    """The page's CSP lets Tiptap's style in by its hash (the import map runs by its nonce: media_with_nonce)."""
    response._csp_update = {"style-src": [SELF, TIPTAP_STYLE_HASH]}
    return response


def media_with_nonce(media, request):
    """The page's media, its inline import map carrying the request's CSP nonce."""
    return Media.from_media(media, nonce=str(request.csp_nonce))
