"""Publication of editorial pages: windows (scheduled publication and withdrawal), drafts, preview."""

import datetime

import pytest
from django.utils import timezone

from tests.factories import PageFactory

pytestmark = pytest.mark.django_db


def page_seen(client):
    texts = [
        client.get("/fr/page-programmee/").content.decode(),
        client.get("/sitemap.xml").content.decode(),
        client.get("/fr/recherche/", {"q": "Programmée"}).content.decode(),
    ]
    return ["Page programmée" in text or "page-programmee" in text for text in texts]


@pytest.mark.parametrize(
    ("window", "visible"),
    [({"publish_from": 60}, False), ({"publish_from": -60}, True), ({"unpublish_after": -60}, False)],
)
def test_a_page_is_public_only_within_its_window(initial_data, client, window, visible):
    now = timezone.now()
    PageFactory(
        key="programmee",
        slug_fr="page-programmee",
        title_fr="Page programmée",
        published=True,
        **{name: now + datetime.timedelta(seconds=seconds) for name, seconds in window.items()},
    )
    assert page_seen(client) == [visible] * 3


def test_withdrawal_comes_after_publication(db):
    from django.core.exceptions import ValidationError

    now = timezone.now()
    page = PageFactory.build(key="x", publish_from=now, unpublish_after=now - datetime.timedelta(days=1))
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "unpublish_after" in error.value.message_dict
