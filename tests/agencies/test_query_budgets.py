import pytest

from agencies.services import create_demo_actors
from tests.factories import UserFactory
from tests.query_budget import assert_constant_queries

pytestmark = pytest.mark.django_db


def grow():
    """From the 43 actors of the initial data to 2,043."""
    create_demo_actors(2000)


@pytest.mark.parametrize(
    ("path", "budget"),
    [
        ("/fr/partenaires/", 8),
        ("/nl/partners/?q=o&level=regional&page=2", 8),
        ("/fr/partenaires/zone-de-police-midi/", 10),
        ("/nl/partners/politiezones/?postcode=1040", 6),
        ("/fr/partenaires/zones-de-police/?commune=uccle", 7),
    ],
)
def test_directory_pages_run_a_fixed_number_of_queries(initial_data, client, path, budget):
    assert_constant_queries(client, path, grow, budget)


def test_partner_sees_the_actor_page_in_a_fixed_number_of_queries(initial_data, client, partner_group):
    client.force_login(UserFactory(groups=[partner_group]))
    assert_constant_queries(client, "/nl/partners/politiezone-zuid/", grow, 14)
