"""The second half of the admin matrix of test_permissions.py (which holds the rules), in a file of its
own so that the suite's two processes share the matrix."""

import pytest

from tests.bps_portal.test_permissions import SECOND_CELLS, VISITORS, cell_ids, check_cell

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("visitor", VISITORS)
@pytest.mark.parametrize(("label", "action"), SECOND_CELLS, ids=cell_ids(SECOND_CELLS))
def test_admin_matrix_second_half(visitor, label, action):
    check_cell(visitor, label, action)
