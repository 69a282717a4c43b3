"""CSV and JSON downloads of a filtered list: the rows on screen, every page of them, both languages."""

import csv
import io
import json

from django.http import HttpResponse

FORMATS = ("csv", "json")


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
            writer.writerow({key: "; ".join(value) if isinstance(value, list) else value for key, value in row.items()})
        response = HttpResponse("\ufeff" + buffer.getvalue(), content_type="text/csv; charset=utf-8")
        extension = "csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}.{extension}"'
    return response
