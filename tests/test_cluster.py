"""Two app servers behind nginx (issue 14), started by deploy/cluster.py as `make cluster` does.

A measure edited through instance A is seen through the balancer and through instance B at the very
next request (one PostgreSQL, one Redis: the page cache's generation is shared); stopping instance A
loses no request, since nginx retries them on B.

Needs nginx, PostgreSQL and Redis: CI sets REQUIRE_CLUSTER=1 (and installs nginx); elsewhere the test
is skipped when one of them is missing.
"""

import os
import re
import shutil
import subprocess
import threading
import time
from pathlib import Path

import pytest
import requests

from tests.admin_forms import form_data

ROOT = Path(__file__).resolve().parent.parent
REQUIRED = os.environ.get("REQUIRE_CLUSTER") == "1"


def cluster_module():
    import importlib.util

    spec = importlib.util.spec_from_file_location("deploy_cluster", ROOT / "deploy" / "cluster.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def services_missing():
    missing = [tool for tool in ("nginx", "pg_isready", "redis-cli") if not shutil.which(tool) and
               not Path(f"/usr/sbin/{tool}").exists()]  # fmt: skip
    if not missing:
        if subprocess.run(["pg_isready", "-h", "127.0.0.1", "-q"], check=False).returncode != 0:
            missing.append("PostgreSQL on 127.0.0.1")
        if subprocess.run(["redis-cli", "-h", "127.0.0.1", "ping"], capture_output=True, check=False).returncode:
            missing.append("Redis on 127.0.0.1")
    return missing


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    missing = services_missing()
    if missing:
        if REQUIRED:
            pytest.fail(f"REQUIRE_CLUSTER=1 but missing: {missing}")
        pytest.skip(f"needs {missing}")
    module = cluster_module()
    os.environ.setdefault("CLUSTER_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/bps_cluster_test")
    os.environ.setdefault("CLUSTER_PORT", "8180")
    os.environ.setdefault("CLUSTER_PORTS", "8181,8182")
    subprocess.run(["dropdb", "-h", "127.0.0.1", "-U", "postgres", "--if-exists", "bps_cluster_test"], check=False)
    running = module.Cluster(state=tmp_path_factory.mktemp("cluster"))
    running.start()
    yield running
    running.stop()
    subprocess.run(["dropdb", "-h", "127.0.0.1", "-U", "postgres", "--if-exists", "bps_cluster_test"], check=False)


class Browser:
    """A staff member's browser on one instance, as behind the TLS proxy (secure cookies kept by hand)."""

    def __init__(self, base):
        self.base = base
        self.origin = base.replace("http://", "https://")
        self.cookies = {}

    def request(self, method, path, **kwargs):
        headers = {"X-Forwarded-Proto": "https", "Origin": self.origin, "Referer": self.origin + path}
        response = requests.request(
            method, self.base + path, cookies=self.cookies, headers=headers, allow_redirects=False, timeout=30,
            **kwargs,
        )  # fmt: skip
        self.cookies.update(response.cookies.get_dict())
        return response

    def form(self, path, form_id):
        page = self.request("GET", path)
        assert page.status_code == 200, (path, page.status_code)
        return form_data(page, form_id)

    def post(self, path, data):
        """Posts `data` with the CSRF token of the form at `path`, as the browser would."""
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', self.request("GET", path).text)[1]
        return self.request("POST", path, data={**data, "csrfmiddlewaretoken": token})


def staff_login(cluster, browser):
    """A publisher account made with the portal's own commands, logged in with a backup code."""
    password = "cluster-drill-" + os.urandom(6).hex()
    environment = {**cluster.environment(), "DJANGO_SUPERUSER_PASSWORD": password}
    subprocess.run(
        [cluster_module().PYTHON, "manage.py", "createsuperuser", "--noinput", "--username", "drill",
         "--email", "drill@example.org"], cwd=ROOT, env=environment, check=False, capture_output=True,
    )  # fmt: skip
    enrolled = subprocess.run(
        [cluster_module().PYTHON, "manage.py", "enrol_two_factor", "drill"], cwd=ROOT, env=cluster.environment(),
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    code = enrolled.split("Backup codes, each good for one login:")[1].split()[0]
    answer = browser.post("/admin/login/", {"username": "drill", "password": password, "next": "/admin/"})
    while answer.status_code == 302:  # to the second step: the code
        step = answer.headers["Location"]
        answer = browser.request("GET", step)
    done = browser.post(step, {"code": code})
    assert done.status_code == 302, done.text[:500]
    assert browser.request("GET", "/admin/").status_code == 200


def measure_admin_path(browser):
    listing = browser.request("GET", "/admin/gspp/measure/?q=5.5")
    return re.search(r'href="(/admin/gspp/measure/\d+/change/)', listing.text)[1]


def public_path(cluster):
    answer = requests.get(cluster.url + "/fr/pgsp/mesures/?area=5", timeout=10)
    return re.search(r'href="(/fr/pgsp/2021-2024/mesures/[^"]+/)"', answer.text)[1]


def test_an_edit_through_one_instance_is_seen_through_the_other_and_the_balancer(cluster):
    path = public_path(cluster)
    for base in (cluster.url, cluster.instance_url(1), cluster.url):  # warm every cache on the way
        requests.get(base + path, timeout=10, headers={"X-Forwarded-Proto": "https"})
    browser = Browser(cluster.instance_url(0))
    staff_login(cluster, browser)
    change = measure_admin_path(browser)
    data = browser.form(change, "measure_form")
    data["title_fr"] = "Table ronde des conseillers, revue par l’exercice"
    data["_publish"] = "1"
    saved = browser.post(change, data)
    assert saved.status_code == 302, saved.text[:800]
    for base in (cluster.url, cluster.instance_url(1)):
        page = requests.get(base + path, timeout=10, headers={"X-Forwarded-Proto": "https"})
        assert page.status_code == 200 and "revue par l’exercice" in page.text, base


def test_stopping_one_instance_loses_no_request(cluster):
    path = public_path(cluster)
    answers, stop = [], threading.Event()

    def visitor():
        session = requests.Session()
        while not stop.is_set():
            try:
                answers.append(session.get(cluster.url + path, timeout=15).status_code)
            except requests.RequestException as error:
                answers.append(repr(error))

    visitors = [threading.Thread(target=visitor) for _ in range(4)]
    for thread in visitors:
        thread.start()
    time.sleep(1.5)
    cluster.stop_instance(0)
    time.sleep(2.5)
    stop.set()
    for thread in visitors:
        thread.join()
    assert len(answers) > 20 and set(answers) == {200}, [answer for answer in answers if answer != 200][:5]
    cluster.start_instance(0)  # back for whatever runs next
