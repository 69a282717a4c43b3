"""How long the yearly reporting import takes: a dry run and a confirmed import of BENCH_ROWS rows.

    BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/bps_bench_import python -m tests.benchmark_import

Creates the database anew (the initial data and 1,000 demonstration measures), writes a CSV of
BENCH_ROWS rows (each measure, one row per year from 2021), then times `read_rows` + `check` (what the
admin's dry run does) and `apply` (what confirming does), as the admin calls them.
"""

import datetime
import os
import subprocess
import sys
import time
from pathlib import Path

from tests.benchmark import fresh_database

ROOT = Path(__file__).resolve().parent.parent
DATABASE_URL = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/bps_bench_import")
ROWS = int(os.environ.get("BENCH_ROWS", "5000"))


def main():
    fresh_database(DATABASE_URL)
    env = {**os.environ, "DATABASE_URL": DATABASE_URL, "DJANGO_DEBUG": "0", "DJANGO_SECURE_SSL_REDIRECT": "0",
           "DJANGO_SECRET_KEY": "benchmark-only-" + "x" * 50, "DJANGO_ALLOWED_HOSTS": "localhost"}  # fmt: skip
    for command in (["migrate", "-v", "0"], ["load_initial_data"], ["generate_demo_measures", "--count", "1000"]):
        subprocess.run([sys.executable, "manage.py", *command], cwd=ROOT, env=env, check=True, capture_output=True)
    os.environ.update(env)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bps_portal.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.files.uploadedfile import SimpleUploadedFile

    from gspp import imports
    from gspp.models import Measure, PlanEdition

    edition = PlanEdition.objects.get(key="2021-2024")
    references = [m.reference for m in Measure.objects.filter(area__edition=edition, number__isnull=False)
                  .select_related("area")]  # fmt: skip
    lines = ["reference,date,status,progress,note_fr,note_nl"]
    for number in range(ROWS):
        year = 2021 + number // len(references)
        lines.append(f"{references[number % len(references)]},{year}-12-31,in_progress,{10 + number % 80},"
                     f"Rapport {year},Rapport {year}")  # fmt: skip
    content = ("\n".join(lines) + "\n").encode()
    started = time.perf_counter()
    rows = imports.check(imports.read_rows(SimpleUploadedFile("report.csv", content)), edition)
    checked = time.perf_counter()
    created = imports.apply(rows)
    applied = time.perf_counter()
    counts = imports.counts(rows)
    print(
        f"{ROWS} rows ({len(content) // 1024} KB CSV) on {datetime.date.today()}: dry run {checked - started:.1f} s "
        f"({counts}), confirmed import {applied - checked:.1f} s ({len(created)} progress updates recorded)"
    )


if __name__ == "__main__":
    main()
