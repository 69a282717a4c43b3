"""The yearly reporting import in a real browser (issue 15): a publisher uploads a report with a bad
row, reads the dry run, confirms, and finds the progress recorded, in French and in Dutch."""

import pytest
from django.contrib.auth.models import Group

from bps_portal.roles import PUBLISHER
from gspp.models import Measure
from tests.browser.support import log_in_as_staff
from tests.factories import UserFactory

REPORT = (
    "reference,date,status,progress,note_fr,note_nl\n"
    "5.5,2025-12-31,in_progress,70,Table ronde tenue,Rondetafel gehouden\n"
    "9.99,2025-12-31,in_progress,10,,\n"
)
WORDS = {
    "fr": {"link": "Importer les rapports annuels", "check": "Vérifier le fichier", "error": "Aucune mesure 9.99",
           "confirm": "Enregistrer 1 étape de suivi", "done": "1 étape de suivi enregistrée."},
    "nl": {"link": "Jaarlijkse voortgangsrapporten importeren", "check": "Het bestand controleren",
           "error": "Geen maatregel 9.99", "confirm": "1 voortgangsstap opslaan",
           "done": "1 voortgangsstap opgeslagen."},
}  # fmt: skip


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_a_publisher_imports_a_yearly_report_after_a_dry_run(site_data, live_server, chromium, tmp_path, language):
    words = WORDS[language]
    context = chromium.new_context(locale=f"{language}-BE")
    page = context.new_page()
    publisher = UserFactory(is_staff=True, groups=[Group.objects.get(name=PUBLISHER.name)])
    log_in_as_staff(page, live_server, publisher)
    page.goto(f"{live_server.url}/admin/gspp/measure/")
    page.get_by_role("link", name=words["link"]).click()
    report = tmp_path / "rapport.csv"
    report.write_text(REPORT, encoding="utf-8")
    page.set_input_files("input[type=file]", str(report))
    page.get_by_role("button", name=words["check"]).click()
    assert words["error"] in page.locator("#content-main table").inner_text()
    assert Measure.objects.get(area__edition__key="2021-2024", area__number=5, number=5).progress != 70
    page.get_by_role("button", name=words["confirm"]).click()
    assert words["done"] in page.locator(".messagelist").inner_text()
    measure = Measure.objects.get(area__edition__key="2021-2024", area__number=5, number=5)
    assert (measure.status, measure.progress) == ("in_progress", 70)
    context.close()
