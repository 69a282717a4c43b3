"""Assert that a page runs the same number of SQL queries with little and with much data."""

from django.db import connection
from django.test.utils import CaptureQueriesContext


def count_queries(client, path):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200, (path, response.status_code)
    return len(captured), [query["sql"] for query in captured.captured_queries]


def assert_constant_queries(client, path, grow, budget):
    """Request `path`, call `grow()` to add many rows, request it again.

    Both requests must run the same number of queries, exactly `budget`: a change that saves a
    query lowers the budget with it, so the budgets only ever go down.
    """
    client.get(path)  # warm-up: what the portal keeps in its cache between requests (the alerts)
    small, _ = count_queries(client, path)
    grow()
    large, statements = count_queries(client, path)
    assert small == large, f"{path}: {small} queries with little data, {large} with much:\n" + "\n".join(statements)
    assert large == budget, f"{path}: {large} queries, budget {budget}:\n" + "\n".join(statements)
    return large
