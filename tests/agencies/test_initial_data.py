from io import StringIO

import pytest
from django.core.management import call_command

from agencies.models import Actor, Municipality

pytestmark = pytest.mark.django_db


def test_six_police_zones_serve_the_nineteen_communes(initial_data):
    zones = Actor.objects.exclude(zone_number="")
    assert sorted(zones.values_list("zone_number", flat=True)) == ["5339", "5340", "5341", "5342", "5343", "5344"]
    assert Municipality.objects.count() == 19
    assert all(municipality.police_zone.zone_number for municipality in Municipality.objects.all())
    served = {zone.zone_number: zone.municipalities_served.count() for zone in zones}
    assert served == {"5339": 2, "5340": 5, "5341": 3, "5342": 3, "5343": 3, "5344": 3}


def test_every_actor_has_both_languages_and_a_type(initial_data):
    for actor in Actor.objects.all():
        assert actor.name_fr and actor.name_nl and actor.slug_fr and actor.slug_nl, actor.key
        assert actor.description_fr and actor.description_nl, actor.key
        assert actor.actor_type_id, actor.key
        assert not actor.is_demo


def test_loading_again_keeps_staff_edits(initial_data):
    Actor.objects.filter(key="siamu").update(phone="+32 2 208 81 11", parent=None)
    Municipality.objects.filter(key="uccle").delete()
    out = StringIO()
    call_command("load_initial_data", "--recreate-deleted", stdout=out)
    assert "actors: 0 created" in out.getvalue()
    assert "communes: 1 created" in out.getvalue()
    assert Actor.objects.get(key="siamu").phone == "+32 2 208 81 11"
