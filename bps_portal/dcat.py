"""The DCAT-AP catalogue of the portal's open data (bps_portal/open_data.py), as an RDF graph.

Served as Turtle and JSON-LD at /api/v1/dcat.ttl and /api/v1/dcat.jsonld, the addresses the
regional open-data portal (opendata.brussels) harvests. Every text is given once in French and
once in Dutch, each literal with its language tag; vocabularies are the EU's (licence, file type,
data theme, language) and IANA's (media types), as DCAT-AP asks.
"""

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF, XSD

from agencies.selectors import portal_owner
from bps_portal import open_data

VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
MEDIA_TYPES = Namespace("https://www.iana.org/assignments/media-types/")
PUBLIC_ACCESS = URIRef("http://publications.europa.eu/resource/authority/access-right/PUBLIC")
PUBLISHER_NAME = {"fr": "Bruxelles Prévention & Sécurité", "nl": "Brussel Preventie & Veiligheid"}
CATALOGUE_TITLE = {"fr": "Données ouvertes de Bruxelles Prévention & Sécurité",
                   "nl": "Open data van Brussel Preventie & Veiligheid"}  # fmt: skip
CATALOGUE_DESCRIPTION = {
    "fr": "Les données publiées par le portail de Bruxelles Prévention & Sécurité : les mesures du Plan global de "
    "sécurité et de prévention et leur suivi, l'annuaire des acteurs de la chaîne de prévention et de sécurité, les "
    "communes et leur zone de police.",
    "nl": "De gegevens die het portaal van Brussel Preventie & Veiligheid publiceert: de maatregelen van het Globaal "
    "Veiligheids- en Preventieplan en hun opvolging, de gids van de actoren van de preventie- en veiligheidsketen, de "
    "gemeenten en hun politiezone.",
}
# Short names in the JSON-LD instead of full addresses.
JSON_LD_CONTEXT = {"dcat": str(DCAT), "dct": str(DCTERMS), "foaf": str(FOAF), "vcard": str(VCARD)}
API_TITLE = {"fr": "API de données du portail (lecture seule)", "nl": "Gegevens-API van het portaal (alleen lezen)"}


def bilingual(graph, subject, predicate, texts):
    for language, text in texts.items():
        graph.add((subject, predicate, Literal(text, lang=language)))


def catalogue(site, reverse_path):
    """The catalogue as an rdflib Graph. `site`: the portal's address (https://host, no slash);
    `reverse_path(name)`: the path of a URL name (the schema, the API's root)."""
    graph = Graph()
    for prefix, namespace in (("dcat", DCAT), ("dct", DCTERMS), ("foaf", FOAF), ("vcard", VCARD)):
        graph.bind(prefix, namespace)
    here = f"{site}/api/v1/dcat.ttl#"
    catalog, publisher, contact = URIRef(here + "catalogue"), URIRef(here + "publisher"), URIRef(here + "contact")

    graph.add((publisher, RDF.type, FOAF.Organization))
    bilingual(graph, publisher, FOAF.name, PUBLISHER_NAME)
    graph.add((contact, RDF.type, VCARD.Organization))
    bilingual(graph, contact, VCARD.fn, PUBLISHER_NAME)
    owner = portal_owner()
    if owner is not None and owner.email:
        graph.add((contact, VCARD.hasEmail, URIRef(f"mailto:{owner.email}")))
    if owner is not None and owner.phone:
        graph.add((contact, VCARD.hasTelephone, URIRef(f"tel:{owner.phone}")))

    graph.add((catalog, RDF.type, DCAT.Catalog))
    bilingual(graph, catalog, DCTERMS.title, CATALOGUE_TITLE)
    bilingual(graph, catalog, DCTERMS.description, CATALOGUE_DESCRIPTION)
    graph.add((catalog, DCTERMS.publisher, publisher))
    graph.add((catalog, FOAF.homepage, URIRef(f"{site}/fr/")))
    graph.add((catalog, DCTERMS.license, URIRef(open_data.LICENCE)))
    for language in open_data.LANGUAGES.values():
        graph.add((catalog, DCTERMS.language, URIRef(language)))

    service = URIRef(here + "api")
    graph.add((service, RDF.type, DCAT.DataService))
    bilingual(graph, service, DCTERMS.title, API_TITLE)
    graph.add((service, DCAT.endpointURL, URIRef(site + reverse_path("api:api-root"))))
    graph.add((service, DCAT.endpointDescription, URIRef(site + reverse_path("api_schema"))))
    graph.add((service, DCTERMS.license, URIRef(open_data.LICENCE)))
    graph.add((catalog, DCAT.service, service))

    changes = open_data.latest_changes()
    modified = [date for dataset in open_data.DATASETS if (date := dataset.modified(changes))]
    if modified:
        graph.add((catalog, DCTERMS.modified, Literal(max(modified), datatype=XSD.date)))
    for dataset in open_data.DATASETS:
        node = add_dataset(graph, dataset, here, site, changes, service)
        graph.add((node, DCTERMS.publisher, publisher))
        graph.add((node, DCAT.contactPoint, contact))
        graph.add((catalog, DCAT.dataset, node))
    return graph


def add_dataset(graph, dataset, here, site, changes, service):
    node = URIRef(here + dataset.key)
    graph.add((node, RDF.type, DCAT.Dataset))
    graph.add((node, DCTERMS.identifier, Literal(str(node))))
    bilingual(graph, node, DCTERMS.title, dataset.title)
    bilingual(graph, node, DCTERMS.description, dataset.description)
    for language, words in dataset.keywords.items():
        for word in words:
            graph.add((node, DCAT.keyword, Literal(word, lang=language)))
    for theme in dataset.themes:
        graph.add((node, DCAT.theme, URIRef(theme)))
    for language, uri in open_data.LANGUAGES.items():
        graph.add((node, DCTERMS.language, URIRef(uri)))
        graph.add((node, DCAT.landingPage, URIRef(site + dataset.landing_path(language))))
    graph.add((node, DCTERMS.accessRights, PUBLIC_ACCESS))
    if (date := dataset.modified(changes)) is not None:
        graph.add((node, DCTERMS.modified, Literal(date, datatype=XSD.date)))
    for number, distribution in enumerate(dataset.distributions, start=1):
        part = add_distribution(graph, distribution, URIRef(f"{node}-{number}"), site)
        graph.add((node, DCAT.distribution, part))
        if distribution.api:
            graph.add((part, DCAT.accessService, service))
            graph.add((service, DCAT.servesDataset, node))
    return node


def add_distribution(graph, distribution, node, site):
    url = URIRef(site + distribution.path())
    graph.add((node, RDF.type, DCAT.Distribution))
    bilingual(graph, node, DCTERMS.title, distribution.title)
    graph.add((node, DCAT.accessURL, url))
    if not distribution.api:
        graph.add((node, DCAT.downloadURL, url))
    graph.add((node, DCAT.mediaType, MEDIA_TYPES[distribution.media_type]))
    graph.add((node, DCTERMS.format, URIRef(open_data.FILE_TYPES[distribution.media_type])))
    graph.add((node, DCTERMS.license, URIRef(open_data.LICENCE)))
    languages = [distribution.language] if distribution.language else list(open_data.LANGUAGES)
    for language in languages:
        graph.add((node, DCTERMS.language, URIRef(open_data.LANGUAGES[language])))
    return node
