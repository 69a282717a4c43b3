import pytest

from tests.factories import PageFactory

pytestmark = pytest.mark.django_db

HTML_PATHS = ["/fr/", "/nl/", "/fr/a-propos/", "/nl/over-ons/", "/fr/introuvable/", "/nl/onbekend/"]


@pytest.mark.parametrize("path", HTML_PATHS)
def test_security_headers_on_html_responses(initial_data, client, path):
    response = client.get(path)
    assert response["Content-Type"].startswith("text/html")
    csp = response["Content-Security-Policy"]
    directives = {part.split()[0]: part.split()[1:] for part in csp.split(";") if part.strip()}
    assert directives["default-src"] == ["'self'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


def test_hsts_is_sent_over_https(initial_data, client):
    response = client.get("/fr/", secure=True)
    assert response["Strict-Transport-Security"].startswith("max-age=31536000")


@pytest.mark.parametrize("path", [*HTML_PATHS, "/", "/health/live", "/health/ready"])
def test_anonymous_get_sets_no_cookie(initial_data, client, path):
    response = client.get(path)
    assert response.cookies == {}
    assert "Set-Cookie" not in response


def test_pages_make_no_request_to_another_host(initial_data, client):
    from bs4 import BeautifulSoup

    for path in HTML_PATHS[:4]:
        soup = BeautifulSoup(client.get(path).content, "html.parser")
        sources = [tag.get("src") for tag in soup.find_all(src=True)]
        sources += [tag["href"] for tag in soup.find_all("link", href=True) if "alternate" not in tag["rel"]]
        sources += [tag["href"] for tag in soup.find_all("link", rel="canonical")]
        for source in sources:
            assert source.startswith("/") or source.startswith("http://testserver/"), (path, source)
        # JSON-LD blocks are data, never executed; any other inline script would break the CSP.
        inline = [tag for tag in soup.find_all("script", src=False) if tag.get("type") != "application/ld+json"]
        assert inline == [], "inline script"
        assert soup.find(style=True) is None, "inline style"
        assert soup.find("style") is None, "style element"


def test_staff_entered_script_never_reaches_the_page(client):
    PageFactory(
        slug_fr="piege",
        body_fr=(
            '<p onclick="steal()">Bonjour</p><script>alert(1)</script>'
            '<a href="javascript:alert(2)">lien</a><img src=x onerror=alert(3)><style>body{}</style>'
            '<iframe src="https://evil.example"></iframe><h2>Titre</h2>'
        ),
    )
    html = client.get("/fr/piege/").content.decode()
    assert "Bonjour" in html and "<h2>Titre</h2>" in html
    for forbidden in ("alert(", "onclick", "<script>alert", "javascript:", "onerror", "<iframe", "body{}"):
        assert forbidden not in html
