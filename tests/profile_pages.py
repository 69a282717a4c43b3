"""Where a page's time goes: cProfile over repeated in-process requests of each page type.

    DATABASE_URL=... python tests/profile_pages.py [substring ...]

Prints, per page, the time per request and the time in template rendering and in SQL (PROFILE_TOP=N
adds the N functions with the most cumulative time). Production settings, page cache off.
PROFILE_OFF=1 times the requests without the profiler (its overhead roughly doubles the times).
"""

import cProfile
import os
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bps_portal.settings")
os.environ.update(DJANGO_DEBUG="0", DJANGO_PAGE_CACHE="0", DJANGO_SECURE_SSL_REDIRECT="0")
os.environ.setdefault("DJANGO_SECRET_KEY", "profile-only-" + "x" * 50)
os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "testserver")

import django  # noqa: E402

django.setup()

from django.test import Client  # noqa: E402

from tests.benchmark import PAGES  # noqa: E402

REPEAT = int(os.environ.get("PROFILE_REPEAT", "20"))


def profile(path):
    client = Client()
    client.get(path)  # warm: template loading, first queries
    profiler = cProfile.Profile()
    profiling = not os.environ.get("PROFILE_OFF")
    started = time.perf_counter()
    if profiling:
        profiler.enable()
    for _ in range(REPEAT):
        response = client.get(path)
    profiler.disable()
    elapsed = (time.perf_counter() - started) / REPEAT
    if not profiling:
        return response.status_code, elapsed, {"templates": 0.0, "database": 0.0}, None
    stats = pstats.Stats(profiler)
    groups = {"templates": 0.0, "database": 0.0}
    for (filename, _line, function), (_cc, _nc, _tt, cumulative, _callers) in stats.stats.items():
        if function == "render" and "django/template/base.py" in filename:
            groups["templates"] = max(groups["templates"], cumulative / REPEAT)
        if function == "execute" and "django/db/backends/utils.py" in filename:
            groups["database"] = max(groups["database"], cumulative / REPEAT)
    return response.status_code, elapsed, groups, stats


def main(filters):
    for label, path in PAGES:
        if filters and not any(word in label for word in filters):
            continue
        status, elapsed, groups, stats = profile(path)
        print(
            f"\n## {label} `{path}` ({status}): {elapsed * 1000:.1f} ms per request; "
            f"template rendering {groups['templates'] * 1000:.1f} ms, SQL {groups['database'] * 1000:.1f} ms"
        )
        if os.environ.get("PROFILE_TOP"):
            stats.sort_stats(os.environ.get("PROFILE_SORT", "cumulative")).print_stats(int(os.environ["PROFILE_TOP"]))


if __name__ == "__main__":
    main(sys.argv[1:])
