"""The audit log: who did what, when and from where; read by publishers, changed by nobody."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client

from bps_portal.models import AuditAction, AuditEntry
from bps_portal.roles import DIRECTORY_EDITOR, PLAN_EDITOR, PUBLISHER
from gspp.models import Measure
from tests.admin_forms import form_data
from tests.factories import StaffUserFactory, UserFactory
from tests.support import verified_login

pytestmark = pytest.mark.django_db


def staff(role, **extra):
    user = UserFactory(is_staff=True, **extra)
    user.groups.add(Group.objects.get(name=role.name))
    return user


def entries(**filters):
    return list(AuditEntry.objects.filter(**filters).order_by("id"))


@pytest.fixture
def measure(initial_data):
    return Measure.objects.get(area__edition__key="2021-2024", area__number=3, number=4)


def test_a_change_in_the_admin_is_recorded_with_who_what_and_where(measure):
    area = measure.area
    editor = staff(PLAN_EDITOR)
    client = verified_login(Client(REMOTE_ADDR="198.51.100.20"), editor)
    url = f"/admin/gspp/thematicarea/{area.pk}/change/"
    data = form_data(client.get(url), "thematicarea_form")
    data["title_nl"] = "Drugs en verslavingen (herzien)"
    assert client.post(url, data).status_code == 302
    [entry] = entries(action=AuditAction.CHANGE)
    assert (entry.user, entry.username, entry.ip_address, entry.object_id) == (
        editor,
        editor.username,
        "198.51.100.20",
        str(area.pk),
    )
    assert "Titre [nl]" in str(entry.changes) or "Title [nl]" in str(entry.changes)


def test_bulk_actions_additions_and_deletions_are_recorded(measure):
    publisher = staff(PUBLISHER)
    client = verified_login(Client(), publisher)
    client.post("/admin/gspp/measure/", {"action": "mark_in_progress", "_selected_action": [measure.pk], "index": 0})
    [bulk] = entries(action=AuditAction.BULK_ACTION)
    assert bulk.object_repr == str(measure) and bulk.user == publisher
    client.post(
        "/admin/gspp/measure/",
        {"action": "delete_selected", "_selected_action": [measure.pk], "index": 0, "post": "yes"},
    )
    assert not Measure.objects.filter(pk=measure.pk).exists()
    [deletion] = entries(action=AuditAction.DELETE)
    assert deletion.object_id == str(measure.pk)


def test_logins_logouts_and_failures_are_recorded(db):
    user = UserFactory()
    client = Client(REMOTE_ADDR="203.0.113.7")
    client.post("/fr/connexion/", {"username": user.username, "password": "wrong"})
    client.post("/fr/connexion/", {"username": user.username, "password": "correct horse battery staple"})
    client.post("/fr/deconnexion/")
    logins = (AuditAction.LOGIN_FAILED, AuditAction.LOGIN, AuditAction.LOGOUT)
    actions = [(entry.action, entry.username, entry.ip_address) for entry in entries(action__in=logins)]
    assert actions == [
        (AuditAction.LOGIN_FAILED, user.username, "203.0.113.7"),
        (AuditAction.LOGIN, user.username, "203.0.113.7"),
        (AuditAction.LOGOUT, user.username, "203.0.113.7"),
    ]


def test_a_change_of_groups_is_recorded_as_a_permission_change(initial_data):
    target = UserFactory(is_staff=True)
    client = verified_login(Client(), StaffUserFactory())
    url = f"/admin/auth/user/{target.pk}/change/"
    data = form_data(client.get(url), "user_form")
    data["groups"] = [str(Group.objects.get(name=PUBLISHER.name).pk)]
    assert client.post(url, data).status_code == 302
    [entry] = entries(action=AuditAction.PERMISSIONS)
    assert entry.object_id == str(target.pk)


def test_publishers_read_and_filter_the_log_and_nobody_changes_it(measure):
    entry = AuditEntry.objects.create(action=AuditAction.COMMAND, detail="probe")
    publisher = verified_login(Client(), staff(PUBLISHER))
    listing = publisher.get("/admin/bps_portal/auditentry/", {"action__exact": "command"})
    assert listing.status_code == 200 and "probe" in listing.content.decode()
    for client in (publisher, verified_login(Client(), StaffUserFactory())):
        assert client.get("/admin/bps_portal/auditentry/add/").status_code == 403
        assert client.get(f"/admin/bps_portal/auditentry/{entry.pk}/delete/").status_code == 403
        assert client.post(f"/admin/bps_portal/auditentry/{entry.pk}/change/", {"detail": "x"}).status_code == 403
    assert AuditEntry.objects.get(pk=entry.pk).detail == "probe"
    editor = verified_login(Client(), staff(DIRECTORY_EDITOR))
    assert editor.get("/admin/bps_portal/auditentry/").status_code == 403


def test_every_admin_is_audited():
    from django.contrib import admin

    from bps_portal.admin import AuditedAdmin
    from bps_portal.models import AuditEntry as Log

    unaudited = [
        model._meta.label
        for model, model_admin in admin.site._registry.items()
        if model is not Log and not isinstance(model_admin, AuditedAdmin)
    ]
    assert unaudited == []


def test_load_initial_data_leaves_a_trace(db):
    from io import StringIO

    from django.core.management import call_command

    call_command("load_initial_data", stdout=StringIO())
    assert entries(action=AuditAction.COMMAND)[-1].detail.startswith("load_initial_data")
