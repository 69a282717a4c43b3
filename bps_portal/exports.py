"""CSV and JSON downloads of a filtered list: the rows on screen, every page of them, both languages."""

import csv
import io
import json

from django.conf import settings
from django.http import HttpResponse
from django.utils import translation

FORMATS = ("csv", "json")


def absolute_urls(obj, request):
    """{"fr": ..., "nl": ...}: the absolute address of the object's page in each language."""
    urls = {}
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            urls[language] = request.build_absolute_uri(obj.get_absolute_url())
    return urls


# A spreadsheet runs a cell that starts with one of these as a formula (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(value):
    """A CSV cell that a spreadsheet shows as text: never a formula, never "None".

    Lists are joined with "; ". A text that a spreadsheet would run as a formula gets a leading
    apostrophe, the OWASP rule: a phone number such as +32 2 ... is therefore written '+32 2 ...
    """
    if value is None:
        return ""
    if isinstance(value, list):
        value = "; ".join(str(item) for item in value if item is not None)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def export_response(rows, columns, filename, export_format):
    """`rows` are dicts with the keys in `columns`; CSV gets a BOM so that Excel reads UTF-8."""
    if export_format == "json":
        body = json.dumps({"count": len(rows), "results": rows}, ensure_ascii=False, indent=1, default=str)
        response = HttpResponse(body, content_type="application/json; charset=utf-8")
        extension = "json"
    else:
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore", lineterminator="\r\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({key: spreadsheet_cell(value) for key, value in row.items()})
        response = HttpResponse("\ufeff" + buffer.getvalue(), content_type="text/csv; charset=utf-8")
        extension = "csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}.{extension}"'
    return response
