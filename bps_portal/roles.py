"""Who may do what: the staff roles and the partner role, as groups with exactly these permissions.

The one table of the rules. A data migration creates the groups from a copy of it, and any later
change to it comes with a migration that applies the new copy (a test compares the two);
`load_initial_data` applies it too, so that an emptied database gets its groups back. The
superuser is for the technical account only: every person gets a role.

Permissions are named "app_label.codename", as `user.has_perm()` takes them; this module
imports no app.
"""

from dataclasses import dataclass

VIEW_ADD_CHANGE = ("view", "add", "change")

PLAN_MODELS = (
    "gspp",
    ("planedition", "strategicobjective", "thematicarea", "contextfigure", "measure", "progressupdate"),
)
PAGE_MODELS = ("bps_portal", ("page",))
# Every editor cites the sources of the facts they enter.
SOURCE_MODELS = ("bps_portal", ("source", "citation"))
DIRECTORY_MODELS = ("agencies", ("actor", "contactpoint", "municipality", "postcode"))
# The site search's best bets and synonyms: written by those who write the pages.
SEARCH_MODELS = ("bps_portal", ("searchbestbet", "searchsynonym"))
# Visitors' messages (the feedback form): names and e-mail addresses, so the fewest hands.
FEEDBACK_MODELS = ("bps_portal", ("feedback",))
PARTNER_CONTACTS = "agencies.view_partner_contacts"


def model_permissions(models, actions):
    app_label, model_names = models
    return {f"{app_label}.{action}_{model}" for model in model_names for action in actions}


@dataclass(frozen=True)
class Role:
    key: str
    name: str  # the group's name, French / Dutch, as staff see it in the admin
    permissions: frozenset
    staff: bool = True  # members work in the admin (and need two-factor authentication)


PLAN_EDITOR = Role(
    "plan_editor",
    "Plan – rédaction / Plan – redactie",
    # Actors are chosen as lead and partners of measures: seen, not edited.
    frozenset(
        model_permissions(PLAN_MODELS, VIEW_ADD_CHANGE)
        | model_permissions(SOURCE_MODELS, VIEW_ADD_CHANGE)
        | {"agencies.view_actor"}
    ),
)
PAGE_EDITOR = Role(
    "page_editor",
    "Pages – rédaction / Pagina’s – redactie",
    frozenset(
        model_permissions(PAGE_MODELS, VIEW_ADD_CHANGE)
        | model_permissions(SEARCH_MODELS, VIEW_ADD_CHANGE)
        | model_permissions(SOURCE_MODELS, VIEW_ADD_CHANGE)
    ),
)
DIRECTORY_EDITOR = Role(
    "directory_editor",
    "Annuaire – rédaction / Partnergids – redactie",
    # Partners-only contact points included; thematic areas are chosen on an actor, not edited.
    frozenset(
        model_permissions(DIRECTORY_MODELS, VIEW_ADD_CHANGE)
        | model_permissions(SOURCE_MODELS, VIEW_ADD_CHANGE)
        | {PARTNER_CONTACTS, "agencies.view_actortype", "gspp.view_thematicarea"}
    ),
)
PUBLISHER = Role(
    "publisher",
    "Publication / Publicatie",
    frozenset(
        PLAN_EDITOR.permissions
        | PAGE_EDITOR.permissions
        | DIRECTORY_EDITOR.permissions
        | model_permissions(PLAN_MODELS, ("delete",))
        | model_permissions(PAGE_MODELS, ("delete",))
        | model_permissions(SEARCH_MODELS, ("delete",))
        | model_permissions(DIRECTORY_MODELS, ("delete",))
        | model_permissions(SOURCE_MODELS, ("delete",))
        | {"bps_portal.view_auditentry", "bps_portal.publish_page", "gspp.publish_measure"}
        | model_permissions(("bps_portal", ("alert",)), ("view", "add", "change", "delete"))
        # The feedback inbox: they read, handle and delete visitors' messages (nobody adds one).
        | model_permissions(FEEDBACK_MODELS, ("view", "change", "delete"))
    ),
)
PARTNER = Role("partner", "Partenaires / Partners", frozenset({PARTNER_CONTACTS}), staff=False)

ROLES = (PLAN_EDITOR, PAGE_EDITOR, DIRECTORY_EDITOR, PUBLISHER, PARTNER)


def roles_table(roles=ROLES):
    """{group name: sorted permissions}: the form a migration keeps a copy of."""
    return {role.name: sorted(role.permissions) for role in roles}


def apply_roles(table, group_model, permission_model):
    """Give each group of `table` ({name: ["app.codename", ...]}) exactly those permissions.

    Called by data migrations with their historical models, and by `load_initial_data`.
    Raises LookupError for a permission that does not exist: a typo must not pass silently.
    """
    wanted = {name for permissions in table.values() for name in permissions}
    found = {
        f"{permission.content_type.app_label}.{permission.codename}": permission
        for permission in permission_model.objects.select_related("content_type")
    }
    missing = wanted - set(found)
    if missing:
        raise LookupError(f"Unknown permissions in the roles table: {sorted(missing)}")
    for group_name, permissions in table.items():
        group, _created = group_model.objects.get_or_create(name=group_name)
        group.permissions.set([found[name] for name in permissions])


def apply_roles_in_migration(table, apps):
    """For data migrations: permissions are normally created after all migrations; the groups
    need them now."""
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    apply_roles(table, apps.get_model("auth", "Group"), apps.get_model("auth", "Permission"))
