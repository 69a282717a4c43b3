"""Generated query strings on every crawled public page, in French and Dutch: never a 5xx."""

from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.crawl import crawl

KEYS = st.sampled_from(["page", "q", "sort", "status", "area", "type", "lang", "x", "page[]", "%00", "ordre"])
VALUES = st.one_of(
    st.text(max_size=50),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.sampled_from(["", "0", "-1", "9" * 400, "NaN", "1e309", "\x00", "%00", "%ff%fe", "<script>", "' OR 1=1 --"]),
    st.binary(max_size=30).map(lambda raw: "".join(f"%{byte:02x}" for byte in raw)),
    st.text(min_size=2000, max_size=5000),
)
QUERY = st.lists(st.tuples(KEYS, VALUES), max_size=6).map(
    lambda pairs: "&".join(f"{key}={value.replace('&', '%26').replace('#', '%23')}" for key, value in pairs)
)


_crawled_paths = []


def public_paths():
    """Crawled once per run (the data is the same for every generated example)."""
    if not _crawled_paths:
        site = crawl(Client())
        _crawled_paths.extend(
            sorted({path.split("?")[0] for path, page in site.items() if page.content_type.startswith("text/html")})
        )
    return _crawled_paths


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=QUERY, index=st.integers(min_value=0))
def test_generated_query_strings_never_give_a_server_error(initial_data, query, index):
    paths = public_paths()
    assert {path[:4] for path in paths} >= {"/fr/", "/nl/"}
    path = paths[index % len(paths)]
    response = Client(raise_request_exception=False).get(f"{path}?{query}")
    assert response.status_code < 500, (path, query[:200], response.status_code)
