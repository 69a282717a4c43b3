"""The crisis alert: published or scheduled by a publisher in French and Dutch, at the top of every
public page, announced to screen readers, printed, in the Atom feed, gone at once when withdrawn."""

import datetime
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone

from bps_portal.alerts import alerts_now
from bps_portal.models import Alert
from bps_portal.roles import PUBLISHER
from tests.admin_forms import form_data
from tests.factories import UserFactory
from tests.support import verified_login

pytestmark = pytest.mark.django_db
PAGES = ["/fr/", "/nl/", "/fr/pgsp/", "/nl/partners/", "/fr/a-propos/", "/nl/zoeken/?q=politie"]


@pytest.fixture
def publisher(initial_data):
    user = UserFactory(is_staff=True)
    user.groups.add(Group.objects.get(name=PUBLISHER.name))
    return verified_login(Client(), user)


def publish_alert(publisher, **fields):
    data = form_data(publisher.get("/admin/bps_portal/alert/add/"), "alert_form")
    data.update(
        {
            "message_fr": "Inondations : évitez le centre-ville.",
            "message_nl": "Overstromingen: vermijd het stadscentrum.",
            "level": "emergency",
            "link_fr": "https://crisiscenter.be/fr",
            "published": "on",
            **fields,
        }
    )
    assert publisher.post("/admin/bps_portal/alert/add/", data).status_code == 302
    return Alert.objects.latest("created_at")


def banner(path):
    soup = BeautifulSoup(Client().get(path).content, "html.parser")
    return soup.select_one(".site-alert")


def test_a_published_alert_tops_every_public_page_in_its_language(publisher):
    publish_alert(publisher)
    for path in PAGES:
        alert = banner(path)
        assert alert is not None, path
        assert alert["role"] == "alert"
        text = alert.get_text(" ", strip=True)
        if path.startswith("/fr/"):
            assert "Urgence\u00a0:" in text and "évitez le centre-ville" in text
        else:
            assert "Noodgeval:" in text and "vermijd het stadscentrum" in text
    assert banner("/fr/").find("a")["href"] == "https://crisiscenter.be/fr"


def test_information_is_a_polite_status(publisher):
    publish_alert(publisher, level="information")
    assert banner("/nl/")["role"] == "status"


def test_withdrawn_it_is_gone_everywhere_at_once(publisher):
    alert = publish_alert(publisher)
    assert banner("/fr/") is not None
    url = f"/admin/bps_portal/alert/{alert.pk}/change/"
    data = form_data(publisher.get(url), "alert_form")
    data.pop("published")
    assert publisher.post(url, data).status_code == 302
    for path in PAGES:
        assert banner(path) is None, path


def test_a_scheduled_alert_waits_for_its_time_and_the_cache_for_no_longer(publisher):
    soon = timezone.localtime() + datetime.timedelta(seconds=90)
    publish_alert(publisher, publish_from_0=soon.strftime("%Y-%m-%d"), publish_from_1=soon.strftime("%H:%M:%S"))
    assert banner("/fr/") is None
    in_force, seconds = alerts_now(timezone.now())
    assert in_force == [] and 0 < seconds <= 91, "cached until it falls due, not longer"
    in_force, _seconds = alerts_now(soon + datetime.timedelta(seconds=1))
    assert [alert.message_fr for alert in in_force] == ["Inondations : évitez le centre-ville."]


def test_the_alert_opens_the_plans_atom_feed(publisher):
    publish_alert(publisher)
    feed = ElementTree.fromstring(Client().get("/nl/gvpp/updates.atom").content)
    first = feed.find("{http://www.w3.org/2005/Atom}entry/{http://www.w3.org/2005/Atom}title")
    assert first.text == "Noodgeval: Overstromingen: vermijd het stadscentrum."


def test_it_is_printed():
    from pathlib import Path

    print_css = (Path(__file__).resolve().parents[2] / "static" / "css" / "print.css").read_text()
    hidden = " ".join(line for line in print_css.splitlines() if "display: none" in line)
    assert ".site-alert" not in hidden and ".site-alert" in print_css
