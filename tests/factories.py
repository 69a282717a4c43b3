import factory
from django.contrib.auth import get_user_model

from agencies.models import Actor
from bps_portal.models import Page


class PageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Page

    key = factory.Sequence(lambda n: f"page-{n}")
    title_fr = factory.Sequence(lambda n: f"Page d'exemple {n}")
    title_nl = factory.Sequence(lambda n: f"Voorbeeldpagina {n}")
    slug_fr = factory.Sequence(lambda n: f"page-exemple-{n}")
    slug_nl = factory.Sequence(lambda n: f"voorbeeldpagina-{n}")
    body_fr = "<p>Texte en français.</p>"
    body_nl = "<p>Tekst in het Nederlands.</p>"
    published = True


class ActorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Actor

    key = factory.Sequence(lambda n: f"actor-{n}")
    name_fr = factory.Sequence(lambda n: f"Acteur {n}")
    name_nl = factory.Sequence(lambda n: f"Actor {n}")
    slug_fr = factory.Sequence(lambda n: f"acteur-{n}")
    slug_nl = factory.Sequence(lambda n: f"actor-{n}")


class StaffUserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"staff{n}")
    is_staff = True
    is_superuser = True
    password = factory.PostGenerationMethodCall("set_password", "correct horse battery staple")

    @factory.post_generation
    def saved(obj, create, extracted, **kwargs):
        if create:
            obj.save()
