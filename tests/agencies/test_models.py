import pytest
from django.core.exceptions import ValidationError
from django.db import DataError, IntegrityError, connection, transaction

from agencies.models import Actor, Municipality, Postcode
from agencies.templatetags.phone_numbers import national, phone_link
from tests.factories import ActorFactory, ContactPointFactory, MunicipalityFactory


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("typed", "stored", "shown"),
    [
        ("+32 2 507 99 11", "+3225079911", "02 507 99 11"),
        ("02 507 99 11", "+3225079911", "02 507 99 11"),
        ("0032 2 507 99 11", "+3225079911", "02 507 99 11"),
        ("+32 800 35 123", "+3280035123", "0800 35 123"),
        ("0475 12 34 56", "+32475123456", "0475 12 34 56"),
        ("+33 1 42 68 53 00", "+33142685300", "+33 1 42 68 53 00"),
    ],
)
def test_phone_numbers_are_stored_in_one_international_format_and_shown_the_belgian_way(typed, stored, shown):
    actor = ActorFactory(phone=typed)
    actor.full_clean()
    with connection.cursor() as cursor:
        cursor.execute("SELECT phone FROM agencies_actor WHERE id = %s", [actor.pk])
        assert cursor.fetchone() == (stored,)
    number = Actor.objects.get(pk=actor.pk).phone
    assert national(number) == shown
    assert phone_link(number) == f'<a href="tel:{stored}">{shown}</a>'


@pytest.mark.django_db
@pytest.mark.parametrize("number", ["12", "+32 2 507", "phone me", "+32 2 507 99 11 99 99"])
def test_impossible_phone_numbers_are_refused(number):
    with pytest.raises(ValidationError) as error:
        ActorFactory.build(phone=number, actor_type=None).full_clean()
    assert "phone" in error.value.message_dict


@pytest.mark.django_db
def test_an_invalid_email_or_phone_stops_a_save_through_validation():
    actor = ActorFactory.build(email="not-an-email", phone="123", actor_type=None)
    with pytest.raises(ValidationError) as error:
        actor.full_clean()
    assert {"email", "phone"} <= set(error.value.message_dict)


@pytest.mark.django_db
@pytest.mark.parametrize("field", ["slug_fr", "slug_nl"])
def test_the_database_keeps_one_actor_per_slug_per_language(field):
    ActorFactory(**{field: "meme-slug"})
    with pytest.raises(IntegrityError), transaction.atomic():
        ActorFactory(**{field: "meme-slug"})


@pytest.mark.django_db
def test_the_same_slug_may_serve_both_languages_of_one_actor():
    actor = ActorFactory(slug_fr="meme-nom", slug_nl="meme-nom")
    assert Actor.objects.get(pk=actor.pk).slug_nl == "meme-nom"


@pytest.mark.django_db
def test_level_and_visibility_are_checked_by_the_database():
    actor = ActorFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Actor.objects.filter(pk=actor.pk).update(level="galactic")
    point = ContactPointFactory(actor=actor)
    with pytest.raises(IntegrityError), transaction.atomic():
        type(point).objects.filter(pk=point.pk).update(visibility="secret")


@pytest.mark.django_db
def test_postcodes_are_four_digits_and_unique_per_commune():
    municipality = MunicipalityFactory(postcodes=["1998"])
    with pytest.raises(IntegrityError), transaction.atomic():
        Postcode.objects.create(code="1998", municipality=municipality)
    # PostgreSQL refuses it for its length, SQLite through the check constraint.
    with pytest.raises((IntegrityError, DataError)), transaction.atomic():
        Postcode.objects.create(code="10400", municipality=municipality)
    with pytest.raises(IntegrityError), transaction.atomic():
        Postcode.objects.create(code="10a0", municipality=municipality)
    other = MunicipalityFactory(postcodes=["1998"])
    assert set(Municipality.objects.filter(postcodes__code="1998")) == {municipality, other}


@pytest.mark.django_db
def test_unknown_language_code_is_refused():
    point = ContactPointFactory.build(actor=ActorFactory(), languages=["fr", "klingon"])
    with pytest.raises(ValidationError):
        point.full_clean()
