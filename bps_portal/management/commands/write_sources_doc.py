from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from bps_portal.sources_doc import render

PATH = Path(settings.BASE_DIR) / "docs" / "sources.md"


class Command(BaseCommand):
    help = "Write docs/sources.md from the data files: the sources, what cites them, and the open points."

    def handle(self, *args, **options):
        PATH.write_text(render(), encoding="utf-8")
        self.stdout.write(f"Wrote {PATH.relative_to(settings.BASE_DIR)}")
