import factory
from django.contrib.auth import get_user_model

from agencies.models import Actor, ActorType, ContactPoint, Municipality, Postcode
from bps_portal.models import Page
from gspp.models import Measure, PlanEdition, StrategicObjective, ThematicArea


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


class ActorTypeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ActorType
        django_get_or_create = ("key",)

    key = factory.Sequence(lambda n: f"type-{n}")
    name_fr = factory.Sequence(lambda n: f"Type {n}")
    name_nl = factory.Sequence(lambda n: f"Soort {n}")
    name_plural_fr = factory.LazyAttribute(lambda o: f"{o.name_fr}s")
    name_plural_nl = factory.LazyAttribute(lambda o: f"{o.name_nl}en")


class ActorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Actor

    key = factory.Sequence(lambda n: f"actor-{n}")
    name_fr = factory.Sequence(lambda n: f"Acteur {n}")
    name_nl = factory.Sequence(lambda n: f"Actor {n}")
    slug_fr = factory.Sequence(lambda n: f"acteur-{n}")
    slug_nl = factory.Sequence(lambda n: f"actor-{n}")
    description_fr = "Un acteur de la chaîne de sécurité."
    description_nl = "Een actor van de veiligheidsketen."
    actor_type = factory.SubFactory(ActorTypeFactory, key="regional-body")
    level = "regional"
    phone = "+32 2 507 99 11"


class ContactPointFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ContactPoint

    actor = factory.SubFactory(ActorFactory)
    label_fr = factory.Sequence(lambda n: f"Accueil {n}")
    label_nl = factory.Sequence(lambda n: f"Onthaal {n}")
    phone = "+32 2 536 02 11"
    visibility = "public"
    languages = ["fr", "nl"]


class MunicipalityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Municipality
        skip_postgeneration_save = True

    key = factory.Sequence(lambda n: f"commune-{n}")
    name_fr = factory.Sequence(lambda n: f"Commune {n}")
    name_nl = factory.Sequence(lambda n: f"Gemeente {n}")
    police_zone = factory.SubFactory(ActorFactory, zone_number="5999")

    @factory.post_generation
    def postcodes(municipality, create, extracted, **kwargs):
        if create:
            for code in extracted or ["1999"]:
                Postcode.objects.create(code=code, municipality=municipality)


class UserFactory(factory.django.DjangoModelFactory):
    """A logged-in visitor with no permission; `groups=[...]` adds groups."""

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    password = factory.PostGenerationMethodCall("set_password", "correct horse battery staple")

    @factory.post_generation
    def groups(user, create, extracted, **kwargs):
        if create:
            user.save()
            for group in extracted or []:
                user.groups.add(group)


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


class PlanEditionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PlanEdition
        django_get_or_create = ("key",)

    key = factory.Sequence(lambda n: f"{2030 + 4 * n}-{2033 + 4 * n}")
    period_start = factory.LazyAttribute(lambda o: int(o.key[:4]))
    period_end = factory.LazyAttribute(lambda o: int(o.key[5:]))
    title_fr = factory.LazyAttribute(lambda o: f"Plan {o.key}")
    title_nl = factory.LazyAttribute(lambda o: f"Plan {o.key}")
    status = "past"


class StrategicObjectiveFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = StrategicObjective

    edition = factory.SubFactory(PlanEditionFactory)
    number = factory.Sequence(lambda n: n + 1)
    title_fr = factory.Sequence(lambda n: f"Objectif {n}")
    title_nl = factory.Sequence(lambda n: f"Doelstelling {n}")


class ThematicAreaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ThematicArea

    edition = factory.SubFactory(PlanEditionFactory)
    number = factory.Sequence(lambda n: n + 1)
    title_fr = factory.Sequence(lambda n: f"Thématique {n}")
    title_nl = factory.Sequence(lambda n: f"Thema {n}")
    slug_fr = factory.Sequence(lambda n: f"thematique-{n}")
    slug_nl = factory.Sequence(lambda n: f"thema-{n}")


class MeasureFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Measure

    area = factory.SubFactory(ThematicAreaFactory)
    number = factory.Sequence(lambda n: n + 1)
    title_fr = factory.Sequence(lambda n: f"Mesure {n}")
    title_nl = factory.Sequence(lambda n: f"Maatregel {n}")
    slug_fr = factory.Sequence(lambda n: f"mesure-{n}")
    slug_nl = factory.Sequence(lambda n: f"maatregel-{n}")
    status = "in_progress"
    progress = 50
    published = True
