import pytest

from tests.factories import ActorFactory, PageFactory
from tests.query_budget import assert_constant_queries

pytestmark = pytest.mark.django_db


def grow():
    PageFactory.create_batch(100)
    ActorFactory.create_batch(100)


@pytest.mark.parametrize(
    ("path", "budget"),
    [("/fr/", 3), ("/nl/", 3), ("/fr/a-propos/", 3), ("/nl/over-ons/", 3), ("/nl/toegankelijkheid/", 3)],
)
def test_site_pages_run_a_fixed_number_of_queries(initial_data, client, path, budget):
    assert_constant_queries(client, path, grow, budget)
