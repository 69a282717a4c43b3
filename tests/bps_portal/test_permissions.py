"""The role × action matrix: for every kind of visitor and every admin door, the expected answer.

RULES below is the specification, written independently of `bps_portal.roles` (the groups the
code creates): loosening a role, an admin or an action makes a cell fail. Every model the admin
registers, each of its actions, extra pages and autocomplete fields must have a rule here, so
that adding one without deciding who may use it fails the suite.
"""

import pytest
import reversion
from django.contrib import admin
from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.urls import reverse
from reversion.models import Version

from bps_portal import drafts
from bps_portal.roles import ROLES
from tests.admin_forms import form_data
from tests.factories import StaffUserFactory, UserFactory
from tests.support import verified_login

pytestmark = pytest.mark.django_db

SUPERUSER = {"superuser"}
PLAN = {"plan_editor", "publisher", *SUPERUSER}
PAGES = {"page_editor", "publisher", *SUPERUSER}
DIRECTORY = {"directory_editor", "publisher", *SUPERUSER}
PUBLISHERS = {"publisher", *SUPERUSER}
NOBODY = set()
# Not a role: staff who may view every content model and change nothing. They probe the rules
# that need more than viewing (a bulk action that forgot its permission, say).
VIEWER = {"viewer"}
SEES_ACTORS = PLAN | DIRECTORY | VIEWER
VIEWER_PERMISSIONS = ("gspp", "agencies", "bps_portal")

# Every visitor: the roles of the table, anonymous, staff with no role or view rights only, the technical account.
VISITORS = ["anonymous", *(role.key for role in ROLES), "staff without a role", "viewer", "superuser"]


def rule(read, write, delete, **actions):
    """Who may list and view, add and change, delete (and bulk-delete), and run each action."""
    return {
        "list": read,
        "view": read,
        "history": read,
        "add": write,
        "change": write,
        "delete": delete,
        "delete_selected": delete,
        **actions,
    }


def content_rule(read, write, delete, **actions):
    """Content keeps revisions: readers see old versions, editors list deleted objects, and who
    may delete may restore a version or bring back a deleted object."""
    return rule(
        read,
        write,
        delete,
        revision=read,
        recoverlist=write,
        restore=delete,
        recover=delete,
        mark_translations_checked=write,
        **actions,
    )


def publishable_rule(read, write, publish, **actions):
    """Pages and measures change through drafts: readers preview them, editors save and discard
    them, publishers publish (and delete, and restore)."""
    return content_rule(read, write, publish, preview=read, discarddraft=write, publish=publish, **actions)


MARK = dict.fromkeys(("mark_in_progress", "mark_delayed", "mark_completed", "mark_abandoned"), PLAN)
RULES = {
    "gspp.planedition": content_rule(PLAN | VIEWER, PLAN, PUBLISHERS),
    "gspp.strategicobjective": content_rule(PLAN | VIEWER, PLAN, PUBLISHERS),
    "gspp.thematicarea": content_rule(PLAN | DIRECTORY | VIEWER, PLAN, PUBLISHERS),
    # The yearly reporting import and its template: publishers.
    "gspp.measure": publishable_rule(
        PLAN | VIEWER, PLAN, PUBLISHERS, **MARK, **{"import": PUBLISHERS}, template=PUBLISHERS
    ),
    "agencies.actor": content_rule(SEES_ACTORS, DIRECTORY, PUBLISHERS),
    "agencies.actortype": content_rule(DIRECTORY | VIEWER, SUPERUSER, SUPERUSER),
    "agencies.municipality": content_rule(DIRECTORY | VIEWER, DIRECTORY, PUBLISHERS),
    "bps_portal.page": publishable_rule(PAGES | VIEWER, PAGES, PUBLISHERS),
    # The crisis alert: publishers only (the viewer probe reads it).
    "bps_portal.alert": content_rule(PUBLISHERS | VIEWER, PUBLISHERS, PUBLISHERS),
    # Sources: every editor cites them; publishers delete one no record cites any more.
    "bps_portal.source": rule(PLAN | PAGES | DIRECTORY | VIEWER, PLAN | PAGES | DIRECTORY, PUBLISHERS),
    # Visitors' messages (the feedback form): publishers read, handle and delete them; nobody adds one.
    "bps_portal.feedback": rule(
        PUBLISHERS | VIEWER, PUBLISHERS, PUBLISHERS, mark_in_progress=PUBLISHERS, mark_done=PUBLISHERS
    )
    | {"add": NOBODY},
    # The search page's best bets and synonyms (issue 16): revised like content; no role of
    # bps_portal.roles may edit them yet (the viewer probe reads them).
    # The search's best bets and synonyms: written with the pages.
    "bps_portal.searchbestbet": rule(
        PAGES | VIEWER,
        PAGES,
        PUBLISHERS,
        revision=PAGES | VIEWER,
        recoverlist=PAGES,
        restore=PUBLISHERS,
        recover=PUBLISHERS,
    ),
    "bps_portal.searchsynonym": rule(
        PAGES | VIEWER,
        PAGES,
        PUBLISHERS,
        revision=PAGES | VIEWER,
        recoverlist=PAGES,
        restore=PUBLISHERS,
        recover=PUBLISHERS,
    ),
    "bps_portal.auditentry": {"list": PUBLISHERS, "view": PUBLISHERS, "history": PUBLISHERS}
    | dict.fromkeys(("add", "change", "delete", "delete_selected"), NOBODY),
    "auth.user": rule(SUPERUSER, SUPERUSER, SUPERUSER),
    "auth.group": rule(SUPERUSER, SUPERUSER, SUPERUSER),
    "otp_totp.totpdevice": rule(SUPERUSER, SUPERUSER, SUPERUSER, config=SUPERUSER, qrcode=SUPERUSER),
    "otp_static.staticdevice": rule(SUPERUSER, SUPERUSER, SUPERUSER),
    # Login lockouts: read and cleared by the technical account; nobody adds one.
    "axes.accessattempt": rule(SUPERUSER, SUPERUSER, SUPERUSER) | {"add": NOBODY},
    "axes.accesslog": rule(SUPERUSER, SUPERUSER, SUPERUSER) | {"add": NOBODY},
    "axes.accessfailurelog": rule(SUPERUSER, SUPERUSER, SUPERUSER) | {"add": NOBODY},
}
# Autocomplete answers whoever may view the model it lists.
AUTOCOMPLETE = {
    ("gspp.measure", "lead_actor"): SEES_ACTORS,
    ("gspp.measure", "partner_actors"): SEES_ACTORS,
    ("gspp.measure", "continues"): PLAN | VIEWER,
    ("agencies.actor", "parent"): SEES_ACTORS,
    ("agencies.actor", "thematic_areas"): PLAN | DIRECTORY | VIEWER,
    ("agencies.municipality", "police_zone"): SEES_ACTORS,
    ("agencies.municipality", "actor"): SEES_ACTORS,
}
STANDARD_PAGES = {"changelist", "add", "history", "delete", "change"}


def model_admins():
    return {model._meta.label_lower: model_admin for model, model_admin in admin.site._registry.items()}


def superuser_request():
    from django.test import RequestFactory

    request = RequestFactory().get("/admin/")
    request.user = StaffUserFactory.build(is_superuser=True)
    return request


def test_every_admin_door_has_a_rule():
    """A model, an action, an extra admin page or an autocomplete field without a rule fails."""
    missing = []
    for label, model_admin in model_admins().items():
        rules = RULES.get(label)
        if rules is None:
            missing.append(label)
            continue
        missing += [f"{label}: {name}" for name in model_admin.get_actions(superuser_request()) if name not in rules]
        extra_pages = {url.name.rpartition("_")[2] for url in model_admin.get_urls() if url.name}
        missing += [f"{label}: page {name}" for name in extra_pages - STANDARD_PAGES if name not in rules]
        missing += [
            f"{label}: autocomplete {field}"
            for field in model_admin.autocomplete_fields
            if (label, field) not in AUTOCOMPLETE
        ]
    assert missing == []


def test_the_roles_table_is_what_the_rules_assume():
    assert {role.key for role in ROLES} == {"plan_editor", "page_editor", "directory_editor", "publisher", "partner"}
    assert [role.key for role in ROLES if not role.staff] == ["partner"]


def visitor_client(kind):
    client = Client(raise_request_exception=False)
    if kind == "anonymous":
        return client
    if kind == "superuser":
        return verified_login(client, StaffUserFactory())
    role = next((role for role in ROLES if role.key == kind), None)
    user = UserFactory(is_staff=role is None or role.staff)
    if role is not None:
        user.groups.add(Group.objects.get(name=role.name))
    if kind == "viewer":
        viewing = Permission.objects.filter(
            codename__startswith="view_", content_type__app_label__in=VIEWER_PERMISSIONS
        )
        user.user_permissions.set(viewing.exclude(codename__in=["view_auditentry", "view_partner_contacts"]))
    return verified_login(client, user) if user.is_staff else force_login(client, user)


def force_login(client, user):
    client.force_login(user)
    return client


def sample(label):
    """An object of the model `label`, from the seed data or made here, that any rule may delete."""
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog
    from django_otp.plugins.otp_static.models import StaticDevice
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from agencies.models import Actor, ActorType, Municipality
    from bps_portal import audit
    from bps_portal.models import Alert, Feedback, Page, SearchBestBet, SearchSynonym, Source
    from gspp.models import Measure, PlanEdition, StrategicObjective, ThematicArea

    makers = {
        "gspp.planedition": lambda: PlanEdition.objects.get(key="2017-2020"),
        "gspp.strategicobjective": lambda: StrategicObjective.objects.filter(edition__key="2021-2024").first(),
        "gspp.thematicarea": lambda: ThematicArea.objects.get(edition__key="2021-2024", number=9),
        "gspp.measure": lambda: Measure.objects.get(area__edition__key="2021-2024", area__number=3, number=4),
        "agencies.actor": lambda: Actor.objects.get(key="actiris"),
        "agencies.actortype": lambda: ActorType.objects.create(
            key="probe", name_fr="Sonde", name_nl="Sonde", name_plural_fr="Sondes", name_plural_nl="Sondes"
        ),
        "agencies.municipality": lambda: Municipality.objects.get(key="ixelles"),
        "bps_portal.page": lambda: Page.objects.get(key="privacy"),
        "bps_portal.alert": lambda: Alert.objects.create(message_fr="Sonde", message_nl="Sonde", published=True),
        "bps_portal.source": lambda: Source.objects.create(key="probe", title="Sonde"),
        "bps_portal.searchbestbet": lambda: SearchBestBet.objects.get(language="fr", destination="police_zones"),
        "bps_portal.searchsynonym": lambda: SearchSynonym.objects.filter(language="nl").first(),
        "bps_portal.auditentry": lambda: audit.record(audit.AuditAction.COMMAND, detail="probe"),
        "bps_portal.feedback": lambda: Feedback.objects.create(kind="other", message="Sonde", language="fr"),
        "auth.user": lambda: UserFactory(),
        "auth.group": lambda: Group.objects.create(name="Probe"),
        "otp_totp.totpdevice": lambda: TOTPDevice.objects.create(user=UserFactory(), name="probe"),
        "otp_static.staticdevice": lambda: StaticDevice.objects.create(user=UserFactory(), name="probe"),
        "axes.accessattempt": lambda: AccessAttempt.objects.create(username="probe", failures_since_start=1),
        "axes.accesslog": lambda: AccessLog.objects.create(username="probe"),
        "axes.accessfailurelog": lambda: AccessFailureLog.objects.create(username="probe"),
    }
    return makers[label]()


CELLS = [(label, action) for label, rules in RULES.items() for action in rules]


def admin_url(label, page, obj=None):
    app_label, model_name = label.split(".")
    args = [obj.pk] if page in ("change", "delete", "history") else []
    return reverse(f"admin:{app_label}_{model_name}_{page}", args=args)


def attempt(client, label, action, obj):
    """Try the action through the admin; True when it was done, False when refused."""
    if action in ("list", "add"):
        response = client.get(admin_url(label, "changelist" if action == "list" else "add"))
        return answered(response, 200)
    if action in ("view", "history", "delete"):
        return answered(client.get(admin_url(label, action if action != "view" else "change", obj)), 200)
    if action == "change":
        url = admin_url(label, "change", obj)
        return answered(client.post(url, superuser_form_data(url, label)), 302)
    if action in ("revision", "restore"):
        url = revision_url(label, obj, a_version_of(obj))
        if action == "revision":
            return answered(client.get(url), 200)
        return answered(client.post(url, superuser_form_data(url, label)), 302)
    if action == "recoverlist":
        return answered(client.get(admin_url(label, "recoverlist")), 200)
    if action == "recover":
        version = deleted_version_of(obj)
        app_label, model_name = label.split(".")
        url = reverse(f"admin:{app_label}_{model_name}_recover", args=[version.pk])
        answered(client.post(url, superuser_form_data(url, label)), 302)
        return type(obj).objects.filter(pk=version.object_id).exists()
    if action == "preview":
        app_label, model_name = label.split(".")
        return answered(client.get(reverse(f"admin:{app_label}_{model_name}_preview", args=[obj.pk, "nl"])), 200)
    if action == "discarddraft":
        drafts.save_draft(obj, {"title_fr": "Brouillon"}, None)
        app_label, model_name = label.split(".")
        client.post(reverse(f"admin:{app_label}_{model_name}_discarddraft", args=[obj.pk]))
        return drafts.draft_of(obj) is None
    if action == "publish":
        url = admin_url(label, "change", obj)
        data = {**superuser_form_data(url, label), "title_fr": "Titre publié", "_publish": "1"}
        client.post(url, data)
        return type(obj).objects.get(pk=obj.pk).title_fr == "Titre publié"
    if action in ("import", "template"):
        app_label, model_name = label.split(".")
        return answered(client.get(reverse(f"admin:{app_label}_{model_name}_{action}")), 200)
    if action in ("config", "qrcode"):
        app_label, model_name = label.split(".")
        return answered(client.get(reverse(f"admin:{app_label}_{model_name}_{action}", args=[obj.pk])), 200)
    # A bulk action from the change list: did it run?
    before = snapshot(obj)
    response = client.post(
        admin_url(label, "changelist"), {"action": action, "_selected_action": [obj.pk], "index": 0, "post": "yes"}
    )
    assert response.status_code < 500
    return snapshot(obj) != before


# Read once per address: every test starts from the same seed data (its changes are rolled back, and an id
# is never given twice), so the technical account sees the same form at the same address in every test.
SUPERUSER_FORMS = {}


def superuser_form_data(url, label):
    """The form at `url` as the technical account sees it, ready to be sent back."""
    if url not in SUPERUSER_FORMS:
        page = verified_login(Client(), StaffUserFactory()).get(url)
        SUPERUSER_FORMS[url] = form_data(page, f"{label.split('.')[1]}_form") if b"_form" in page.content else {}
    return dict(SUPERUSER_FORMS[url])


def a_version_of(obj):
    with reversion.create_revision():
        obj.save()
    return Version.objects.get_for_object(obj).first()


def deleted_version_of(obj):
    a_version_of(obj)
    with reversion.create_revision():
        obj.delete()
    return Version.objects.get_deleted(type(obj)).first()


def revision_url(label, obj, version):
    app_label, model_name = label.split(".")
    return reverse(f"admin:{app_label}_{model_name}_revision", args=[obj.pk, version.pk])


def answered(response, success_status):
    """Done: the expected status, not a redirect to the login page."""
    assert response.status_code < 500, response.status_code
    to_login = response.status_code == 302 and response["Location"].startswith(reverse("admin:login"))
    return response.status_code == success_status and not to_login


def snapshot(obj):
    """What a bulk action may change: the object's existence and its fields."""
    row = type(obj).objects.filter(pk=obj.pk).values().first()
    return row and {key: value for key, value in row.items() if key not in ("last_progress_date",)}


@pytest.mark.parametrize("visitor", VISITORS)
@pytest.mark.parametrize(("label", "action"), CELLS, ids=[f"{label}-{action}" for label, action in CELLS])
def test_admin_matrix(visitor, label, action):
    obj = sample(label)
    done = attempt(visitor_client(visitor), label, action, obj)
    assert done is (visitor in RULES[label][action]), f"{visitor} {'could' if done else 'could not'} {action}"


@pytest.mark.parametrize("visitor", VISITORS)
@pytest.mark.parametrize(("source", "field"), AUTOCOMPLETE, ids=[f"{s}-{f}" for s, f in AUTOCOMPLETE])
def test_autocomplete_matrix(visitor, source, field):
    app_label, model_name = source.split(".")
    query = {"app_label": app_label, "model_name": model_name, "field_name": field, "term": "a"}
    response = visitor_client(visitor).get(reverse("admin:autocomplete"), query)
    assert response.status_code < 500
    assert (response.status_code == 200) is (visitor in AUTOCOMPLETE[(source, field)])


STAFF = {role.key for role in ROLES if role.staff} | {"staff without a role", "viewer", "superuser"}


@pytest.mark.parametrize("visitor", VISITORS)
def test_who_enters_the_admin(visitor):
    response = visitor_client(visitor).get(reverse("admin:index"))
    if visitor in STAFF:
        assert response.status_code == 200
    else:
        assert response.status_code == 302 and response["Location"].startswith(reverse("admin:login"))


@pytest.mark.parametrize("visitor", VISITORS)
@pytest.mark.parametrize("path", ["/fr/", "/nl/gvpp/", "/fr/partenaires/", "/nl/zoeken/?q=politie"])
def test_everyone_reads_the_public_site(visitor, path):
    assert visitor_client(visitor).get(path).status_code == 200
