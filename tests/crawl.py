"""Crawl the public site through the Django test client, as a visitor following links would."""

from collections import deque
from dataclasses import dataclass, field
from urllib.parse import urldefrag, urlsplit

from bs4 import BeautifulSoup

START_PATHS = ("/fr/", "/nl/")
NOT_PUBLIC_PREFIXES = ("/admin/", "/static/")


@dataclass
class CrawledPage:
    path: str
    status: int
    content_type: str
    html: str = ""
    links: list = field(default_factory=list)

    @property
    def soup(self):
        return BeautifulSoup(self.html, "html.parser")


def internal_path(href, host="testserver"):
    """The site-relative path of a link that stays on this site, or None."""
    href, _fragment = urldefrag(href or "")
    parts = urlsplit(href)
    if parts.scheme and parts.scheme not in ("http", "https"):
        return None
    if parts.netloc and parts.netloc != host:
        return None
    if not parts.path.startswith("/"):
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def crawl(client, start_paths=START_PATHS, limit=500):
    """Visit every page reachable from the start paths; returns {path: CrawledPage}."""
    seen = {}
    queue = deque(start_paths)
    while queue and len(seen) < limit:
        path = queue.popleft()
        if path in seen or path.startswith(NOT_PUBLIC_PREFIXES):
            continue
        response = client.get(path)
        content_type = response.get("Content-Type", "")
        page = CrawledPage(path, response.status_code, content_type)
        seen[path] = page
        if response.status_code in (301, 302):
            queue.append(internal_path(response["Location"]))
            continue
        if response.status_code != 200 or not content_type.startswith("text/html"):
            continue
        page.html = response.content.decode()
        soup = page.soup
        for tag in soup.find_all(["a", "link"], href=True):
            if tag.name == "link" and "stylesheet" in (tag.get("rel") or []):
                continue
            target = internal_path(tag["href"])
            if target:
                page.links.append(target)
                if target not in seen:
                    queue.append(target)
    return seen
