import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from gspp.models import Measure, ProgressUpdate, ThematicArea
from gspp.services import record_progress_update, sync_measure_with_latest_update
from tests.factories import MeasureFactory, ThematicAreaFactory

pytestmark = pytest.mark.django_db


def rollup(area):
    return ThematicArea.objects.with_rollup().get(pk=area.pk)


def test_an_empty_area_has_no_average_and_no_measure():
    area = rollup(ThematicAreaFactory())
    assert area.measure_count == 0
    assert area.average_progress is None
    assert area.status_counts() == []


def test_abandoned_and_unreported_measures_are_counted_but_not_averaged():
    area = ThematicAreaFactory()
    MeasureFactory(area=area, status="in_progress", progress=40)
    MeasureFactory(area=area, status="completed", progress=100)
    MeasureFactory(area=area, status="abandoned", progress=10)
    MeasureFactory(area=area, status="not_reported", progress=0)
    result = rollup(area)
    assert result.measure_count == 4
    assert result.average_progress == pytest.approx(70)
    assert {status: count for status, _label, count in result.status_counts()} == {
        "not_reported": 1,
        "in_progress": 1,
        "completed": 1,
        "abandoned": 1,
    }


def test_unpublished_measures_and_other_editions_stay_out_of_a_rollup():
    area = ThematicAreaFactory()
    MeasureFactory(area=area, status="in_progress", progress=20)
    MeasureFactory(area=area, status="completed", progress=100, published=False)
    other_edition_area = ThematicAreaFactory(number=area.number)
    MeasureFactory(area=other_edition_area, status="completed", progress=100)
    result = rollup(area)
    assert result.measure_count == 1
    assert result.average_progress == pytest.approx(20)


def test_recording_an_update_sets_the_measures_state():
    measure = MeasureFactory(status="planned", progress=0)
    record_progress_update(measure, date=datetime.date(2024, 3, 1), status="in_progress", progress=30, note_fr="Début")
    record_progress_update(measure, date=datetime.date(2023, 1, 1), status="planned", progress=0)
    measure.refresh_from_db()
    assert (measure.status, measure.progress, measure.last_progress_date) == (
        "in_progress",
        30,
        datetime.date(2024, 3, 1),
    )


def test_a_refused_update_leaves_nothing_half_written():
    measure = MeasureFactory(status="planned", progress=0)
    with pytest.raises(ValidationError):
        record_progress_update(measure, date=datetime.date(2024, 3, 1), status="completed", progress=150)
    measure.refresh_from_db()
    assert ProgressUpdate.objects.count() == 0
    assert (measure.status, measure.progress) == ("planned", 0)


def test_the_database_refuses_progress_outside_0_100():
    measure = MeasureFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Measure.objects.filter(pk=measure.pk).update(progress=101)
    with pytest.raises(IntegrityError), transaction.atomic():
        ProgressUpdate.objects.create(measure=measure, date=datetime.date.today(), status="planned", progress=101)


def test_references_are_unique_in_an_area_and_read_the_same_in_both_languages():
    area = ThematicAreaFactory(number=3)
    measure = MeasureFactory(area=area, number=4)
    assert measure.reference == "3.4"
    with pytest.raises(IntegrityError), transaction.atomic():
        MeasureFactory(area=area, number=4)


def test_removing_every_update_clears_the_last_update_date():
    measure = MeasureFactory()
    record_progress_update(measure, date=datetime.date(2024, 3, 1), status="in_progress", progress=30)
    measure.progress_updates.all().delete()
    sync_measure_with_latest_update(measure)
    measure.refresh_from_db()
    assert measure.last_progress_date is None
