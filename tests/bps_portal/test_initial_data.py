from io import StringIO

import pytest
from django.core.management import call_command

from agencies.models import Actor
from bps_portal.models import Page

pytestmark = pytest.mark.django_db


def load():
    out = StringIO()
    call_command("load_initial_data", stdout=out)
    return out.getvalue()


def test_loads_the_editorial_pages_and_bps_in_both_languages():
    load()
    keys = set(Page.objects.values_list("key", flat=True))
    assert {"about", "accessibility", "privacy"} <= keys
    for page in Page.objects.all():
        assert page.title_fr and page.title_nl and page.body_fr and page.body_nl, page.key
    bps = Actor.objects.get(key="bps")
    assert (bps.street_fr, bps.street_nl) == ("Rue de Ligne 40", "Ligniestraat 40")
    assert (bps.phone, bps.fax) == ("+32 2 507 99 11", "+32 2 507 99 33")


def test_running_twice_changes_nothing_and_keeps_staff_edits():
    load()
    page = Page.objects.get(key="about")
    page.title_nl = "Over BPV (aangepast door de redactie)"
    page.save()
    Actor.objects.filter(key="bps").update(phone="+32 2 000 00 00")
    count = Page.objects.count()

    output = load()

    assert "0 created" in output
    assert Page.objects.count() == count
    assert Page.objects.get(key="about").title_nl == "Over BPV (aangepast door de redactie)"
    assert Actor.objects.get(key="bps").phone == "+32 2 000 00 00"


def test_what_staff_deleted_stays_deleted_unless_asked_to_recreate_it():
    load()
    Page.objects.filter(key="privacy").delete()
    assert "page privacy" in load()
    assert not Page.objects.filter(key="privacy").exists()
    out = StringIO()
    call_command("load_initial_data", "--recreate-deleted", stdout=out)
    assert Page.objects.filter(key="privacy").exists()


def test_footer_contact_comes_from_the_bps_record(client):
    load()
    Actor.objects.filter(key="bps").update(phone="+32 2 123 45 67")
    html = client.get("/nl/").content.decode()
    assert "+32 2 123 45 67" in html
    assert "Ligniestraat 40" in html
    assert "Rue de Ligne 40" in client.get("/fr/").content.decode()
