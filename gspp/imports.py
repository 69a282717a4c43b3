"""The yearly reporting import: progress updates of many measures from one CSV or XLSX file.

BPS collects each partner's yearly report as a spreadsheet, one row per measure: reference, date,
status, progress, note in French, note in Dutch. `read_rows` reads the file (openpyxl for XLSX),
`check` says for each row what importing it would do (create, unchanged, or an error with its
reason, in the staff member's language) without writing anything, and `apply` records every valid
row through `services.record_progress_update`, the same service as the admin, in one transaction.
"""

import csv
import datetime
import io
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext as _
from openpyxl import Workbook, load_workbook

from gspp import services
from gspp.models import Measure, MeasureStatus, ProgressUpdate

COLUMNS = ("reference", "date", "status", "progress", "note_fr", "note_nl")
MAX_ROWS = 20000
MAX_BYTES = 10 * 1024 * 1024
CREATE, UNCHANGED, ERROR = "create", "unchanged", "error"


class UnreadableFile(Exception):
    """The file as a whole cannot be read (its message says why, in the staff member's language)."""


@dataclass
class Row:
    line: int  # as the spreadsheet numbers it: the header is line 1
    values: dict
    outcome: str = ""
    reasons: list = field(default_factory=list)
    measure: Measure | None = None
    cleaned: dict = field(default_factory=dict)


def read_rows(uploaded):
    """[Row] from an uploaded CSV (UTF-8, comma or semicolon) or XLSX file."""
    if uploaded.size > MAX_BYTES:
        raise UnreadableFile(_("The file is larger than 10 MB."))
    content = uploaded.read()
    if uploaded.name.lower().endswith(".xlsx"):
        table = xlsx_table(content)
    elif uploaded.name.lower().endswith(".csv"):
        table = csv_table(content)
    else:
        raise UnreadableFile(_("Upload a .csv or .xlsx file."))
    if not table:
        raise UnreadableFile(_("The file is empty."))
    header = [str(name or "").strip().lower() for name in table[0]]
    missing = [name for name in COLUMNS if name not in header]
    if missing:
        raise UnreadableFile(_("Columns missing from the first line: %(columns)s.") % {"columns": ", ".join(missing)})
    if len(table) - 1 > MAX_ROWS:
        raise UnreadableFile(_("The file has more than %(count)d rows.") % {"count": MAX_ROWS})
    positions = {name: header.index(name) for name in COLUMNS}
    rows = []
    for number, cells in enumerate(table[1:], start=2):
        if not any(str(cell).strip() for cell in cells if cell is not None):
            continue  # a blank line
        values = {name: cells[position] if position < len(cells) else None for name, position in positions.items()}
        rows.append(Row(number, values))
    return rows


def xlsx_table(content):
    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds: a damaged or renamed file
        raise UnreadableFile(_("This is not a readable XLSX file.")) from error
    sheet = workbook.worksheets[0]
    table = [list(row) for row in sheet.iter_rows(values_only=True)]
    workbook.close()
    return table


def csv_table(content):
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UnreadableFile(_("The CSV file is not in UTF-8: save it as “CSV UTF-8”.")) from error
    dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;") if text.strip() else csv.excel
    return list(csv.reader(io.StringIO(text), dialect))


def status_codes():
    """Every way a file may name a status: its code, and its label in French and in Dutch."""
    from django.utils import translation

    names = {}
    for status in MeasureStatus:
        names[status.value] = status.value
        for language in ("fr", "nl", "en"):
            with translation.override(language):
                names[str(status.label).lower()] = status.value
    return names


def as_date(value):
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    text = str(value or "").strip()
    for pattern in ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y"):
        try:
            return datetime.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None


def as_progress(value):
    text = str(value if value is not None else "").strip().rstrip("%").strip().replace(",", ".")
    try:
        number = float(text)
    except ValueError:
        return None
    return int(number) if number == int(number) and 0 <= number <= 100 else None


def check(rows, edition):
    """Fill each row's outcome and reasons: nothing is written. Queries: a fixed number."""
    measures = {
        measure.reference: measure
        for measure in Measure.objects.filter(area__edition=edition, number__isnull=False).select_related("area")
    }
    existing = set(
        ProgressUpdate.objects.filter(measure__area__edition=edition).values_list(
            "measure_id", "date", "status", "progress", "note_fr", "note_nl"
        )
    )
    codes = status_codes()
    seen = {}
    for row in rows:
        reference = str(row.values["reference"] or "").strip()
        measure = measures.get(reference)
        date = as_date(row.values["date"])
        status = codes.get(str(row.values["status"] or "").strip().lower())
        progress = as_progress(row.values["progress"])
        if measure is None:
            row.reasons.append(_("No measure %(reference)s in this edition.") % {"reference": reference or "—"})
        if date is None:
            row.reasons.append(_("The date is not a date (write it as 2025-12-31)."))
        if status is None:
            codes_list = ", ".join(MeasureStatus.values)
            row.reasons.append(_("Unknown status: write one of %(codes)s.") % {"codes": codes_list})
        if progress is None:
            row.reasons.append(_("The progress is a whole number from 0 to 100."))
        if measure is not None and date is not None:
            earlier = seen.get((measure.pk, date))
            if earlier is not None:
                row.reasons.append(_("Measure %(reference)s already has a row for this date: line %(line)d.")
                                   % {"reference": reference, "line": earlier})  # fmt: skip
            seen[(measure.pk, date)] = row.line
        if row.reasons:
            row.outcome = ERROR
            continue
        notes = {name: str(row.values[name] or "").strip() for name in ("note_fr", "note_nl")}
        row.measure = measure
        row.cleaned = {"date": date, "status": status, "progress": progress, **notes}
        if (measure.pk, date, status, progress, notes["note_fr"], notes["note_nl"]) in existing:
            row.outcome = UNCHANGED
            continue
        row.reasons = validation_errors(ProgressUpdate(measure=measure, **row.cleaned))
        row.outcome = ERROR if row.reasons else CREATE
    return rows


def validation_errors(update):
    """The model's own rules, as `full_clean()` checks them, but without a query per rule: Django
    checks each CheckConstraint with a SELECT, five per row, which a 5,000-row file would feel."""
    errors = []
    try:
        update.full_clean(exclude=["measure"], validate_constraints=False)  # the measure was just looked up
    except ValidationError as error:
        errors += [str(message) for messages in error.message_dict.values() for message in messages]
    values = {field.attname: getattr(update, field.attname) for field in update._meta.concrete_fields}
    for constraint in update._meta.constraints:
        if not holds(constraint.condition, values):
            errors.append(str(constraint.get_violation_error_message()))
    return errors


def holds(condition, values):
    """Whether a CheckConstraint's condition (a Q of exact, in, gte and lte lookups) holds for `values`."""
    operations = {
        "exact": lambda actual, expected: actual == expected,
        "in": lambda actual, expected: actual in expected,
        "gte": lambda actual, expected: actual is not None and actual >= expected,
        "lte": lambda actual, expected: actual is not None and actual <= expected,
    }
    results = []
    for child in condition.children:
        if isinstance(child, Q):
            results.append(holds(child, values))
        else:
            lookup, expected = child
            name, _, operation = lookup.partition("__")
            results.append(operations[operation or "exact"](values[name], expected))
    result = all(results) if condition.connector == Q.AND else any(results)
    return not result if condition.negated else result


def counts(rows):
    """{outcome: number of rows}."""
    found = {CREATE: 0, UNCHANGED: 0, ERROR: 0}
    for row in rows:
        found[row.outcome] += 1
    return found


def serializable(values):
    """A row's values as the session keeps them (JSON): dates as ISO text, which `as_date` reads."""
    return {
        name: as_date(value).isoformat() if isinstance(value, datetime.date) else value
        for name, value in values.items()
    }


@transaction.atomic
def apply(rows):
    """Record every row `check` found valid, in the file's order, all or nothing, through the admin's
    service; then each measure follows its latest update, once. The updates created."""
    created = [
        services.record_progress_update(row.measure, **row.cleaned, checked=True, sync=False)
        for row in rows
        if row.outcome == CREATE
    ]
    for measure in {update.measure_id: update.measure for update in created}.values():
        services.sync_measure_with_latest_update(measure)
    return created


def template_workbook(edition):
    """An XLSX file to fill in: the columns, and one line per numbered measure of the edition with
    its reference and, after the imported columns, its title (to help, not imported)."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = edition.key
    sheet.append([*COLUMNS, "title (not imported)"])
    measures = Measure.objects.filter(area__edition=edition, number__isnull=False).select_related("area")
    for measure in sorted(measures, key=lambda measure: (measure.area.number, measure.number)):
        sheet.append([measure.reference, None, None, None, None, None, measure.title])
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()
