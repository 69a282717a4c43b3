"""Progress updates are a record: dated today or earlier, status and percentage agreeing, never
changed once public; a correction is a new update that names the one it corrects."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from gspp.models import Measure, ProgressUpdate, ThematicArea
from gspp.services import record_progress_update
from tests.admin_forms import form_data
from tests.factories import MeasureFactory

pytestmark = pytest.mark.django_db
TODAY = timezone.localdate()


@pytest.fixture
def measure(initial_data):
    return MeasureFactory(area=ThematicArea.objects.get(edition__key="2021-2024", number=2), number=30, progress=0)


@pytest.mark.parametrize(
    ("status", "progress", "days_ago", "field"),
    [
        ("in_progress", 40, -1, "date"),  # tomorrow
        ("completed", 90, 1, "progress"),
        ("not_reported", 10, 1, "progress"),
    ],
)
def test_an_update_that_contradicts_itself_is_refused(measure, status, progress, days_ago, field):
    with pytest.raises(ValidationError) as error:
        record_progress_update(
            measure, date=TODAY - datetime.timedelta(days=days_ago), status=status, progress=progress
        )
    assert field in error.value.message_dict
    assert not measure.progress_updates.exists()


def test_an_abandoned_measure_keeps_its_last_percentage(measure):
    record_progress_update(measure, date=datetime.date(2024, 3, 1), status="in_progress", progress=35)
    with pytest.raises(ValidationError, match="35"):
        record_progress_update(measure, date=datetime.date(2024, 9, 1), status="abandoned", progress=0)
    record_progress_update(measure, date=datetime.date(2024, 9, 1), status="abandoned", progress=35)
    measure.refresh_from_db()
    assert (measure.status, measure.progress) == ("abandoned", 35)


def test_the_database_refuses_a_completed_update_below_100(measure):
    update = record_progress_update(measure, date=TODAY, status="in_progress", progress=50)
    with pytest.raises(IntegrityError), transaction.atomic():
        ProgressUpdate.objects.filter(pk=update.pk).update(status="completed")


@pytest.mark.parametrize(("language", "message"), [("fr", "aujourd’hui ou avant"), ("nl", "vandaag of vroeger")])
def test_the_admin_refuses_a_future_date_in_the_staff_language(measure, staff_client, language, message):
    url = f"/admin/gspp/measure/{measure.pk}/change/"
    data = form_data(staff_client.get(url, headers={"accept-language": language}), "measure_form")
    tomorrow = (TODAY + datetime.timedelta(days=1)).isoformat()
    data.update({"progress_updates-2-0-date": tomorrow, "progress_updates-2-0-status": "planned",
                 "progress_updates-2-0-progress": "0"})  # fmt: skip
    response = staff_client.post(url, data, headers={"accept-language": language})
    assert response.status_code == 200 and message in response.content.decode()
    assert not measure.progress_updates.exists()


def test_a_published_measures_updates_cannot_be_changed_in_the_admin(measure, staff_client):
    update = record_progress_update(measure, date=datetime.date(2024, 3, 1), status="in_progress", progress=35)
    url = f"/admin/gspp/measure/{measure.pk}/change/"
    page = staff_client.get(url)
    data = form_data(page, "measure_form")
    assert "progress_updates-0-progress" not in data, "shown, not editable"
    assert "progress_updates-0-DELETE" not in data
    crafted = {**data, "progress_updates-0-id": str(update.pk), "progress_updates-0-progress": "99",
               "progress_updates-0-DELETE": "on"}  # fmt: skip
    assert staff_client.post(url, crafted).status_code == 302
    update.refresh_from_db()
    assert update.progress == 35


@pytest.mark.parametrize(("path", "words"), [("fr", "Corrige la mise à jour du 1 mars 2024"),
                                             ("nl", "Corrigeert de stand van zaken van 1 maart 2024")])  # fmt: skip
def test_a_correction_is_a_new_update_and_the_timeline_shows_both(measure, staff_client, client, path, words):
    wrong = record_progress_update(measure, date=datetime.date(2024, 3, 1), status="in_progress", progress=80)
    url = f"/admin/gspp/measure/{measure.pk}/change/"
    data = form_data(staff_client.get(url), "measure_form")
    data.update({"progress_updates-2-0-date": "2024-03-02", "progress_updates-2-0-status": "in_progress",
                 "progress_updates-2-0-progress": "30", "progress_updates-2-0-corrects": str(wrong.pk)})  # fmt: skip
    assert staff_client.post(url, data).status_code == 302
    measure.refresh_from_db()
    assert measure.progress == 30 and measure.progress_updates.count() == 2
    with_slug = Measure.objects.get(pk=measure.pk)
    from django.utils import translation

    with translation.override(path):
        html = client.get(with_slug.get_absolute_url()).content.decode()
    assert words in html and "80" in html and "30" in html


def test_a_bulk_action_reports_only_the_measures_it_changed(initial_data, staff_client):
    area = ThematicArea.objects.get(edition__key="2021-2024", number=2)
    already = MeasureFactory(area=area, number=41, status="delayed", progress=20)
    other = MeasureFactory(area=area, number=42, status="in_progress", progress=20)
    response = staff_client.post(
        "/admin/gspp/measure/",
        {"action": "mark_delayed", "_selected_action": [already.pk, other.pk], "index": 0},
        follow=True,
        headers={"accept-language": "fr"},
    )
    assert "1 mesure est maintenant" in response.content.decode()
    assert not already.progress_updates.exists() and other.progress_updates.count() == 1
