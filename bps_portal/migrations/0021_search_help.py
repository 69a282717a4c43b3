"""Search that always helps (issue 16): best bets and synonyms per language, edited by staff."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("bps_portal", "0020_audit_import_action"),
        ("agencies", "0009_cores_spelling_brusafe_parent"),
        ("gspp", "0011_editions_compared"),
    ]

    operations = [
        migrations.CreateModel(
            name="SearchSynonym",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "language",
                    models.CharField(choices=[("fr", "French"), ("nl", "Dutch")], max_length=2, verbose_name="language"),
                ),
                ("term", models.CharField(max_length=100, verbose_name="when someone searches for")),
                (
                    "also",
                    models.CharField(
                        help_text="Words or phrases, separated by commas.", max_length=300, verbose_name="also search for"
                    ),
                ),
            ],
            options={
                "verbose_name": "search synonym",
                "verbose_name_plural": "search synonyms",
                "ordering": ["language", "term"],
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(("language__in", ("fr", "nl"))), name="searchsynonym_language_valid"
                    ),
                    models.UniqueConstraint(fields=("language", "term"), name="searchsynonym_unique_term"),
                ],
            },
        ),
        migrations.CreateModel(
            name="SearchBestBet",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "language",
                    models.CharField(choices=[("fr", "French"), ("nl", "Dutch")], max_length=2, verbose_name="language"),
                ),
                (
                    "terms",
                    models.TextField(
                        help_text=(
                            "Words or phrases, separated by commas: a search that contains one of them shows this "
                            "answer first. Capitals and accents do not matter."
                        ),
                        verbose_name="search terms",
                    ),
                ),
                ("title", models.CharField(max_length=200, verbose_name="title")),
                ("text", models.CharField(blank=True, max_length=300, verbose_name="short text")),
                (
                    "destination",
                    models.CharField(
                        choices=[
                            ("address", "the address given"),
                            ("police_zones", "which police zone serves my commune"),
                            ("emergency", "the emergency numbers 112 and 101"),
                            ("directory", "the partner directory"),
                            ("measures", "the measure finder"),
                            ("plan", "the plan in force"),
                            ("area", "a thematic area"),
                            ("actor", "a partner"),
                        ],
                        default="address",
                        max_length=20,
                        verbose_name="leads to",
                    ),
                ),
                (
                    "url",
                    models.CharField(
                        blank=True,
                        help_text=(
                            "For “the address given”: a page of the portal (/fr/…, /nl/…) or an address starting "
                            "https://."
                        ),
                        max_length=500,
                        verbose_name="address",
                    ),
                ),
                (
                    "position",
                    models.PositiveSmallIntegerField(
                        default=100,
                        help_text="When several answers match, the lowest number comes first.",
                        verbose_name="position",
                    ),
                ),
                ("active", models.BooleanField(default=True, verbose_name="shown")),
                ("updated_at", models.DateTimeField(auto_now=True, verbose_name="updated at")),
                (
                    "actor",
                    models.ForeignKey(
                        blank=True,
                        help_text="For “a partner”.",
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="agencies.actor",
                        verbose_name="partner",
                    ),
                ),
                (
                    "area",
                    models.ForeignKey(
                        blank=True,
                        help_text="For “a thematic area”.",
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="gspp.thematicarea",
                        verbose_name="thematic area",
                    ),
                ),
            ],
            options={
                "verbose_name": "search answer",
                "verbose_name_plural": "search answers",
                "ordering": ["language", "position", "title"],
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(("language__in", ("fr", "nl"))), name="searchbestbet_language_valid"
                    ),
                    models.CheckConstraint(
                        condition=models.Q(
                            (
                                "destination__in",
                                ["address", "police_zones", "emergency", "directory", "measures", "plan", "area",
                                 "actor"],
                            )
                        ),
                        name="searchbestbet_destination_valid",
                    ),
                ],
            },
        ),
    ]
