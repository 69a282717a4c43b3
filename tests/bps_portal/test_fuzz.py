"""Generated requests on every crawled public page, in French and Dutch: never a 5xx.

Each class of input that once gave a 500 has its own strategy here, so that its relatives are
tried too: NUL bytes, Unicode digits and numerals in numeric parameters, long runs of search
operators, control characters in cookies and headers.
"""

from django.test import Client
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.crawl import crawl

NUMERIC_KEYS = ["page", "page_size", "area", "objective", "postcode", "zone_number"]
OTHER_KEYS = ["q", "sort", "status", "type", "level", "commune", "edition", "kind", "format", "lang", "x", "page[]"]
KEYS = st.sampled_from([*NUMERIC_KEYS, *OTHER_KEYS, "%00", "ordre"])
# "²", "①", "٣", "Ⅻ", "１": digits and numerals that str.isdigit() or int() treat unlike ASCII ones.
UNICODE_NUMBERS = st.text(
    alphabet=st.one_of(st.characters(categories=["Nd", "No", "Nl"]), st.sampled_from("0123456789")),
    min_size=1,
    max_size=8,
)
# websearch syntax: a run of 33 "-" once overflowed PostgreSQL's tsquery stack.
OPERATOR_RUNS = st.lists(
    st.sampled_from(["-", "-", "!", "&", "|", "(", ")", ":", "*", '"', "'", " ", "<->", "or ", "OR ", "-a ", "a"]),
    min_size=10,
    max_size=200,
).map(lambda parts: "".join(parts)[:200])
VALUES = st.one_of(
    st.text(max_size=50),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.sampled_from(["", "0", "-1", "9" * 400, "NaN", "1e309", "\x00", "%00", "%ff%fe", "<script>", "' OR 1=1 --"]),
    st.binary(max_size=30).map(lambda raw: "".join(f"%{byte:02x}" for byte in raw)),
    st.text(min_size=2000, max_size=5000),
    UNICODE_NUMBERS,
    OPERATOR_RUNS,
)
QUERY = st.lists(st.tuples(KEYS, VALUES), max_size=6).map(
    lambda pairs: "&".join(f"{key}={escape(value)}" for key, value in pairs)
)
# C0 controls but the tab (which headers may hold), and DEL.
CONTROL_TEXT = st.text(alphabet=st.characters(max_codepoint=0x7F), min_size=1, max_size=20).filter(
    lambda text: any(character != "\t" and (character < " " or character == "\x7f") for character in text)
)
HEADERS = st.sampled_from(["HTTP_USER_AGENT", "HTTP_ACCEPT_LANGUAGE", "HTTP_REFERER", "HTTP_X_FORWARDED_FOR"])
COOKIES = st.sampled_from(["sessionid", "csrftoken", "django_language", "other"])

FUZZ = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def escape(value):
    return value.replace("%", "%25").replace("&", "%26").replace("#", "%23").replace("+", "%2B")


_crawled_paths = []


def public_paths():
    """Crawled once per run (the data is the same for every generated example)."""
    if not _crawled_paths:
        site = crawl(Client())
        _crawled_paths.extend(
            sorted({path.split("?")[0] for path, page in site.items() if page.content_type.startswith("text/html")})
        )
    return _crawled_paths


def get(path, query="", **headers):
    return Client(raise_request_exception=False, **headers).get(f"{path}?{query}" if query else path)


@FUZZ
@given(query=QUERY, index=st.integers(min_value=0))
def test_generated_query_strings_never_give_a_server_error(initial_data, query, index):
    paths = public_paths()
    assert {path[:4] for path in paths} >= {"/fr/", "/nl/"}
    path = paths[index % len(paths)]
    response = get(path, query)
    assert response.status_code < 500, (path, query[:200], response.status_code)


@FUZZ
@given(key=st.sampled_from(NUMERIC_KEYS), value=UNICODE_NUMBERS, index=st.integers(min_value=0))
def test_unicode_digits_in_numeric_parameters_never_give_a_server_error(initial_data, key, value, index):
    paths = [*public_paths(), "/api/v1/actors/", "/api/v1/measures/", "/api/v1/areas/", "/api/v1/editions/"]
    path = paths[index % len(paths)]
    response = get(path, f"{key}={escape(value)}")
    assert response.status_code < 500, (path, key, value, response.status_code)


@FUZZ
@given(text=OPERATOR_RUNS, language=st.sampled_from(["fr", "nl"]), kind=st.sampled_from(["", "measures", "actors"]))
def test_runs_of_search_operators_never_give_a_server_error(initial_data, text, language, kind):
    path = "/fr/recherche/" if language == "fr" else "/nl/zoeken/"
    response = get(path, f"q={escape(text)}&kind={kind}")
    assert response.status_code == 200, (text, response.status_code)


@FUZZ
@given(header=HEADERS, value=CONTROL_TEXT, index=st.integers(min_value=0))
def test_control_characters_in_headers_are_a_400(initial_data, header, value, index):
    paths = public_paths()
    response = get(paths[index % len(paths)], **{header: value})
    assert response.status_code == 400, (header, value)


@FUZZ
@given(name=COOKIES, value=CONTROL_TEXT, index=st.integers(min_value=0))
@example(name="sessionid", value=';"\x1f', index=0)  # parsed as a cookie with an empty name
def test_control_characters_in_cookies_never_give_a_server_error(initial_data, name, value, index):
    """Sent as the browser would, octal-escaped in a quoted value: Django unquotes it."""
    octal = "".join(f"\\{ord(c):03o}" if ord(c) < 0x20 or ord(c) == 0x7F else c for c in value)
    paths = public_paths()
    response = get(paths[index % len(paths)], HTTP_COOKIE=f'{name}="{octal}"')
    assert response.status_code < 500, (name, value, response.status_code)
