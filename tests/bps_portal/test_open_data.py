"""Open data (issue 15): the DCAT-AP catalogue that opendata.brussels harvests, the open-data page,
the API reference and the communes' API."""

import datetime
from collections import Counter
from urllib.parse import urlsplit

import pytest
from rdflib import Graph, Literal
from rdflib import namespace as ns  # names, not the namespaces themselves: pytest would probe their attributes
from rdflib.compare import isomorphic

from agencies.models import Municipality
from bps_portal import open_data
from gspp.models import Measure
from gspp.services import record_progress_update

pytestmark = pytest.mark.django_db

TURTLE, JSON_LD = "/api/v1/dcat.ttl", "/api/v1/dcat.jsonld"


def catalogue(client, path=TURTLE, serialization="turtle"):
    response = client.get(path)
    assert response.status_code == 200
    return response, Graph().parse(data=response.content.decode(), format=serialization)


def test_the_catalogue_is_turtle_and_json_ld_and_both_say_the_same(initial_data, client):
    turtle_response, turtle = catalogue(client)
    json_ld_response, json_ld = catalogue(client, JSON_LD, "json-ld")
    assert turtle_response["Content-Type"].startswith("text/turtle")
    assert json_ld_response["Content-Type"].startswith("application/ld+json")
    assert len(turtle) > 100 and isomorphic(turtle, json_ld)


def one_text_per_language(graph, subject, predicate):
    texts = list(graph.objects(subject, predicate))
    assert sorted(text.language for text in texts) == ["fr", "nl"], (subject, predicate, texts)
    assert all(str(text).strip() for text in texts)


def test_every_dataset_and_distribution_has_what_dcat_ap_requires(initial_data, client):
    _, graph = catalogue(client)
    (catalog,) = graph.subjects(ns.RDF.type, ns.DCAT.Catalog)
    for predicate in (ns.DCTERMS.title, ns.DCTERMS.description):
        one_text_per_language(graph, catalog, predicate)
    publisher = graph.value(catalog, ns.DCTERMS.publisher)
    one_text_per_language(graph, publisher, ns.FOAF.name)
    datasets = set(graph.objects(catalog, ns.DCAT.dataset))
    assert datasets == set(graph.subjects(ns.RDF.type, ns.DCAT.Dataset)) and len(datasets) == len(open_data.DATASETS)
    for dataset in datasets:
        for predicate in (ns.DCTERMS.title, ns.DCTERMS.description):
            one_text_per_language(graph, dataset, predicate)
        assert graph.value(dataset, ns.DCTERMS.publisher) == publisher
        assert graph.value(dataset, ns.DCAT.contactPoint) is not None
        assert {keyword.language for keyword in graph.objects(dataset, ns.DCAT.keyword)} == {"fr", "nl"}
        assert (
            list(graph.objects(dataset, ns.DCAT.theme)) and len(list(graph.objects(dataset, ns.DCAT.landingPage))) == 2
        )
        distributions = list(graph.objects(dataset, ns.DCAT.distribution))
        assert distributions
        for distribution in distributions:
            one_text_per_language(graph, distribution, ns.DCTERMS.title)
            assert graph.value(distribution, ns.DCAT.accessURL) is not None
            assert str(graph.value(distribution, ns.DCAT.mediaType)).startswith(
                "https://www.iana.org/assignments/media-types/"
            )
            assert str(graph.value(distribution, ns.DCTERMS.format)).startswith(
                "http://publications.europa.eu/resource/authority/file-type/"
            )
            assert str(graph.value(distribution, ns.DCTERMS.license)) == open_data.LICENCE
    # One language tag per text: no untagged text, never two texts in one language for one property.
    texts = [(s, p, o) for s, p, o in graph if isinstance(o, Literal) and o.datatype is None]
    assert all(o.language in ("fr", "nl") for _, p, o in texts if p != ns.DCTERMS.identifier)
    repeated = Counter((s, p, o.language) for s, p, o in texts if p not in (ns.DCAT.keyword, ns.DCTERMS.identifier))
    assert max(repeated.values()) == 1


def test_every_distribution_answers_with_the_media_type_it_announces(initial_data, client):
    _, graph = catalogue(client)
    distributions = list(graph.subjects(ns.RDF.type, ns.DCAT.Distribution))
    assert len(distributions) >= 9
    for distribution in distributions:
        url = urlsplit(str(graph.value(distribution, ns.DCAT.accessURL)))
        media_type = str(graph.value(distribution, ns.DCAT.mediaType)).rsplit("/media-types/", 1)[1]
        response = client.get(url.path + (f"?{url.query}" if url.query else ""))
        assert response.status_code == 200, url
        assert response["Content-Type"].split(";")[0].strip() == media_type, (url, response["Content-Type"])


def test_the_dates_of_change_come_from_the_data(initial_data, client):
    measure = Measure.objects.get(area__number=5, number=5, area__edition__key="2021-2024")
    record_progress_update(measure, date=datetime.date(2025, 3, 3), status="in_progress", progress=20)
    _, graph = catalogue(client)
    updates = next(d for d in graph.subjects(ns.RDF.type, ns.DCAT.Dataset) if str(d).endswith("#progress-updates"))
    assert graph.value(updates, ns.DCTERMS.modified).toPython() == datetime.date.today()


@pytest.mark.parametrize(
    ("language", "path", "title"),
    [("fr", "/fr/donnees-ouvertes/", "Données ouvertes"), ("nl", "/nl/open-data/", "Open data")],
)
def test_the_open_data_page_lists_every_dataset_in_the_visitors_language(initial_data, client, language, path, title):
    page = client.get(path)
    assert page.status_code == 200
    html = page.content.decode()
    assert f"<h1>{title}</h1>" in html
    for dataset in open_data.DATASETS:
        assert dataset.title[language] in html
        for distribution in dataset.distributions:
            assert f'href="{distribution.path()}"' in html.replace("&amp;", "&")
    assert TURTLE in html and JSON_LD in html and "creativecommons.org/licenses/by/4.0" in html
    home = client.get(f"/{language}/").content.decode()
    assert f'href="{path}"' in home, "the footer links to it"


@pytest.mark.parametrize(
    ("path", "words"),
    [("/fr/donnees-ouvertes/api/", ("Paramètres", "nombre entier", "Titre [fr]")),
     ("/nl/open-data/api/", ("Parameters", "geheel getal", "Titel [nl]"))],
)  # fmt: skip
def test_the_api_reference_lists_every_endpoint_with_its_parameters_and_fields(initial_data, client, path, words):
    html = client.get(path).content.decode()
    schema = client.get("/api/v1/schema/").json()
    for api_path in schema["paths"]:
        assert f"<code>GET {api_path}</code>" in html, api_path
    measure = schema["components"]["schemas"]["Measure"]["properties"]
    for field in measure:
        assert f"<code>{field}</code>" in html
    for word in words:
        assert word in html, word
    assert "<script" not in html.split("<main", 1)[1], "an ordinary page: nothing to run"


def test_the_api_reference_is_built_once_per_content_generation(initial_data, client):
    from django.test import override_settings

    from tests.query_budget import count_queries

    client.cookies["messages"] = "x"  # past the page cache
    with override_settings(KEEP_PER_GENERATION=True):
        client.get("/fr/donnees-ouvertes/api/")
        queries, _ = count_queries(client, "/fr/donnees-ouvertes/api/")
    assert queries == 0


def test_the_communes_api_gives_each_commune_its_postcodes_and_police_zone(initial_data, client):
    answer = client.get("/api/v1/municipalities/").json()
    assert answer["count"] == Municipality.objects.count() == 19
    communes = {commune["key"]: commune for commune in answer["results"]}
    ixelles = next(c for c in communes.values() if c["name_fr"] == "Ixelles")
    assert "1050" in ixelles["postcodes"] and ixelles["police_zone_number"]
