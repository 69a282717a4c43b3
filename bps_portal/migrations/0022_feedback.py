"""The feedback form (issue 16): the visitors' messages, and the publishers who handle them in the
admin (view, change, delete; nobody adds a message there); page editors write the search's best bets
and synonyms (0021), publishers delete them.

ROLES is a copy of bps_portal.roles as it stands with this migration (see 0007_roles).
The editorial pages that point to the form (accessibility statement, about page without the fax)
reach existing sites through their data files and `load_initial_data`, which corrects a page body
that still holds the shipped text (bps_portal/seed.py): no data migration is needed for them.
"""

from django.db import migrations, models

from bps_portal.roles import apply_roles_in_migration

ROLES = {
    "Annuaire – rédaction / Partnergids – redactie": [
        "agencies.add_actor",
        "agencies.add_contactpoint",
        "agencies.add_municipality",
        "agencies.add_postcode",
        "agencies.change_actor",
        "agencies.change_contactpoint",
        "agencies.change_municipality",
        "agencies.change_postcode",
        "agencies.view_actor",
        "agencies.view_actortype",
        "agencies.view_contactpoint",
        "agencies.view_municipality",
        "agencies.view_partner_contacts",
        "agencies.view_postcode",
        "bps_portal.add_citation",
        "bps_portal.add_source",
        "bps_portal.change_citation",
        "bps_portal.change_source",
        "bps_portal.view_citation",
        "bps_portal.view_source",
        "gspp.view_thematicarea",
    ],
    "Pages – rédaction / Pagina’s – redactie": [
        "bps_portal.add_citation",
        "bps_portal.add_page",
        "bps_portal.add_searchbestbet",
        "bps_portal.add_searchsynonym",
        "bps_portal.add_source",
        "bps_portal.change_citation",
        "bps_portal.change_page",
        "bps_portal.change_searchbestbet",
        "bps_portal.change_searchsynonym",
        "bps_portal.change_source",
        "bps_portal.view_citation",
        "bps_portal.view_page",
        "bps_portal.view_searchbestbet",
        "bps_portal.view_searchsynonym",
        "bps_portal.view_source",
    ],
    "Partenaires / Partners": ["agencies.view_partner_contacts"],
    "Plan – rédaction / Plan – redactie": [
        "agencies.view_actor",
        "bps_portal.add_citation",
        "bps_portal.add_source",
        "bps_portal.change_citation",
        "bps_portal.change_source",
        "bps_portal.view_citation",
        "bps_portal.view_source",
        "gspp.add_contextfigure",
        "gspp.add_measure",
        "gspp.add_planedition",
        "gspp.add_progressupdate",
        "gspp.add_strategicobjective",
        "gspp.add_thematicarea",
        "gspp.change_contextfigure",
        "gspp.change_measure",
        "gspp.change_planedition",
        "gspp.change_progressupdate",
        "gspp.change_strategicobjective",
        "gspp.change_thematicarea",
        "gspp.view_contextfigure",
        "gspp.view_measure",
        "gspp.view_planedition",
        "gspp.view_progressupdate",
        "gspp.view_strategicobjective",
        "gspp.view_thematicarea",
    ],
    "Publication / Publicatie": [
        "agencies.add_actor",
        "agencies.add_contactpoint",
        "agencies.add_municipality",
        "agencies.add_postcode",
        "agencies.change_actor",
        "agencies.change_contactpoint",
        "agencies.change_municipality",
        "agencies.change_postcode",
        "agencies.delete_actor",
        "agencies.delete_contactpoint",
        "agencies.delete_municipality",
        "agencies.delete_postcode",
        "agencies.view_actor",
        "agencies.view_actortype",
        "agencies.view_contactpoint",
        "agencies.view_municipality",
        "agencies.view_partner_contacts",
        "agencies.view_postcode",
        "bps_portal.add_alert",
        "bps_portal.add_citation",
        "bps_portal.add_page",
        "bps_portal.add_searchbestbet",
        "bps_portal.add_searchsynonym",
        "bps_portal.add_source",
        "bps_portal.change_alert",
        "bps_portal.change_citation",
        "bps_portal.change_feedback",
        "bps_portal.change_page",
        "bps_portal.change_searchbestbet",
        "bps_portal.change_searchsynonym",
        "bps_portal.change_source",
        "bps_portal.delete_alert",
        "bps_portal.delete_citation",
        "bps_portal.delete_feedback",
        "bps_portal.delete_page",
        "bps_portal.delete_searchbestbet",
        "bps_portal.delete_searchsynonym",
        "bps_portal.delete_source",
        "bps_portal.publish_page",
        "bps_portal.view_alert",
        "bps_portal.view_auditentry",
        "bps_portal.view_citation",
        "bps_portal.view_feedback",
        "bps_portal.view_page",
        "bps_portal.view_searchbestbet",
        "bps_portal.view_searchsynonym",
        "bps_portal.view_source",
        "gspp.add_contextfigure",
        "gspp.add_measure",
        "gspp.add_planedition",
        "gspp.add_progressupdate",
        "gspp.add_strategicobjective",
        "gspp.add_thematicarea",
        "gspp.change_contextfigure",
        "gspp.change_measure",
        "gspp.change_planedition",
        "gspp.change_progressupdate",
        "gspp.change_strategicobjective",
        "gspp.change_thematicarea",
        "gspp.delete_contextfigure",
        "gspp.delete_measure",
        "gspp.delete_planedition",
        "gspp.delete_progressupdate",
        "gspp.delete_strategicobjective",
        "gspp.delete_thematicarea",
        "gspp.publish_measure",
        "gspp.view_contextfigure",
        "gspp.view_measure",
        "gspp.view_planedition",
        "gspp.view_progressupdate",
        "gspp.view_strategicobjective",
        "gspp.view_thematicarea",
    ],
}


def apply(apps, schema_editor):
    apply_roles_in_migration(ROLES, apps)


class Migration(migrations.Migration):
    dependencies = [
        ("bps_portal", "0021_search_help"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.CreateModel(
            name="Feedback",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "kind",
                    models.CharField(
                        choices=[
                            ("accessibility", "An accessibility problem"),
                            ("correction", "A correction to a contact or to a partner’s details"),
                            ("other", "Something else"),
                        ],
                        max_length=20,
                        verbose_name="subject",
                    ),
                ),
                (
                    "page_url",
                    models.CharField(
                        blank=True,
                        help_text="As the visitor gave it, or the page they came from.",
                        max_length=500,
                        verbose_name="page concerned",
                    ),
                ),
                ("message", models.TextField(verbose_name="message")),
                ("name", models.CharField(blank=True, max_length=150, verbose_name="name")),
                (
                    "email",
                    models.EmailField(
                        blank=True,
                        help_text="Only to answer this message.",
                        max_length=254,
                        verbose_name="e-mail address",
                    ),
                ),
                (
                    "language",
                    models.CharField(
                        choices=[("fr", "French"), ("nl", "Dutch")], max_length=2, verbose_name="language"
                    ),
                ),
                ("created_at", models.DateTimeField(auto_now_add=True, db_index=True, verbose_name="received at")),
                (
                    "status",
                    models.CharField(
                        choices=[("new", "new"), ("in_progress", "in progress"), ("done", "done")],
                        default="new",
                        max_length=12,
                        verbose_name="status",
                    ),
                ),
                (
                    "staff_note",
                    models.TextField(
                        blank=True, help_text="What was done; the visitor never sees it.", verbose_name="staff note"
                    ),
                ),
            ],
            options={
                "verbose_name": "message from a visitor",
                "verbose_name_plural": "messages from visitors",
                "ordering": ["-created_at", "-id"],
                "default_permissions": ("view", "change", "delete"),
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(("kind__in", ["accessibility", "correction", "other"])),
                        name="feedback_kind_valid",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(("status__in", ["new", "in_progress", "done"])),
                        name="feedback_status_valid",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(("language__in", ["fr", "nl"])), name="feedback_language_valid"
                    ),
                    models.CheckConstraint(
                        condition=models.Q(("message", ""), _negated=True), name="feedback_message_not_empty"
                    ),
                ],
            },
        ),
        migrations.RunPython(apply, migrations.RunPython.noop),
    ]
