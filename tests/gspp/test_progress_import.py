"""The yearly reporting import (issue 15): a dry run that lists every row, then one confirmed
transaction through `record_progress_update`, with a revision and an audit entry, for publishers."""

import datetime
import io

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook, load_workbook
from reversion.models import Revision

from bps_portal.models import AuditEntry
from bps_portal.roles import PLAN_EDITOR, PUBLISHER
from gspp.models import Measure, ProgressUpdate
from gspp.services import record_progress_update
from tests.factories import UserFactory
from tests.support import verified_login

pytestmark = pytest.mark.django_db

IMPORT = "/admin/gspp/measure/import-progress/"
HEADER = "reference,date,status,progress,note_fr,note_nl\n"


@pytest.fixture
def publisher_client(client, initial_data):
    user = UserFactory(is_staff=True, groups=[Group.objects.get(name=PUBLISHER.name)])
    return verified_login(client, user)


def round_table():
    return Measure.objects.get(area__number=5, number=5, area__edition__key="2021-2024")


def upload(client, content, name="report.csv", **headers):
    data = {"edition": round_table().area.edition.pk, "file": SimpleUploadedFile(name, content)}
    return client.post(IMPORT, data, **headers)


def report_with_every_kind_of_row():
    measure = round_table()
    record_progress_update(measure, date=datetime.date(2024, 6, 30), status="in_progress", progress=40)
    return (
        HEADER
        + "5.5,2025-12-31,in_progress,70,Table ronde tenue,Rondetafel gehouden\n"  # line 2: create
        + "5.5,2024-06-30,in_progress,40,,\n"  # line 3: already recorded
        + "9.99,2025-12-31,in_progress,10,,\n"  # line 4: no such measure
        + "2.1,31/12/2025,en cours,150%,,\n"  # line 5: progress out of range (French label and date accepted)
        + "2.5,2025-12-31,finished,50,,\n"  # line 6: unknown status
        + "2.1,not a date,completed,100,,\n"  # line 7: no date
        + "5.5,2025-12-31,completed,100,,\n"  # line 8: the same measure and date as line 2
        + "2.5,2025-11-30,completed,50,,\n"  # line 9: the model's rule, completed is 100 %
        + "2.1,2099-01-01,in_progress,50,,\n"  # line 10: the model's rule, not in the future
    ).encode()


def test_the_dry_run_lists_every_row_and_writes_nothing(publisher_client):
    """In the admin's language, French unless the browser asks for Dutch."""
    content = report_with_every_kind_of_row()
    before = ProgressUpdate.objects.count()
    response = upload(publisher_client, content)
    assert response.status_code == 200
    rows = {row.line: row for row in response.context["rows"]}
    assert {line: row.outcome for line, row in rows.items()} == {
        2: "create", 3: "unchanged", 4: "error", 5: "error", 6: "error", 7: "error", 8: "error", 9: "error",
        10: "error",
    }  # fmt: skip
    assert "100" in " ".join(rows[9].reasons) and rows[10].reasons
    assert "9.99" in rows[4].reasons[0]
    assert "0 à 100" in " ".join(rows[5].reasons)
    assert "in_progress" in " ".join(rows[6].reasons)
    assert "ligne 2" in " ".join(rows[8].reasons)
    assert response.context["counts"] == {"create": 1, "unchanged": 1, "error": 7}
    assert ProgressUpdate.objects.count() == before, "a dry run records nothing"
    html = response.content.decode()
    assert "Enregistrer 1 étape de suivi" in html


def test_confirming_records_the_valid_rows_with_one_revision_and_an_audit_entry(publisher_client):
    response = upload(publisher_client, report_with_every_kind_of_row())
    revisions, before = Revision.objects.count(), ProgressUpdate.objects.count()
    confirmed = publisher_client.post(IMPORT, {"confirm": "1", "token": response.context["token"]})
    assert confirmed.status_code == 302
    assert ProgressUpdate.objects.count() == before + 1
    measure = round_table()
    assert (measure.status, measure.progress, measure.last_progress_date) == (
        "in_progress", 70, datetime.date(2025, 12, 31)
    )  # fmt: skip
    assert measure.progress_updates.first().note_nl == "Rondetafel gehouden"
    assert Revision.objects.count() == revisions + 1
    entry = AuditEntry.objects.filter(action="import").get()
    assert "report.csv" in entry.detail and "1" in entry.detail
    again = publisher_client.post(IMPORT, {"confirm": "1", "token": response.context["token"]})
    assert again.status_code == 302 and ProgressUpdate.objects.count() == before + 1, "a second confirm adds nothing"


def test_an_xlsx_report_imports_like_a_csv_one_and_the_template_lists_the_measures(publisher_client):
    template = publisher_client.get(IMPORT + "template.xlsx")
    assert template.status_code == 200 and template["Content-Type"].endswith("spreadsheetml.sheet")
    sheet = load_workbook(io.BytesIO(template.content)).active
    lines = list(sheet.iter_rows(values_only=True))
    assert lines[0][:6] == ("reference", "date", "status", "progress", "note_fr", "note_nl")
    assert "5.5" in {line[0] for line in lines[1:]}
    workbook = Workbook()
    workbook.active.append(lines[0][:6])
    workbook.active.append(["5.5", datetime.datetime(2025, 12, 31), "réalisée", 100, "Fait", "Klaar"])
    output = io.BytesIO()
    workbook.save(output)
    response = upload(publisher_client, output.getvalue(), name="rapport.xlsx")
    assert [row.outcome for row in response.context["rows"]] == ["create"]
    publisher_client.post(IMPORT, {"confirm": "1", "token": response.context["token"]})
    assert round_table().status == "completed"


def test_the_reasons_are_in_the_staff_members_language(publisher_client):
    response = upload(publisher_client, report_with_every_kind_of_row(), HTTP_ACCEPT_LANGUAGE="nl")
    reasons = " ".join(" ".join(row.reasons) for row in response.context["rows"])
    assert "Geen maatregel 9.99" in reasons
    assert "Jaarlijkse voortgangsrapporten importeren" in response.content.decode()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("report.txt", b"anything", "Chargez un fichier .csv ou .xlsx."),
        ("report.csv", b"reference,date\n5.5,2025-01-01\n", "Colonnes absentes de la première ligne"),
        ("report.xlsx", b"not a zip at all", "Ce fichier XLSX est illisible."),
        ("report.csv", "référence".encode("latin-1"), "n’est pas en UTF-8"),
        ("report.csv", b"", "est vide"),  # Django's FileField says it first
    ],
)
def test_a_file_that_cannot_be_read_gets_a_clear_error_not_a_500(publisher_client, name, content, message):
    response = upload(publisher_client, content, name=name)
    assert response.status_code == 200
    assert message in response.content.decode()


def test_the_measure_list_offers_the_import_to_publishers(publisher_client):
    html = publisher_client.get("/admin/gspp/measure/").content.decode()
    assert f'href="{IMPORT}"' in html and "/admin/gspp/measure/recover/" in html


def test_only_publishers_import(client, initial_data):
    editor = UserFactory(is_staff=True, groups=[Group.objects.get(name=PLAN_EDITOR.name)])
    verified_login(client, editor)
    assert client.get(IMPORT).status_code == 403
    assert client.get(IMPORT + "template.xlsx").status_code == 403
    assert "import-progress" not in client.get("/admin/gspp/measure/").content.decode()
