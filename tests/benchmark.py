"""`make bench`: throughput of each page type against the same bytes served as a static file.

Runs the portal under gunicorn with production settings on PostgreSQL and Redis, loads each page
with wrk three ways: rendered every time (page cache off), from the page cache (on; every request
after the first is a hit), and as a revalidation answered `304 Not Modified` (If-None-Match); then
serves the very same response bytes as a static file through the same gunicorn and WhiteNoise.
The ratio of the throughputs says what the page costs beyond moving its bytes. Then 30 seconds at
64 connections through `make cluster` (nginx, two instances) over all the pages, with the errors.
Writes the tables to docs/benchmarks.md; exits non-zero when a page answers errors.
"""

import datetime
import json
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PORT = int(os.environ.get("BENCH_PORT", "8765"))
DURATION = os.environ.get("BENCH_DURATION", "2s")
CONNECTIONS = os.environ.get("BENCH_CONNECTIONS", "8")
WORKERS = os.environ.get("BENCH_WORKERS", "2")
DATABASE_URL = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/bps_bench")
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/5")
# Each measure is the best of ROUNDS runs: wrk's keep-alive connections stay with whichever of the
# two workers accepted them, and a lopsided split halves a run (static files: 812 to 2,913 req/s in
# three runs in a row); the best run is the one where both workers served.
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))
TIMEOUT = os.environ.get("BENCH_TIMEOUT", "10s")
CLUSTER_DURATION = os.environ.get("BENCH_CLUSTER_DURATION", "30s")
CLUSTER_CONNECTIONS = os.environ.get("BENCH_CLUSTER_CONNECTIONS", "64")

# (label, path) of each page type. Later issues add their pages here.
PAGES = [
    ("home (fr)", "/fr/"),
    ("home (nl)", "/nl/"),
    ("editorial page (fr)", "/fr/a-propos/"),
    ("editorial page (nl)", "/nl/over-ons/"),
    ("directory (fr)", "/fr/partenaires/"),
    ("directory, filtered, page 3 (nl)", "/nl/partners/?q=voorbeeld&level=regional&page=3"),
    ("actor page (fr)", "/fr/partenaires/zone-de-police-midi/"),
    ("actor page, demo (nl)", "/nl/partners/voorbeeld-01000/"),
    ("police-zone finder (fr)", "/fr/partenaires/zones-de-police/?postcode=1040"),
    ("plan (fr)", "/fr/pgsp/"),
    ("thematic area (nl)", "/nl/gvpp/2021-2024/drugs-en-verslavingen/"),
    ("measure (fr)", "/fr/pgsp/2021-2024/mesures/exemple-2021-2024-00500/"),
    ("measure finder (fr)", "/fr/pgsp/mesures/"),
    (
        "measure finder, filtered, page 2 (nl)",
        "/nl/gvpp/maatregelen/?status=in_progress&status=delayed&sort=title&page=2",
    ),
    ("search (fr)", "/fr/recherche/?q=prevention"),
    ("search, Dutch word (fr)", "/fr/recherche/?q=verslavingen"),
    ("search, typo (nl)", "/nl/zoeken/?q=radicaliseing"),
    ("API measures (JSON)", "/api/v1/measures/?status=in_progress"),
    ("API actors (JSON)", "/api/v1/actors/?page=3"),
]
if os.environ.get("BENCH_ONLY"):  # e.g. BENCH_ONLY="search,API" measures those pages only
    PAGES = [page for page in PAGES if any(word in page[0] for word in os.environ["BENCH_ONLY"].split(","))]
DEMO_ACTORS = int(os.environ.get("BENCH_ACTORS", "2000"))
DEMO_MEASURES = int(os.environ.get("BENCH_MEASURES", "1000"))


def environment(static_root):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bps_portal.settings",
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DJANGO_STATIC_ROOT": str(static_root),
        "DJANGO_LOG_LEVEL": "WARNING",
        "DATABASE_URL": DATABASE_URL,
        "REDIS_URL": REDIS_URL,
    }


def manage(env, *args):
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True)


def fresh_database(database_url=DATABASE_URL):
    """The benchmark's scratch database, created anew on every run."""
    name = database_url.rsplit("/", 1)[1]
    server = database_url.rsplit("/", 1)[0] + "/postgres"
    import psycopg2

    connection = psycopg2.connect(server)
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
        cursor.execute(f'CREATE DATABASE "{name}"')
    connection.close()


def analyze():
    """Planner statistics, as autovacuum would have them on a server that has been running a while."""
    import psycopg2

    connection = psycopg2.connect(DATABASE_URL)
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    connection.close()


def snapshot_pages(env, static_root):
    """Fetch each page in-process (production settings), count its queries, save its bytes as a static file."""
    script = f"""
import json, django
django.setup()
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
out = {{}}
for label, path in {PAGES!r}:
    Client().get(path)  # warm: what every page shows is kept per generation
    with CaptureQueriesContext(connection) as captured:
        response = Client().get(path)
    name = re.sub(r"[^A-Za-z0-9-]+", "_", path).strip("_") or "root"
    # The static copy keeps the page's own extension, so WhiteNoise sends the same Content-Type.
    extension = ".json" if response["Content-Type"].startswith("application/json") else ".html"
    name = name + extension
    target = {str(static_root)!r} + "/bench/" + name
    open(target, "wb").write(response.content)
    out[path] = dict(status=response.status_code, queries=len(captured), bytes=len(response.content),
                     static="/static/bench/" + name)
print(json.dumps(out))
"""
    script = "import re\n" + script
    (static_root / "bench").mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={**env, "DJANGO_PAGE_CACHE": "0"},
        check=True,
        capture_output=True,
        text=True,
    )

    return json.loads(result.stdout.strip().splitlines()[-1])


def wrk(url, headers=(), connections=CONNECTIONS, duration=DURATION, script=None):
    # A request slower than the timeout counts as an error (wrk's default, 2 s, counts slow first renders).
    command = ["wrk", "-t2", f"-c{connections}", f"-d{duration}", f"--timeout={TIMEOUT}", "--latency"]
    for header in headers:
        command += ["-H", header]
    if script:
        command += ["-s", script]
    output = subprocess.run([*command, url], check=True, capture_output=True, text=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    latencies = dict(re.findall(r"^\s+(50|99)%\s+(\S+)$", output, re.MULTILINE))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    socket_errors = re.search(r"Socket errors: (.*)", output)
    return {
        "rps": rps,
        "p50": latencies.get("50", "?"),
        "p99": latencies.get("99", "?"),
        "errors": int(errors.group(1)) if errors else 0,
        "socket_errors": socket_errors.group(1) if socket_errors else "",
    }


def best_of_rounds(url, headers=()):
    """The run with the most requests/s of ROUNDS, with the errors of all of them."""
    runs = [wrk(url, headers) for _ in range(ROUNDS)]
    best = max(runs, key=lambda run: run["rps"])
    return {
        **best,
        "errors": sum(run["errors"] for run in runs),
        "socket_errors": "; ".join(run["socket_errors"] for run in runs if run["socket_errors"]),
    }


def wait_until_up(url, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"gunicorn did not answer on {url}")


class gunicorn:
    """One gunicorn of deploy/gunicorn.conf.py on PORT, with the page cache on or off."""

    def __init__(self, env, page_cache):
        self.env = {**env, "DJANGO_PAGE_CACHE": "1" if page_cache else "0",
                    "PATH": f"{Path(sys.executable).parent}:{env['PATH']}"}  # fmt: skip

    def __enter__(self):
        command = ["gunicorn", "--config", "deploy/gunicorn.conf.py", "bps_portal.wsgi"]
        command += ["--bind", f"127.0.0.1:{PORT}", "--workers", WORKERS]
        command += ["--log-level", "warning", "--access-logfile", "/dev/null"]
        self.server = subprocess.Popen(command, cwd=ROOT, env=self.env)
        wait_until_up(f"http://127.0.0.1:{PORT}/health/live")
        return self

    def __exit__(self, *exc):
        self.server.send_signal(signal.SIGTERM)
        self.server.wait(timeout=30)


def cluster_run(env):
    """30 seconds at 64 connections through nginx and two instances, over every page in turn."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("deploy_cluster", ROOT / "deploy" / "cluster.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    os.environ["CLUSTER_DATABASE_URL"] = DATABASE_URL
    os.environ["CLUSTER_REDIS_URL"] = REDIS_URL
    cluster = module.Cluster(state=Path(tempfile.mkdtemp(prefix="bps-bench-cluster-")))
    script = Path(cluster.state) / "pages.lua"
    paths = ", ".join(json.dumps(path) for _label, path in PAGES)
    script.write_text(
        f"local paths = {{{paths}}}\nlocal counter = 0\n"
        "request = function()\n  counter = counter + 1\n"
        '  return wrk.format("GET", paths[(counter % #paths) + 1])\nend\n'
    )
    cluster.start()
    try:
        return wrk(cluster.url + "/", connections=CLUSTER_CONNECTIONS, duration=CLUSTER_DURATION, script=str(script))
    finally:
        cluster.stop()


def main():
    if not shutil.which("wrk"):
        raise SystemExit("wrk is missing: apt-get install wrk")
    fresh_database()
    static_root = Path(tempfile.mkdtemp(prefix="bps-bench-static-"))
    env = environment(static_root)
    manage(env, "migrate", "--noinput", "-v", "0")
    manage(env, "load_initial_data")
    manage(env, "generate_demo_actors", "--count", str(DEMO_ACTORS))
    manage(env, "generate_demo_measures", "--count", str(DEMO_MEASURES))
    analyze()
    manage(env, "collectstatic", "--noinput", "-v", "0")
    snapshots = snapshot_pages(env, static_root)

    rows, failed = [], False
    base = f"http://127.0.0.1:{PORT}"
    for cached in (False, True):
        with gunicorn(env, page_cache=cached):
            for label, path in PAGES:
                snapshot = snapshots[path]
                if not cached:
                    page = best_of_rounds(base + path)
                    static = best_of_rounds(base + snapshot["static"])
                    rows.append({"label": label, "path": path, "snapshot": snapshot, "uncached": page,
                                 "static": static})  # fmt: skip
                else:
                    row = next(row for row in rows if row["path"] == path)
                    # The same file again, under this server: the better of the two phases.
                    static = best_of_rounds(base + snapshot["static"])
                    row["static"] = max(row["static"], static, key=lambda run: run["rps"])
                    with urllib.request.urlopen(base + path, timeout=30) as first:  # fills the cache
                        etag = first.headers.get("ETag")
                    page = row["cached"] = best_of_rounds(base + path)
                    revalidation = [f"If-None-Match: {etag}"]
                    row["not_modified"] = best_of_rounds(base + path, revalidation) if etag else None
                failed |= snapshot["status"] != 200 or page["errors"] > 0 or bool(page["socket_errors"])
    cluster = cluster_run(env)
    failed |= cluster["errors"] > 0 or bool(cluster["socket_errors"])
    shutil.rmtree(static_root, ignore_errors=True)

    header = (
        "| page | path | bytes | SQL queries | static req/s | uncached req/s | p50 | ratio | cached req/s | p50 "
        "| ratio | 304 req/s | ratio |"
    )
    lines = [header, "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for row in rows:
        static = row["static"]["rps"] or 1
        uncached, cached, revalidated = row["uncached"], row["cached"], row["not_modified"]
        lines.append(
            f"| {row['label']} | `{row['path']}` | {row['snapshot']['bytes']} | {row['snapshot']['queries']} "
            f"| {static:.0f} | {uncached['rps']:.0f} | {uncached['p50']} | {uncached['rps'] / static:.2f} "
            f"| {cached['rps']:.0f} | {cached['p50']} | {cached['rps'] / static:.2f} "
            + (f"| {revalidated['rps']:.0f} | {revalidated['rps'] / static:.2f} |" if revalidated else "| – | – |")
        )
    table = "\n".join(lines)
    print(table)
    settings_used = " ".join(f"{name}={os.environ[name]}" for name in sorted(os.environ) if name.startswith("BENCH_"))
    command = f"{settings_used} make bench".strip()
    report = (
        f"# Benchmarks\n\nLast run: {datetime.date.today().isoformat()}, `{command}` "
        f"(gunicorn {WORKERS} workers of deploy/gunicorn.conf.py, production settings, PostgreSQL; wrk 2 threads, "
        f"{CONNECTIONS} connections, timeout {TIMEOUT}, best of {ROUNDS} runs of {DURATION} per measure, on this "
        "project's 2-core machine).\n\n"
        f"Data: the initial data (`load_initial_data`) plus {DEMO_ACTORS} demonstration actors "
        f"(`generate_demo_actors`), each with two contact points, and {DEMO_MEASURES} demonstration measures "
        "(`generate_demo_measures`), each with two progress updates.\n\n"
        "Ratio = the page's requests/s divided by the requests/s of the same bytes served as a static file "
        "through the same gunicorn and WhiteNoise. *Uncached*: the page cache off, every request rendered; "
        "*cached*: the page cache on (Redis), every request after the first a hit; *304*: a revalidation "
        "with the page's ETag.\n\n" + table + "\n\n"
        f"## Through the cluster\n\n`make cluster` (nginx in front of two gunicorn instances of {WORKERS} "
        f"workers, one PostgreSQL, one Redis, page cache on), wrk {CLUSTER_CONNECTIONS} connections for "
        f"{CLUSTER_DURATION}, every page above in turn: **{cluster['rps']:.0f} requests/s**, p50 {cluster['p50']}, "
        f"p99 {cluster['p99']}, **{cluster['errors']} error answers**, socket errors: "
        f"{cluster['socket_errors'] or 'none'}.\n"
    )
    (ROOT / "docs").mkdir(exist_ok=True)
    (ROOT / "docs" / os.environ.get("BENCH_REPORT", "benchmarks.md")).write_text(report)
    if failed:
        raise SystemExit("A page answered errors during the benchmark.")


if __name__ == "__main__":
    main()
