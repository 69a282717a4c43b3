"""The portal's open data, described once: its datasets and where each is served.

Read by the DCAT-AP catalogue (`bps_portal/dcat.py`, /api/v1/dcat.ttl and .jsonld, which the
regional open-data portal harvests) and by the open-data page. Titles and descriptions are data in
both languages at once (a catalogue carries both), not interface strings.
"""

import datetime
from dataclasses import dataclass, field

from django.db.models import Max
from django.urls import reverse
from django.utils import translation

from agencies.models import Actor, ContactPoint, Municipality
from gspp.models import Measure, ProgressUpdate

# The licence of everything the portal publishes, unless a dataset says otherwise.
LICENCE = "http://publications.europa.eu/resource/authority/licence/CC_BY_4_0"
LICENCE_PAGE = "https://creativecommons.org/licenses/by/4.0/"
# EU vocabularies (publications.europa.eu) that DCAT-AP asks for.
FILE_TYPES = {
    "text/csv": "http://publications.europa.eu/resource/authority/file-type/CSV",
    "application/json": "http://publications.europa.eu/resource/authority/file-type/JSON",
    "application/atom+xml": "http://publications.europa.eu/resource/authority/file-type/ATOM",
}
THEME_PUBLIC_SAFETY = "http://publications.europa.eu/resource/authority/data-theme/JUST"
THEME_REGIONS = "http://publications.europa.eu/resource/authority/data-theme/REGI"
LANGUAGES = {
    "fr": "http://publications.europa.eu/resource/authority/language/FRA",
    "nl": "http://publications.europa.eu/resource/authority/language/NLD",
}


@dataclass(frozen=True)
class Distribution:
    """One way to get a dataset: a file to download, or the API (`api=True`)."""

    title: dict
    media_type: str
    url_name: str
    query: str = ""
    language: str | None = None  # the one language it speaks (a feed); None: both (downloads, API)
    api: bool = False

    def path(self):
        with translation.override(self.language or "fr"):
            return reverse(self.url_name) + (f"?{self.query}" if self.query else "")


@dataclass(frozen=True)
class Dataset:
    key: str
    title: dict
    description: dict
    keywords: dict
    themes: tuple
    landing_page: str  # the URL name of the page where people read it
    distributions: tuple
    modified_from: tuple = field(default=())  # (model, field): the dataset changed when they did

    def landing_path(self, language):
        with translation.override(language):
            return reverse(self.landing_page)

    def modified(self, latest_changes):
        """The latest change of the records it holds (from `latest_changes()`), or None."""
        return max((latest_changes[model] for model, _ in self.modified_from if latest_changes[model]), default=None)


def latest_changes():
    """{model: the date of its latest change, or None} for the models the datasets watch, one query each."""
    fields = {}
    for dataset in DATASETS:
        for model, field_name in dataset.modified_from:
            fields.setdefault(model, set()).add(field_name)
    changes = {}
    for model, names in fields.items():
        latest = model._default_manager.aggregate(**{name: Max(name) for name in names})
        dates = [value.date() if isinstance(value, datetime.datetime) else value for value in latest.values() if value]
        changes[model] = max(dates, default=None)
    return changes


# The downloads hold both languages side by side (`title_fr`, `title_nl`): one address is enough.
CSV = {
    "fr": "Fichier CSV (textes en français et en néerlandais)",
    "nl": "CSV-bestand (teksten in het Frans en het Nederlands)",
}
JSON = {
    "fr": "Fichier JSON (textes en français et en néerlandais)",
    "nl": "JSON-bestand (teksten in het Frans en het Nederlands)",
}
API = {"fr": "API JSON, page par page", "nl": "JSON-API, per pagina"}

DATASETS = (
    Dataset(
        key="measures",
        title={
            "fr": "Mesures du Plan global de sécurité et de prévention",
            "nl": "Maatregelen van het Globaal Veiligheids- en Preventieplan",
        },
        description={
            "fr": "Les mesures publiées du plan régional bruxellois, par édition et par thématique\u00a0: référence, "
            "intitulé, description, objectifs stratégiques, acteurs, statut et pourcentage de réalisation.",
            "nl": "De gepubliceerde maatregelen van het Brusselse gewestelijke plan, per editie en per thema: "
            "referentie, titel, beschrijving, strategische doelstellingen, actoren, status en voortgangspercentage.",
        },
        keywords={
            "fr": ("sécurité", "prévention", "Bruxelles", "plan"),
            "nl": ("veiligheid", "preventie", "Brussel", "plan"),
        },
        themes=(THEME_PUBLIC_SAFETY,),
        landing_page="gspp:measure_finder",
        distributions=(
            Distribution(CSV, "text/csv", "gspp:measure_finder", "format=csv"),
            Distribution(JSON, "application/json", "gspp:measure_finder", "format=json"),
            Distribution(API, "application/json", "api:measure-list", api=True),
        ),
        modified_from=((Measure, "fr_changed_at"), (Measure, "nl_changed_at"), (ProgressUpdate, "created_at")),
    ),
    Dataset(
        key="progress-updates",
        title={"fr": "Suivi de la mise en œuvre des mesures", "nl": "Opvolging van de uitvoering van de maatregelen"},
        description={
            "fr": "Chaque étape datée de la réalisation d'une mesure\u00a0: date, statut, pourcentage et note. "
            "Le flux Atom donne les plus récentes\u00a0; l'API les donne toutes, avec chaque mesure.",
            "nl": "Elke gedateerde stap in de uitvoering van een maatregel: datum, status, percentage en toelichting. "
            "De Atom-feed geeft de recentste; de API geeft ze allemaal, bij elke maatregel.",
        },
        keywords={"fr": ("suivi", "réalisation", "plan"), "nl": ("opvolging", "uitvoering", "plan")},
        themes=(THEME_PUBLIC_SAFETY,),
        landing_page="gspp:plan",
        distributions=(
            # The feed speaks the language of its address: one per language.
            Distribution(
                {"fr": "Flux Atom (en français)", "nl": "Atom-feed (in het Frans)"},
                "application/atom+xml",
                "gspp:updates_feed",
                language="fr",
            ),
            Distribution(
                {"fr": "Flux Atom (en néerlandais)", "nl": "Atom-feed (in het Nederlands)"},
                "application/atom+xml",
                "gspp:updates_feed",
                language="nl",
            ),
            Distribution(API, "application/json", "api:measure-list", api=True),
        ),
        modified_from=((ProgressUpdate, "created_at"),),
    ),
    Dataset(
        key="actors",
        title={
            "fr": "Acteurs de la chaîne de prévention et de sécurité",
            "nl": "Actoren van de preventie- en veiligheidsketen",
        },
        description={
            "fr": "Les partenaires de la chaîne bruxelloise de prévention et de sécurité (zones de police, secours, "
            "services régionaux et fédéraux, communes...) et leurs points de contact publics. Les lignes réservées "
            "aux partenaires n'y figurent jamais.",
            "nl": "De partners van de Brusselse preventie- en veiligheidsketen (politiezones, hulpdiensten, "
            "gewestelijke en federale diensten, gemeenten...) en hun openbare contactpunten. Lijnen die voor partners "
            "voorbehouden zijn, staan er nooit in.",
        },
        keywords={"fr": ("annuaire", "police", "secours"), "nl": ("gids", "politie", "hulpdiensten")},
        themes=(THEME_PUBLIC_SAFETY, THEME_REGIONS),
        landing_page="agencies:actor_list",
        distributions=(
            Distribution(CSV, "text/csv", "agencies:actor_list", "format=csv"),
            Distribution(JSON, "application/json", "agencies:actor_list", "format=json"),
            Distribution(API, "application/json", "api:actor-list", api=True),
        ),
        modified_from=((Actor, "fr_changed_at"), (Actor, "nl_changed_at"), (ContactPoint, "last_verified")),
    ),
    Dataset(
        key="municipalities",
        title={"fr": "Communes bruxelloises et leur zone de police", "nl": "Brusselse gemeenten en hun politiezone"},
        description={
            "fr": "Les 19 communes de la Région de Bruxelles-Capitale, leurs codes postaux et la zone de police qui "
            "les dessert.",
            "nl": "De 19 gemeenten van het Brussels Hoofdstedelijk Gewest, hun postcodes en de politiezone die er "
            "bevoegd is.",
        },
        keywords={
            "fr": ("communes", "codes postaux", "zones de police"),
            "nl": ("gemeenten", "postcodes", "politiezones"),
        },
        themes=(THEME_REGIONS, THEME_PUBLIC_SAFETY),
        landing_page="agencies:police_zone_finder",
        distributions=(Distribution(API, "application/json", "api:municipality-list", api=True),),
        modified_from=((Municipality, "fr_changed_at"), (Municipality, "nl_changed_at")),
    ),
)
