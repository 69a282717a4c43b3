"""A database that hangs: pages and the API answer 503 fast, liveness never waits on it.

The database here is a listener that accepts connections and never answers, the worst case for
a connect timeout. Real processes, real sockets: the portal under gunicorn with the repository's
configuration, and a single Django process for the circuit breaker's sequence.
"""

import json
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def hanging_database():
    """A TCP port that accepts every connection and never says a word: DATABASE_URL for it."""
    listener = socket.create_server(("127.0.0.1", 0), backlog=256)
    held = []

    def accept_forever():
        while True:
            try:
                held.append(listener.accept()[0])
            except OSError:
                return

    threading.Thread(target=accept_forever, daemon=True).start()
    yield f"postgres://nobody@127.0.0.1:{listener.getsockname()[1]}/none"
    listener.close()
    for connection in held:
        connection.close()


def production_env(database_url, **extra):
    clean = {name: value for name, value in os.environ.items() if not name.startswith(("DJANGO_", "DATABASE_"))}
    return {
        **clean,
        "DJANGO_SETTINGS_MODULE": "bps_portal.settings",
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": "x" * 60,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,testserver",
        "DATABASE_URL": database_url,
        "DATABASE_CONNECT_TIMEOUT": "3",
        "DJANGO_STATIC_ROOT": str(settings.STATIC_ROOT),  # collected by the session fixture
        **extra,
    }


def test_after_one_timed_out_connection_requests_answer_503_at_once(hanging_database):
    """One process: the first request waits the connect timeout; the next ones do not wait."""
    script = """
import django, json, time
django.setup()
from django.test import Client
client, out = Client(raise_request_exception=False), []
for path in ("/fr/", "/nl/over-ons/", "/api/v1/measures/", "/health/ready", "/health/live", "/fr/pgsp/"):
    start = time.monotonic()
    response = client.get(path)
    out.append((path, response.status_code, response["Content-Type"], time.monotonic() - start,
                response.content.decode()[:20000]))
print(json.dumps(out))
"""
    env = production_env(hanging_database, DJANGO_SECURE_SSL_REDIRECT="0", DATABASE_FAILURE_BACKOFF="30")
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr[-2000:]
    answers = {path: (status, kind, seconds, body) for path, status, kind, seconds, body in json.loads(result.stdout)}

    status, kind, seconds, body = answers["/fr/"]
    assert (status, kind) == (503, "text/html; charset=utf-8")
    assert 2 < seconds < 5, "the first attempt waits the connect timeout, no longer"
    assert "maintenance" in body
    for path in ("/nl/over-ons/", "/fr/pgsp/"):
        status, kind, seconds, body = answers[path]
        assert (status, kind) == (503, "text/html; charset=utf-8"), path
        assert seconds < 0.5, (path, seconds)
    assert "onderhoud" in answers["/nl/over-ons/"][3]

    status, kind, seconds, body = answers["/api/v1/measures/"]
    assert (status, kind) == (503, "application/json")
    assert seconds < 0.5
    assert set(json.loads(body)) == {"detail"}

    assert answers["/health/ready"][:2] == (503, "application/json")
    assert answers["/health/ready"][2] < 0.5
    assert answers["/health/live"][:2] == (200, "application/json")


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def timed_get(url, headers=None):
    request = urllib.request.Request(url, headers=headers or {})
    start = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            status = response.status
    except urllib.error.HTTPError as error:
        status = error.code
    return status, time.monotonic() - start


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


# Long enough that a loaded CI machine answers a probe well within it; the assertions below compare
# with it (did a request wait for the database? did requests queue behind each other?), not with a
# fixed number of seconds.
BURST_CONNECT_TIMEOUT = 6


@pytest.fixture
def gunicorn_on_hanging_database(hanging_database, tmp_path):
    """The production server command (deploy/gunicorn.conf.py), HTTPS redirect on, behind a TLS proxy."""
    port = free_port()
    log = (tmp_path / "gunicorn.log").open("w")  # a file, not a pipe nobody reads: a full pipe blocks the server
    env = production_env(
        hanging_database,
        DJANGO_SECURE_SSL_REDIRECT="1",
        DJANGO_BEHIND_TLS_PROXY="1",
        GUNICORN_BIND=f"127.0.0.1:{port}",
        GUNICORN_ACCESS_LOG="/dev/null",
        DATABASE_CONNECT_TIMEOUT=str(BURST_CONNECT_TIMEOUT),
        # More threads per worker than the burst's 20 requests: gunicorn does not balance connections
        # between its workers, and one worker may take the whole burst and the probe (seen in CI).
        GUNICORN_THREADS="24",
    )
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "--config", "deploy/gunicorn.conf.py", "bps_portal.wsgi"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=log,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if timed_get(base + "/health/live")[0] == 200:
                break
        except OSError:
            time.sleep(0.2)
    else:
        server.kill()
        pytest.fail("gunicorn did not start: " + (tmp_path / "gunicorn.log").read_text()[-2000:])
    yield base
    server.terminate()
    server.wait(timeout=30)
    log.close()


def test_a_burst_against_a_hanging_database(gunicorn_on_hanging_database):
    base = gunicorn_on_hanging_database
    behind_tls = {"X-Forwarded-Proto": "https"}
    paths = ["/fr/", "/nl/", "/fr/pgsp/", "/nl/partners/", "/api/v1/measures/"] * 4
    with ThreadPoolExecutor(max_workers=len(paths)) as pool:
        burst = [pool.submit(timed_get, base + path, behind_tls) for path in paths]
        time.sleep(0.5)  # the burst now holds its threads, each waiting on the database
        live_status, live_seconds = timed_get(base + "/health/live")
        answers = [future.result() for future in burst]

    assert [status for status, _seconds in answers] == [503] * 20
    # One connect timeout at most, not one per request waiting in turn (2, 3 ... timeouts).
    assert max(seconds for _status, seconds in answers) < 2 * BURST_CONNECT_TIMEOUT, answers
    assert live_status == 200
    assert live_seconds < BURST_CONNECT_TIMEOUT, "liveness never waits for the database"

    # A probe speaking plain HTTP is not redirected to HTTPS: it learns the truth.
    opener = urllib.request.build_opener(NoRedirect)
    try:
        status = opener.open(base + "/health/ready", timeout=10).status
    except urllib.error.HTTPError as error:
        status = error.code
    assert status == 503
    # Pages themselves still go to HTTPS.
    try:
        status = opener.open(base + "/fr/", timeout=10).status
    except urllib.error.HTTPError as error:
        status = error.code
    assert status == 301
