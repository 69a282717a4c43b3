from django.core.management.base import BaseCommand

from agencies.models import Actor
from agencies.services import create_demo_actors


class Command(BaseCommand):
    help = "Add demonstration actors (marked 'Exemple' / 'Voorbeeld') for development and benchmarks."

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=100)
        parser.add_argument("--delete", action="store_true", help="Remove all demonstration actors instead.")

    def handle(self, *args, count, delete, **options):
        if delete:
            deleted, _ = Actor.objects.filter(is_demo=True).delete()
            self.stdout.write(f"{deleted} demonstration rows deleted")
            return
        start = Actor.objects.filter(is_demo=True).count() + 1
        actors = create_demo_actors(count, start=start)
        self.stdout.write(f"{len(actors)} demonstration actors created")
