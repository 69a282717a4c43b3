import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.db import OperationalError

from bps_portal import views

ROOT = Path(__file__).resolve().parents[2]


def test_live_answers_without_the_database(client):
    # No django_db mark: any database access in this test would raise.
    response = client.get("/health/live")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


@pytest.mark.django_db
def test_ready_answers_200_when_the_database_answers(client):
    response = client.get("/health/ready")
    assert response.status_code == 200
    assert response.json()["database"] == "ok"


@pytest.mark.django_db
def test_ready_answers_503_when_the_database_fails(client, monkeypatch):
    def unreachable(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr("django.db.backends.utils.CursorWrapper.execute", unreachable)
    response = client.get("/health/ready")
    assert response.status_code == 503
    assert response.json()["database"] == "unreachable"


@pytest.mark.django_db
@pytest.mark.parametrize(("path", "text"), [("/fr/", "maintenance"), ("/nl/", "onderhoud")])
def test_lost_database_gives_the_maintenance_page_in_the_url_language(anonymous_client, monkeypatch, path, text):
    def lost(self, *args, **kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(views.HomeView, "get", lost)
    response = anonymous_client.get(path)
    assert response.status_code == 503
    assert response["Retry-After"] == "60"
    html = response.content.decode()
    assert f'<html lang="{path[1:3]}">' in html
    assert text in html
    assert "Traceback" not in html and "OperationalError" not in html


@pytest.mark.django_db
@pytest.mark.parametrize(("path", "text"), [("/fr/", "Erreur du serveur"), ("/nl/", "Serverfout")])
def test_a_bug_gives_a_styled_500_without_stack_trace(anonymous_client, monkeypatch, path, text):
    def bug(self, *args, **kwargs):
        raise RuntimeError("secret detail")

    monkeypatch.setattr(views.HomeView, "get", bug)
    response = anonymous_client.get(path)
    assert response.status_code == 500
    html = response.content.decode()
    assert text in html
    assert "secret detail" not in html and "Traceback" not in html
    assert "/static/css/main." in html


def test_unreachable_database_answers_503_within_5_seconds():
    """A real process, pointed at a PostgreSQL port where nothing listens."""
    env = {
        **os.environ,
        "DATABASE_URL": "postgres://nobody@127.0.0.1:9/none",
        "DJANGO_SECRET_KEY": "x" * 60,
        "DJANGO_ALLOWED_HOSTS": "testserver",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DJANGO_DEBUG": "0",
        "DJANGO_STATIC_ROOT": str(settings.STATIC_ROOT),  # collected by the session fixture
    }
    script = (
        "import django, json, time; django.setup();"
        "from django.test import Client; c = Client(raise_request_exception=False); out = [];"
        "paths = ('/fr/', '/nl/over-ons/', '/health/ready', '/health/live');"
        "[(t := time.monotonic(), r := c.get(p), out.append((r.status_code, time.monotonic() - t))) for p in paths];"
        "print(json.dumps(out))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={**env, "DJANGO_SETTINGS_MODULE": "bps_portal.settings"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    answers = json.loads(result.stdout)
    assert [status for status, _seconds in answers] == [503, 503, 503, 200]
    assert all(seconds < 5 for _status, seconds in answers), answers


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "content_type"),
    [
        ("/api/v1/measures/?edition=%00", "application/json"),
        ("/fr/pgsp/mesures/?edition=a%00b", "text/html; charset=utf-8"),
        ("/nl/zoeken/?q=%00", "text/html; charset=utf-8"),
        ("/nl/partners/?%00=1", "text/html; charset=utf-8"),
    ],
)
def test_a_nul_character_in_the_query_string_is_a_bad_request(anonymous_client, path, content_type):
    response = anonymous_client.get(path)
    assert response.status_code == 400
    assert response["Content-Type"] == content_type


@pytest.mark.django_db
def test_health_checks_answer_plain_http_probes_while_pages_redirect_to_https(settings):
    from django.test import Client

    settings.SECURE_SSL_REDIRECT = True
    client = Client()
    assert client.get("/health/live").status_code == 200
    assert client.get("/health/ready").status_code == 200
    redirect = client.get("/fr/")
    assert redirect.status_code == 301 and redirect["Location"].startswith("https://")
