"""Project-level gates: migrations, translation catalogs, production settings."""

import os
import secrets
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.core.management import call_command

ROOT = Path(__file__).resolve().parents[2]


def manage(*args, **env):
    clean = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.django_db
def test_no_pending_migration():
    call_command("makemigrations", "--check", "--dry-run", stdout=StringIO())


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_catalog_is_complete(language):
    with open(ROOT / "locale" / language / "LC_MESSAGES" / "django.po", "rb") as po_file:
        catalog = read_po(po_file)
    untranslated = [m.id for m in catalog if m.id and not (m.string if isinstance(m.string, str) else all(m.string))]
    fuzzy = [m.id for m in catalog if m.id and m.fuzzy]
    assert untranslated == []
    assert fuzzy == []
    assert len(catalog) > 50


def test_production_refuses_to_start_without_secret_key():
    result = manage("check", DJANGO_DEBUG="0", DJANGO_ALLOWED_HOSTS="portal.example")
    assert result.returncode != 0
    assert result.stderr.strip().splitlines() == [
        "Configuration error: the environment variable DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off. "
        "(In development: use the make targets, or export DJANGO_READ_DOT_ENV_FILE=1 to read .env.)"
    ]


def test_production_refuses_to_start_without_allowed_hosts():
    result = manage("check", DJANGO_DEBUG="0", DJANGO_SECRET_KEY=secrets.token_urlsafe(50))
    assert result.returncode != 0
    assert "DJANGO_ALLOWED_HOSTS" in result.stderr
    assert "Traceback" not in result.stderr


def test_deploy_check_passes_with_production_variables():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        DJANGO_ALLOWED_HOSTS="portal.example",
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("environment", "debug"),
    [
        ({}, "False"),  # a .env left on a server (make install writes one with debug on) is not read
        ({"DJANGO_READ_DOT_ENV_FILE": "1"}, "True"),  # development asks for it
        ({"DJANGO_READ_DOT_ENV_FILE": "1", "DJANGO_DEBUG": "0"}, "False"),  # the real environment wins
    ],
)
def test_a_dot_env_file_is_read_only_when_asked_for(tmp_path, environment, debug):
    dot_env = tmp_path / ".env"
    dot_env.write_text("# as make install writes it\nDJANGO_DEBUG=1\n")
    result = manage(
        "shell",
        "--no-imports",
        "-c",
        "from django.conf import settings; print(settings.DEBUG)",
        DJANGO_DOT_ENV_FILE=str(dot_env),
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        DJANGO_ALLOWED_HOSTS="portal.example",
        **environment,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == debug
