"""`make cluster`: the portal as production runs it, on this machine's loopback.

Debian's nginx (deploy/nginx/cluster.conf.template, the shape of deploy/nginx/bps-portal.conf) in
front of two gunicorn instances (deploy/gunicorn.conf.py) on different ports, sharing one PostgreSQL
database and one Redis. Production settings, but plain HTTP on 127.0.0.1: the balancer says
`X-Forwarded-Proto: https` as a TLS-terminating one would.

    python deploy/cluster.py run      # prepare the database, start everything, stop on Ctrl-C
    python deploy/cluster.py start    # the same, in the background; `stop` ends it

Environment: CLUSTER_DATABASE_URL (PostgreSQL, default a `bps_cluster` database on 127.0.0.1),
CLUSTER_REDIS_URL (default redis://127.0.0.1:6379/3), CLUSTER_PORT (8080), CLUSTER_PORTS (8001,8002).
The tests (tests/test_cluster.py) drive it through `Cluster`.
"""

import contextlib
import os
import secrets
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STATE = ROOT / "var" / "cluster"
PYTHON = str(ROOT / ".venv" / "bin" / "python") if (ROOT / ".venv" / "bin" / "python").exists() else sys.executable


class Cluster:
    def __init__(self, state=STATE):
        self.state = Path(state)
        self.port = int(os.environ.get("CLUSTER_PORT", "8080"))
        self.instance_ports = [int(port) for port in os.environ.get("CLUSTER_PORTS", "8001,8002").split(",")]
        self.database_url = os.environ.get("CLUSTER_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/bps_cluster")
        self.redis_url = os.environ.get("CLUSTER_REDIS_URL", "redis://127.0.0.1:6379/3")
        self.processes = {}

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"

    def instance_url(self, index):
        return f"http://127.0.0.1:{self.instance_ports[index]}"

    def environment(self):
        secret = self.state / "secret-key"
        if not secret.exists():
            secret.write_text(secrets.token_urlsafe(50))
        return {
            **os.environ,
            "DJANGO_DEBUG": "0",
            "DJANGO_SECRET_KEY": secret.read_text(),
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
            "DATABASE_URL": self.database_url,
            "REDIS_URL": self.redis_url,
            "DJANGO_BEHIND_TLS_PROXY": "1",
            "DJANGO_TRUSTED_PROXY_COUNT": "1",
            "DJANGO_STATIC_ROOT": str(self.state / "static"),
            "GUNICORN_WORKERS": os.environ.get("GUNICORN_WORKERS", "2"),
            "GUNICORN_ACCESS_LOG": str(self.state / "gunicorn-access.log"),
        }

    def manage(self, *arguments):
        subprocess.run([PYTHON, "manage.py", *arguments], cwd=ROOT, env=self.environment(), check=True)

    def prepare(self):
        """A database created if missing, migrated, with the initial data; static files collected."""
        for folder in (self.state, self.state / "tmp"):
            folder.mkdir(parents=True, exist_ok=True)
        name = self.database_url.rsplit("/", 1)[1]
        server = self.database_url.rsplit("/", 1)[0]
        subprocess.run(["createdb", "--maintenance-db", f"{server}/postgres", name], capture_output=True, check=False)
        self.manage("migrate", "--noinput", "-v", "0")
        self.manage("collectstatic", "--noinput", "-v", "0")
        self.manage("load_initial_data")

    def start_instance(self, index):
        environment = {**self.environment(), "GUNICORN_BIND": f"127.0.0.1:{self.instance_ports[index]}"}
        log = open(self.state / f"gunicorn-{index}.log", "ab")  # noqa: SIM115 (open while the process runs)
        self.processes[f"gunicorn-{index}"] = subprocess.Popen(
            [PYTHON, "-m", "gunicorn", "--config", "deploy/gunicorn.conf.py", "bps_portal.wsgi"],
            cwd=ROOT, env=environment, stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        wait_for(f"{self.instance_url(index)}/health/live")

    def stop_instance(self, index, sig=signal.SIGTERM):
        process = self.processes.pop(f"gunicorn-{index}")
        process.send_signal(sig)
        process.wait(timeout=30)

    def start_balancer(self):
        nginx = shutil.which("nginx") or "/usr/sbin/nginx"
        template = (ROOT / "deploy" / "nginx" / "cluster.conf.template").read_text()
        config = self.state / "nginx.conf"
        config.write_text(
            template.replace("{state}", str(self.state))
            .replace("{port_a}", str(self.instance_ports[0]))
            .replace("{port_b}", str(self.instance_ports[1]))
            .replace("{port}", str(self.port))
        )
        for folder in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
            (self.state / "tmp" / folder).mkdir(parents=True, exist_ok=True)
        self.processes["nginx"] = subprocess.Popen([nginx, "-c", str(config), "-p", str(self.state)], cwd=ROOT)
        wait_for(f"{self.url}/health/live")

    def start(self):
        self.prepare()
        for index in range(len(self.instance_ports)):
            self.start_instance(index)
        self.start_balancer()
        (self.state / "pids").write_text(" ".join(str(p.pid) for p in self.processes.values()))

    def stop(self):
        for process in self.processes.values():
            if process.poll() is None:
                process.terminate()
        for process in self.processes.values():
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
        self.processes = {}


def wait_for(url, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"nothing answered on {url} within {seconds} s")


def stop_recorded(state=STATE):
    pids = state / "pids"
    if pids.exists():
        for pid in pids.read_text().split():
            with contextlib.suppress(ProcessLookupError):
                os.kill(int(pid), signal.SIGTERM)
        pids.unlink()


def main(command):
    if command == "stop":
        stop_recorded()
        return
    cluster = Cluster()
    cluster.start()
    instances = " and ".join(cluster.instance_url(index) for index in range(len(cluster.instance_ports)))
    print(f"The portal answers on {cluster.url}/ (nginx), in front of {instances}.")
    if command == "start":
        return
    try:
        signal.pause()
    except KeyboardInterrupt:
        pass
    finally:
        cluster.stop()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "run")
