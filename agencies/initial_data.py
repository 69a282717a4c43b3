"""Initial directory records: confirmed facts only (../shared/reference/facts.md); unknown ones stay blank.

Every name, number, address, phone and website below is copied from facts.md; entries marked there as
"(memory, unverified)" are not used, except the Dutch names and postcodes of the 19 communes, which
facts.md (section 3.11) lists as standard but not yet checked against a source.
Descriptions are our own, written natively in French and in Dutch.
A fact that facts.md does not give is left as an empty string.
"""

ACTOR_TYPES = [
    {
        "key": "regional-body",
        "name_fr": "Organisme régional",
        "name_nl": "Gewestelijke instelling",
        "name_plural_fr": "Organismes régionaux",
        "name_plural_nl": "Gewestelijke instellingen",
        "position": 1,
    },
    {
        "key": "police-zone",
        "name_fr": "Zone de police",
        "name_nl": "Politiezone",
        "name_plural_fr": "Zones de police",
        "name_plural_nl": "Politiezones",
        "position": 2,
    },
    {
        "key": "emergency-service",
        "name_fr": "Service de secours",
        "name_nl": "Hulpdienst",
        "name_plural_fr": "Services de secours",
        "name_plural_nl": "Hulpdiensten",
        "position": 3,
    },
    {
        "key": "civil-protection",
        "name_fr": "Protection civile",
        "name_nl": "Civiele bescherming",
        "name_plural_fr": "Services de protection civile",
        "name_plural_nl": "Diensten van de civiele bescherming",
        "position": 4,
    },
    {
        "key": "employment-training",
        "name_fr": "Organisme d'emploi et de formation",
        "name_nl": "Dienst voor werk en opleiding",
        "name_plural_fr": "Organismes d'emploi et de formation",
        "name_plural_nl": "Diensten voor werk en opleiding",
        "position": 5,
    },
    {
        "key": "public-transport",
        "name_fr": "Société de transport public",
        "name_nl": "Openbaarvervoermaatschappij",
        "name_plural_fr": "Sociétés de transport public",
        "name_plural_nl": "Openbaarvervoermaatschappijen",
        "position": 6,
    },
    {
        "key": "regional-administration",
        "name_fr": "Administration régionale",
        "name_nl": "Gewestelijke administratie",
        "name_plural_fr": "Administrations régionales",
        "name_plural_nl": "Gewestelijke administraties",
        "position": 7,
    },
    {
        "key": "municipality",
        "name_fr": "Commune",
        "name_nl": "Gemeente",
        "name_plural_fr": "Communes",
        "name_plural_nl": "Gemeenten",
        "position": 8,
    },
    {
        "key": "federal-service",
        "name_fr": "Service fédéral",
        "name_nl": "Federale dienst",
        "name_plural_fr": "Services fédéraux",
        "name_plural_nl": "Federale diensten",
        "position": 9,
    },
    {
        "key": "judiciary",
        "name_fr": "Autorité judiciaire",
        "name_nl": "Gerechtelijke overheid",
        "name_plural_fr": "Autorités judiciaires",
        "name_plural_nl": "Gerechtelijke overheden",
        "position": 10,
    },
]

ACTORS = [
    {
        "key": "bps",
        "actor_type": "regional-body",
        "level": "regional",
        "parent": "",
        "name_fr": "Bruxelles Prévention & Sécurité",
        "name_nl": "Brussel Preventie & Veiligheid",
        "acronym_fr": "BPS",
        "acronym_nl": "BPV",
        "slug_fr": "bruxelles-prevention-securite",
        "slug_nl": "brussel-preventie-veiligheid",
        "description_fr": (
            "Organisme régional, connu sous le nom safe.brussels, qui coordonne la prévention et la sécurité en "
            "Région de Bruxelles-Capitale. Il rédige le Plan global de sécurité et de prévention, soutient les "
            "communes et les zones de police et gère le centre de crise régional."
        ),
        "description_nl": (
            "Gewestelijke instelling, bekend als safe.brussels, die preventie en veiligheid in het Brussels "
            "Hoofdstedelijk Gewest coördineert. Ze stelt het Globaal Veiligheids- en Preventieplan op, ondersteunt de "
            "gemeenten en politiezones en beheert het gewestelijk crisiscentrum."
        ),
        "street_fr": "Rue de Ligne 40",
        "street_nl": "Ligniestraat 40",
        "postcode": "1000",
        "municipality_fr": "Bruxelles",
        "municipality_nl": "Brussel",
        "phone": "+32 2 507 99 11",
        "fax": "+32 2 507 99 33",
        "email": "",
        "website_fr": "https://safe.brussels/fr",
        "website_nl": "https://safe.brussels/nl",
        "zone_number": "",
    },
    {
        "key": "polbru-5339",
        "actor_type": "police-zone",
        "level": "local",
        "parent": "",
        "name_fr": "Zone de police Bruxelles-Capitale/Ixelles",
        "name_nl": "Politiezone Brussel-Hoofdstad/Elsene",
        "acronym_fr": "Polbru",
        "acronym_nl": "Polbru",
        "slug_fr": "zone-de-police-bruxelles-capitale-ixelles",
        "slug_nl": "politiezone-brussel-hoofdstad-elsene",
        "description_fr": (
            "Police locale de la Ville de Bruxelles (avec Laeken, Neder-over-Heembeek et Haren) et d'Ixelles. Elle "
            "assure la sécurité et l'ordre public au quotidien sur ce territoire, en lien avec les autorités "
            "communales et régionales."
        ),
        "description_nl": (
            "Lokale politie van de Stad Brussel (met Laken, Neder-over-Heembeek en Haren) en Elsene. Ze zorgt "
            "dagelijks voor veiligheid en openbare orde op dat grondgebied, in samenwerking met de gemeentelijke en "
            "gewestelijke overheden."
        ),
        "street_fr": "",
        "street_nl": "",
        "postcode": "",
        "municipality_fr": "",
        "municipality_nl": "",
        "phone": "",
        "fax": "",
        "email": "",
        "website_fr": "https://polbru.be",
        "website_nl": "https://polbru.be",
        "zone_number": "5339",
    },
    {
        "key": "bruxelles-ouest-5340",
        "actor_type": "police-zone",
        "level": "local",
        "parent": "",
        "name_fr": "Zone de police Bruxelles-Ouest",
        "name_nl": "Politiezone Brussel-West",
        "acronym_fr": "",
        "acronym_nl": "",
        "slug_fr": "zone-de-police-bruxelles-ouest",
        "slug_nl": "politiezone-brussel-west",
        "description_fr": (
            "Police locale de Molenbeek-Saint-Jean, Koekelberg, Jette, Ganshoren et Berchem-Sainte-Agathe. Elle "
            "assure la sécurité et l'ordre public au quotidien sur ce territoire, en lien avec les autorités "
            "communales et régionales."
        ),
        "description_nl": (
            "Lokale politie van Sint-Jans-Molenbeek, Koekelberg, Jette, Ganshoren en Sint-Agatha-Berchem. Ze zorgt "
            "dagelijks voor veiligheid en openbare orde op dat grondgebied, in samenwerking met de gemeentelijke en "
            "gewestelijke overheden."
        ),
        "street_fr": "",
        "street_nl": "",
        "postcode": "",
        "municipality_fr": "",
        "municipality_nl": "",
        "phone": "+32 2 412 12 12",
        "fax": "",
        "email": "",
        "website_fr": "",
        "website_nl": "",
        "zone_number": "5340",
    },
    {
        "key": "midi-5341",
        "actor_type": "police-zone",
        "level": "local",
        "parent": "",
        "name_fr": "Zone de police Midi",
        "name_nl": "Politiezone Zuid",
        "acronym_fr": "",
        "acronym_nl": "",
        "slug_fr": "zone-de-police-midi",
        "slug_nl": "politiezone-zuid",
        "description_fr": (
            "Police locale d'Anderlecht, Saint-Gilles et Forest. Elle assure la sécurité et l'ordre public au "
            "quotidien sur ce territoire, en lien avec les autorités communales et régionales."
        ),
        "description_nl": (
            "Lokale politie van Anderlecht, Sint-Gillis en Vorst. Ze zorgt dagelijks voor veiligheid en openbare orde "
            "op dat grondgebied, in samenwerking met de gemeentelijke en gewestelijke overheden."
        ),
        "street_fr": "Rue Démosthène 36",
        "street_nl": "Demosthenesstraat 36",
        "postcode": "1070",
        "municipality_fr": "Anderlecht",
        "municipality_nl": "Anderlecht",
        "phone": "+32 2 559 80 00",
        "fax": "",
        "email": "",
        "website_fr": "https://www.police.be/5341",
        "website_nl": "https://www.politie.be/5341",
        "zone_number": "5341",
    },
    {
        "key": "marlow-5342",
        "actor_type": "police-zone",
        "level": "local",
        "parent": "",
        "name_fr": "Zone de police Uccle/Watermael-Boitsfort/Auderghem (Marlow)",
        "name_nl": "Politiezone Ukkel/Watermaal-Bosvoorde/Oudergem (Marlow)",
        "acronym_fr": "",
        "acronym_nl": "",
        "slug_fr": "zone-de-police-uccle-watermael-boitsfort-auderghem-marlow",
        "slug_nl": "politiezone-ukkel-watermaal-bosvoorde-oudergem-marlow",
        "description_fr": (
            "Police locale d'Uccle, Watermael-Boitsfort et Auderghem. Elle assure la sécurité et l'ordre public au "
            "quotidien sur ce territoire, en lien avec les autorités communales et régionales."
        ),
        "description_nl": (
            "Lokale politie van Ukkel, Watermaal-Bosvoorde en Oudergem. Ze zorgt dagelijks voor veiligheid en "
            "openbare orde op dat grondgebied, in samenwerking met de gemeentelijke en gewestelijke overheden."
        ),
        "street_fr": "",
        "street_nl": "",
        "postcode": "",
        "municipality_fr": "",
        "municipality_nl": "",
        "phone": "",
        "fax": "",
        "email": "",
        "website_fr": "https://www.police.be/5342/fr",
        "website_nl": "https://www.politie.be/5342/nl",
        "zone_number": "5342",
    },
    {
        "key": "montgomery-5343",
        "actor_type": "police-zone",
        "level": "local",
        "parent": "",
        "name_fr": "Zone de police Montgomery",
        "name_nl": "Politiezone Montgomery",
        "acronym_fr": "",
        "acronym_nl": "",
        "slug_fr": "zone-de-police-montgomery",
        "slug_nl": "politiezone-montgomery",
        "description_fr": (
            "Police locale d'Etterbeek, Woluwe-Saint-Lambert et Woluwe-Saint-Pierre. Elle assure la sécurité et "
            "l'ordre public au quotidien sur ce territoire, en lien avec les autorités communales et régionales."
        ),
        "description_nl": (
            "Lokale politie van Etterbeek, Sint-Lambrechts-Woluwe en Sint-Pieters-Woluwe. Ze zorgt dagelijks voor "
            "veiligheid en openbare orde op dat grondgebied, in samenwerking met de gemeentelijke en gewestelijke "
            "overheden."
        ),
        "street_fr": "Chaussée Saint-Pierre 122",
        "street_nl": "Sint-Pieterssteenweg 122",
        "postcode": "1040",
        "municipality_fr": "Etterbeek",
        "municipality_nl": "Etterbeek",
        "phone": "+32 2 788 53 43",
        "fax": "",
        "email": "",
        "website_fr": "",
        "website_nl": "",
        "zone_number": "5343",
    },
    {
        "key": "bruxelles-nord-5344",
        "actor_type": "police-zone",
        "level": "local",
        "parent": "",
        "name_fr": "Zone de police Bruxelles-Nord",
        "name_nl": "Politiezone Brussel-Noord",
        "acronym_fr": "PolBruNo",
        "acronym_nl": "PolBruNo",
        "slug_fr": "zone-de-police-bruxelles-nord",
        "slug_nl": "politiezone-brussel-noord",
        "description_fr": (
            "Police locale de Schaerbeek, Evere et Saint-Josse-ten-Noode. Elle assure la sécurité et l'ordre public "
            "au quotidien sur ce territoire, en lien avec les autorités communales et régionales."
        ),
        "description_nl": (
            "Lokale politie van Schaarbeek, Evere en Sint-Joost-ten-Node. Ze zorgt dagelijks voor veiligheid en "
            "openbare orde op dat grondgebied, in samenwerking met de gemeentelijke en gewestelijke overheden."
        ),
        "street_fr": "",
        "street_nl": "",
        "postcode": "",
        "municipality_fr": "",
        "municipality_nl": "",
        "phone": "+32 2 249 22 11",
        "fax": "",
        "email": "",
        "website_fr": "https://www.police.be/5344",
        "website_nl": "https://www.politie.be/5344",
        "zone_number": "5344",
    },
    {
        "key": "siamu",
        "actor_type": "emergency-service",
        "level": "regional",
        "parent": "",
        "name_fr": "Service d'Incendie et d'Aide Médicale Urgente de la Région de Bruxelles-Capitale",
        "name_nl": "Brusselse Hoofdstedelijke Dienst voor Brandweer en Dringende Medische Hulp",
        "acronym_fr": "SIAMU",
        "acronym_nl": "DBDMH",
        "slug_fr": "siamu",
        "slug_nl": "dbdmh",
        "description_fr": (
            "Les pompiers et l'aide médicale urgente de Bruxelles : c'est l'unique zone de secours de la Région. Le "
            "service lutte contre les incendies, porte secours aux personnes et assure l'aide médicale urgente sur "
            "tout le territoire de la Région."
        ),
        "description_nl": (
            "De brandweer en de dringende medische hulp van Brussel: de enige hulpverleningszone van het Gewest. De "
            "dienst bestrijdt branden, helpt mensen in nood en verzorgt de dringende medische hulp op het hele "
            "grondgebied van het Gewest."
        ),
        "street_fr": "Avenue de l'Héliport",
        "street_nl": "Helihavenlaan",
        "postcode": "",
        "municipality_fr": "Bruxelles",
        "municipality_nl": "Brussel",
        "phone": "",
        "fax": "",
        "email": "",
        "website_fr": "https://pompiers.brussels/fr",
        "website_nl": "https://brandweer.brussels/nl",
        "zone_number": "",
    },
    {
        "key": "protection-civile",
        "actor_type": "civil-protection",
        "level": "federal",
        "parent": "",
        "name_fr": "Protection civile",
        "name_nl": "Civiele Bescherming",
        "acronym_fr": "",
        "acronym_nl": "",
        "slug_fr": "protection-civile",
        "slug_nl": "civiele-bescherming",
        "description_fr": (
            "Service fédéral spécialisé du SPF Intérieur, qui vient en renfort des services de secours lors "
            "d'interventions lourdes ou longues. Il compte deux unités opérationnelles, à Brasschaat et à Crisnée."
        ),
        "description_nl": (
            "Gespecialiseerde federale dienst van de FOD Binnenlandse Zaken, die de hulpdiensten in tweede lijn "
            "versterkt bij zware of langdurige interventies. Hij heeft twee operationele eenheden, in Brasschaat en "
            "in Crisnée."
        ),
        "street_fr": "",
        "street_nl": "",
        "postcode": "",
        "municipality_fr": "",
        "municipality_nl": "",
        "phone": "",
        "fax": "",
        "email": "",
        "website_fr": "",
        "website_nl": "",
        "zone_number": "",
    },
    {
        "key": "actiris",
        "actor_type": "employment-training",
        "level": "regional",
        "parent": "",
        "name_fr": "Actiris",
        "name_nl": "Actiris",
        "acronym_fr": "",
        "acronym_nl": "",
        "slug_fr": "actiris",
        "slug_nl": "actiris",
        "description_fr": (
            "Office régional bruxellois de l'emploi : il accompagne les demandeurs d'emploi et les employeurs. Avec "
            "Bruxelles Formation et le VDAB, il aide à préparer des Bruxellois aux métiers de la sécurité, dont la "
            "police."
        ),
        "description_nl": (
            "Brusselse Gewestelijke Dienst voor Arbeidsbemiddeling: begeleidt werkzoekenden en werkgevers. Samen met "
            "Bruxelles Formation en de VDAB helpt Actiris Brusselaars op weg naar een beroep in de veiligheid, onder "
            "meer bij de politie."
        ),
        "street_fr": "",
        "street_nl": "",
        "postcode": "",
        "municipality_fr": "",
        "municipality_nl": "",
        "phone": "+32 800 35 123",
        "fax": "",
        "email": "",
        "website_fr": "https://www.actiris.brussels",
        "website_nl": "https://www.actiris.brussels",
        "zone_number": "",
    },
    {
        "key": "vdab-brussel",
        "actor_type": "employment-training",
        "level": "community",
        "parent": "",
        "name_fr": "VDAB Brussel",
        "name_nl": "VDAB Brussel",
        "acronym_fr": "",
        "acronym_nl": "",
        "slug_fr": "vdab-brussel",
        "slug_nl": "vdab-brussel",
        "description_fr": (
            "Antenne bruxelloise du VDAB, le service flamand de l'emploi et de la formation professionnelle. Avec "
            "Actiris et Bruxelles Formation, elle aide à préparer des Bruxellois aux métiers de la sécurité, dont la "
            "police."
        ),
        "description_nl": (
            "Brusselse afdeling van de VDAB, de Vlaamse Dienst voor Arbeidsbemiddeling en Beroepsopleiding. Samen met "
            "Actiris en Bruxelles Formation helpt ze Brusselaars op weg naar een beroep in de veiligheid, onder meer "
            "bij de politie."
        ),
        "street_fr": "",
        "street_nl": "",
        "postcode": "",
        "municipality_fr": "",
        "municipality_nl": "",
        "phone": "",
        "fax": "",
        "email": "",
        "website_fr": "",
        "website_nl": "",
        "zone_number": "",
    },
    {
        "key": "bruxelles-formation",
        "actor_type": "employment-training",
        "level": "community",
        "parent": "",
        "name_fr": "Bruxelles Formation",
        "name_nl": "Bruxelles Formation",
        "acronym_fr": "",
        "acronym_nl": "",
        "slug_fr": "bruxelles-formation",
        "slug_nl": "bruxelles-formation",
        "description_fr": (
            "Service public francophone de formation professionnelle à Bruxelles. Avec Actiris et le VDAB, il aide à "
            "préparer des Bruxellois aux métiers de la sécurité, dont la police."
        ),
        "description_nl": (
            "Franstalige openbare dienst voor beroepsopleiding in Brussel. Samen met Actiris en de VDAB helpt hij "
            "Brusselaars op weg naar een beroep in de veiligheid, onder meer bij de politie."
        ),
        "street_fr": "",
        "street_nl": "",
        "postcode": "",
        "municipality_fr": "",
        "municipality_nl": "",
        "phone": "",
        "fax": "",
        "email": "",
        "website_fr": "https://www.bruxellesformation.brussels",
        "website_nl": "https://www.bruxellesformation.brussels",
        "zone_number": "",
    },
    {
        "key": "stib",
        "actor_type": "public-transport",
        "level": "regional",
        "parent": "",
        "name_fr": "Société des Transports Intercommunaux de Bruxelles",
        "name_nl": "Maatschappij voor het Intercommunaal Vervoer te Brussel",
        "acronym_fr": "STIB",
        "acronym_nl": "MIVB",
        "slug_fr": "stib",
        "slug_nl": "mivb",
        "description_fr": (
            "Société régionale de transport public de Bruxelles. Partenaire de la plateforme régionale de "
            "vidéoprotection, elle contribue à la sécurité des voyageurs sur son réseau."
        ),
        "description_nl": (
            "Gewestelijke openbaarvervoermaatschappij van Brussel. Als partner van het gewestelijke "
            "videobeschermingsplatform draagt ze bij tot de veiligheid van de reizigers op haar net."
        ),
        "street_fr": "Rue Royale 76",
        "street_nl": "Koningsstraat 76",
        "postcode": "1000",
        "municipality_fr": "Bruxelles",
        "municipality_nl": "Brussel",
        "phone": "",
        "fax": "",
        "email": "",
        "website_fr": "https://stib.brussels",
        "website_nl": "https://stib.brussels",
        "zone_number": "",
    },
    {
        "key": "bruxelles-mobilite",
        "actor_type": "regional-administration",
        "level": "regional",
        "parent": "",
        "name_fr": "Bruxelles Mobilité",
        "name_nl": "Brussel Mobiliteit",
        "acronym_fr": "",
        "acronym_nl": "",
        "slug_fr": "bruxelles-mobilite",
        "slug_nl": "brussel-mobiliteit",
        "description_fr": (
            "Administration régionale de la mobilité en Région de Bruxelles-Capitale. Elle agit pour la sécurité "
            "routière et gère Mobiris, le centre de gestion du trafic."
        ),
        "description_nl": (
            "Gewestelijke administratie voor mobiliteit in het Brussels Hoofdstedelijk Gewest. Ze zet in op "
            "verkeersveiligheid en beheert Mobiris, het verkeerscentrum."
        ),
        "street_fr": "",
        "street_nl": "",
        "postcode": "",
        "municipality_fr": "",
        "municipality_nl": "",
        "phone": "+32 800 94 001",
        "fax": "",
        "email": "",
        "website_fr": "",
        "website_nl": "",
        "zone_number": "",
    },
    {
        "key": "mobiris",
        "actor_type": "regional-administration",
        "level": "regional",
        "parent": "bruxelles-mobilite",
        "name_fr": "Mobiris",
        "name_nl": "Mobiris",
        "acronym_fr": "",
        "acronym_nl": "",
        "slug_fr": "mobiris",
        "slug_nl": "mobiris",
        "description_fr": (
            "Centre de gestion du trafic de Bruxelles Mobilité, en service depuis 2003. Il surveille la circulation "
            "et les tunnels bruxellois par caméras et participe à la plateforme régionale de vidéoprotection."
        ),
        "description_nl": (
            "Verkeerscentrum van Brussel Mobiliteit, in dienst sinds 2003. Het volgt het verkeer en de Brusselse "
            "tunnels met camera's en neemt deel aan het gewestelijke videobeschermingsplatform."
        ),
        "street_fr": "",
        "street_nl": "",
        "postcode": "",
        "municipality_fr": "",
        "municipality_nl": "",
        "phone": "",
        "fax": "",
        "email": "",
        "website_fr": "",
        "website_nl": "",
        "zone_number": "",
    },
    {
        "key": "paradigm",
        "actor_type": "regional-body",
        "level": "regional",
        "parent": "",
        "name_fr": "Paradigm",
        "name_nl": "Paradigm",
        "acronym_fr": "",
        "acronym_nl": "",
        "slug_fr": "paradigm",
        "slug_nl": "paradigm",
        "description_fr": (
            "Organisme régional chargé de l'informatique des pouvoirs publics bruxellois, appelé CIRB (Centre "
            "d'Informatique pour la Région Bruxelloise) jusqu'en 2023. Il est partenaire de la plateforme régionale "
            "de vidéoprotection."
        ),
        "description_nl": (
            "Gewestelijke instelling voor de informatica van de Brusselse overheden, tot 2023 CIBG (Centrum voor "
            "Informatica voor het Brussels Gewest) genoemd. Ze is partner van het gewestelijke "
            "videobeschermingsplatform."
        ),
        "street_fr": "",
        "street_nl": "",
        "postcode": "",
        "municipality_fr": "",
        "municipality_nl": "",
        "phone": "",
        "fax": "",
        "email": "",
        "website_fr": "",
        "website_nl": "",
        "zone_number": "",
    },
    {
        "key": "perspective-brussels",
        "actor_type": "regional-body",
        "level": "regional",
        "parent": "",
        "name_fr": "perspective.brussels",
        "name_nl": "perspective.brussels",
        "acronym_fr": "",
        "acronym_nl": "",
        "slug_fr": "perspective-brussels",
        "slug_nl": "perspective-brussels",
        "description_fr": (
            "Bureau bruxellois de la planification, qui prépare l'avenir du territoire régional. Il abrite aussi "
            "l'IBSA, le service régional de statistique, et fournit des données utiles à la sécurité publique."
        ),
        "description_nl": (
            "Brussels Planningsbureau, dat de toekomst van het gewestelijke grondgebied voorbereidt. Het omvat ook "
            "het BISA, de gewestelijke statistiekdienst, en levert gegevens die nuttig zijn voor de openbare "
            "veiligheid."
        ),
        "street_fr": "",
        "street_nl": "",
        "postcode": "",
        "municipality_fr": "",
        "municipality_nl": "",
        "phone": "",
        "fax": "",
        "email": "",
        "website_fr": "https://perspective.brussels",
        "website_nl": "https://perspective.brussels",
        "zone_number": "",
    },
    {
        "key": "brusafe",
        "actor_type": "regional-body",
        "level": "regional",
        "parent": "bps",
        "name_fr": "Brusafe",
        "name_nl": "Brusafe",
        "acronym_fr": "",
        "acronym_nl": "",
        "slug_fr": "brusafe",
        "slug_nl": "brusafe",
        "description_fr": (
            "École régionale des métiers de la sécurité, de la prévention et du secours, installée sur le campus Blue "
            "Star à Haren. Elle rassemble la formation des policiers, des pompiers, des ambulanciers et des agents de "
            "prévention."
        ),
        "description_nl": (
            "Gewestelijke school voor veiligheids-, preventie- en hulpdienstberoepen, op de Blue Star-campus in "
            "Haren. Ze brengt de opleiding van politiemensen, brandweerlui, ambulanciers en preventiewerkers samen."
        ),
        "street_fr": "",
        "street_nl": "",
        "postcode": "",
        "municipality_fr": "",
        "municipality_nl": "",
        "phone": "",
        "fax": "",
        "email": "",
        "website_fr": "https://brusafe.brussels",
        "website_nl": "https://brusafe.brussels",
        "zone_number": "",
    },
    {
        "key": "police-federale",
        "actor_type": "federal-service",
        "level": "federal",
        "parent": "",
        "name_fr": "Police fédérale",
        "name_nl": "Federale politie",
        "acronym_fr": "",
        "acronym_nl": "",
        "slug_fr": "police-federale",
        "slug_nl": "federale-politie",
        "description_fr": (
            "Police nationale, qui appuie les zones de police locale et prend en charge des missions spécialisées. "
            "Ses directeurs coordonnateur et judiciaire de Bruxelles siègent au Conseil régional de sécurité."
        ),
        "description_nl": (
            "Nationale politie, die de lokale politiezones ondersteunt en gespecialiseerde opdrachten uitvoert. Haar "
            "Brusselse directeur-coördinator en gerechtelijk directeur zetelen in de Gewestelijke Veiligheidsraad."
        ),
        "street_fr": "",
        "street_nl": "",
        "postcode": "",
        "municipality_fr": "",
        "municipality_nl": "",
        "phone": "",
        "fax": "",
        "email": "",
        "website_fr": "https://www.police.be/5998",
        "website_nl": "https://www.police.be/5998",
        "zone_number": "",
    },
    {
        "key": "parquet-bruxelles",
        "actor_type": "judiciary",
        "level": "federal",
        "parent": "",
        "name_fr": "Parquet de Bruxelles",
        "name_nl": "Parket Brussel",
        "acronym_fr": "",
        "acronym_nl": "",
        "slug_fr": "parquet-de-bruxelles",
        "slug_nl": "parket-brussel",
        "description_fr": (
            "Ministère public de Bruxelles, dirigé par le procureur du Roi. Il poursuit les infractions devant les "
            "tribunaux et siège au Conseil régional de sécurité."
        ),
        "description_nl": (
            "Openbaar ministerie van Brussel, onder leiding van de procureur des Konings. Het vervolgt misdrijven "
            "voor de rechtbanken en zetelt in de Gewestelijke Veiligheidsraad."
        ),
        "street_fr": "",
        "street_nl": "",
        "postcode": "",
        "municipality_fr": "",
        "municipality_nl": "",
        "phone": "",
        "fax": "",
        "email": "",
        "website_fr": "",
        "website_nl": "",
        "zone_number": "",
    },
    {
        "key": "ocam",
        "actor_type": "federal-service",
        "level": "federal",
        "parent": "",
        "name_fr": "OCAM",
        "name_nl": "OCAD",
        "acronym_fr": "",
        "acronym_nl": "",
        "slug_fr": "ocam",
        "slug_nl": "ocad",
        "description_fr": (
            "Organe fédéral chargé d'évaluer la menace terroriste et extrémiste en Belgique. Ses analyses aident les "
            "autorités bruxelloises à adapter leurs mesures de sécurité."
        ),
        "description_nl": (
            "Federaal orgaan dat de terroristische en extremistische dreiging in België inschat. Zijn analyses helpen "
            "de Brusselse overheden hun veiligheidsmaatregelen bij te sturen."
        ),
        "street_fr": "",
        "street_nl": "",
        "postcode": "",
        "municipality_fr": "",
        "municipality_nl": "",
        "phone": "",
        "fax": "",
        "email": "",
        "website_fr": "",
        "website_nl": "",
        "zone_number": "",
    },
    {
        "key": "surete-etat",
        "actor_type": "federal-service",
        "level": "federal",
        "parent": "",
        "name_fr": "Sûreté de l'État",
        "name_nl": "Staatsveiligheid",
        "acronym_fr": "",
        "acronym_nl": "",
        "slug_fr": "surete-de-l-etat",
        "slug_nl": "staatsveiligheid",
        "description_fr": (
            "Service fédéral de renseignement civil. Il informe les autorités des menaces pour la sécurité du pays et "
            "travaille avec les acteurs bruxellois de la sécurité publique."
        ),
        "description_nl": (
            "Federale burgerlijke inlichtingendienst. Ze informeert de overheden over bedreigingen voor de veiligheid "
            "van het land en werkt samen met de Brusselse actoren van de openbare veiligheid."
        ),
        "street_fr": "",
        "street_nl": "",
        "postcode": "",
        "municipality_fr": "",
        "municipality_nl": "",
        "phone": "",
        "fax": "",
        "email": "",
        "website_fr": "",
        "website_nl": "",
        "zone_number": "",
    },
    {
        "key": "centre-crise-national",
        "actor_type": "federal-service",
        "level": "federal",
        "parent": "",
        "name_fr": "Centre de crise National",
        "name_nl": "Nationaal Crisiscentrum",
        "acronym_fr": "NCCN",
        "acronym_nl": "NCCN",
        "slug_fr": "centre-de-crise-national",
        "slug_nl": "nationaal-crisiscentrum",
        "description_fr": (
            "Centre fédéral de gestion de crise, rattaché au SPF Intérieur. Il coordonne la réponse des autorités "
            "lors des crises et situations d'urgence d'ampleur nationale."
        ),
        "description_nl": (
            "Federaal crisiscentrum binnen de FOD Binnenlandse Zaken. Het coördineert het optreden van de overheden "
            "bij crisissen en noodsituaties op nationaal niveau."
        ),
        "street_fr": "",
        "street_nl": "",
        "postcode": "",
        "municipality_fr": "",
        "municipality_nl": "",
        "phone": "",
        "fax": "",
        "email": "",
        "website_fr": "https://centredecrise.be",
        "website_nl": "https://crisiscenter.be",
        "zone_number": "",
    },
    {
        "key": "cores",
        "actor_type": "regional-body",
        "level": "regional",
        "parent": "",
        "name_fr": "Conseil Régional de Sécurité",
        "name_nl": "Gewestelijke Veiligheidsraad",
        "acronym_fr": "CORES",
        "acronym_nl": "",
        "slug_fr": "conseil-regional-de-securite",
        "slug_nl": "gewestelijke-veiligheidsraad",
        "description_fr": (
            "Instance régionale de concertation sur la sécurité, convoquée par le Ministre-Président. Elle réunit les "
            "19 bourgmestres, les 6 chefs de corps de police, le procureur du Roi de Bruxelles et la police fédérale."
        ),
        "description_nl": (
            "Gewestelijk overlegorgaan over veiligheid, bijeengeroepen door de minister-president. Het brengt de 19 "
            "burgemeesters, de 6 korpschefs, de procureur des Konings van Brussel en de federale politie samen."
        ),
        "street_fr": "",
        "street_nl": "",
        "postcode": "",
        "municipality_fr": "",
        "municipality_nl": "",
        "phone": "",
        "fax": "",
        "email": "",
        "website_fr": "",
        "website_nl": "",
        "zone_number": "",
    },
    {
        "key": "commune-anderlecht",
        "actor_type": "municipality",
        "level": "local",
        "parent": "",
        "name_fr": "Anderlecht",
        "name_nl": "Anderlecht",
        "acronym_fr": "",
        "acronym_nl": "",
        "slug_fr": "anderlecht",
        "slug_nl": "anderlecht",
        "description_fr": (
            "Commune de la Région de Bruxelles-Capitale, qui relève de la zone de police Midi. Elle mène sa politique "
            "locale de prévention au travers de son plan local de prévention et de proximité (PLPP)."
        ),
        "description_nl": (
            "Gemeente van het Brussels Hoofdstedelijk Gewest, in de politiezone Zuid. Ze voert haar lokale "
            "preventiebeleid via haar Lokale Preventie- en Buurtplan (LPBP)."
        ),
        "street_fr": "",
        "street_nl": "",
        "postcode": "",
        "municipality_fr": "",
        "municipality_nl": "",
        "phone": "",
        "fax": "",
        "email": "",
        "website_fr": "",
        "website_nl": "",
        "zone_number": "",
    },
    {
        "key": "commune-auderghem",
        "actor_type": "municipality",
        "level": "local",
        "parent": "",
        "name_fr": "Auderghem",
        "name_nl": "Oudergem",
        "acronym_fr": "",
        "acronym_nl": "",
        "slug_fr": "auderghem",
        "slug_nl": "oudergem",
        "description_fr": (
            "Commune de la Région de Bruxelles-Capitale, qui relève de la zone de police "
            "Uccle/Watermael-Boitsfort/Auderghem (Marlow). Elle mène sa politique locale de prévention au travers de "
            "son plan local de prévention et de proximité (PLPP)."
        ),
        "description_nl": (
            "Gemeente van het Brussels Hoofdstedelijk Gewest, in de politiezone "
            "Ukkel/Watermaal-Bosvoorde/Oudergem (Marlow). Ze voert haar lokale preventiebeleid via haar Lokale "
            "Preventie- en Buurtplan (LPBP)."
        ),
        "street_fr": "",
        "street_nl": "",
        "postcode": "",
        "municipality_fr": "",
        "municipality_nl": "",
        "phone": "",
        "fax": "",
        "email": "",
        "website_fr": "",
        "website_nl": "",
        "zone_number": "",
    },
    {
        "key": "commune-berchem-sainte-agathe",
        "actor_type": "municipality",
        "level": "local",
        "parent": "",
        "name_fr": "Berchem-Sainte-Agathe",
        "name_nl": "Sint-Agatha-Berchem",
        "acronym_fr": "",
        "acronym_nl": "",
        "slug_fr": "berchem-sainte-agathe",
        "slug_nl": "sint-agatha-berchem",
        "description_fr": (
            "Commune de la Région de Bruxelles-Capitale, qui relève de la zone de police Bruxelles-Ouest. Elle mène "
            "sa politique locale de prévention au travers de son plan local de prévention et de proximité (PLPP)."
        ),
        "description_nl": (
            "Gemeente van het Brussels Hoofdstedelijk Gewest, in de politiezone Brussel-West. Ze voert haar "
            "lokale preventiebeleid via haar Lokale Preventie- en Buurtplan (LPBP)."
        ),
        "street_fr": "",
        "street_nl": "",
        "postcode": "",
        "municipality_fr": "",
        "municipality_nl": "",
        "phone": "",
        "fax": "",
        "email": "",
        "website_fr": "",
        "website_nl": "",
        "zone_number": "",
    },
    {
        "key": "commune-bruxelles",
        "actor_type": "municipality",
        "level": "local",
        "parent": "",
        "name_fr": "Ville de Bruxelles",
        "name_nl": "Stad Brussel",
        "acronym_fr": "",
        "acronym_nl": "",
        "slug_fr": "ville-de-bruxelles",
        "slug_nl": "stad-brussel",
        "description_fr": (
            "Ville-capitale et plus grande commune de la Région, couverte avec Ixelles par la zone de police "
            "Bruxelles-Capitale/Ixelles. Elle mène sa politique locale de prévention au travers de son plan local de "
            "prévention et de proximité (PLPP)."
        ),
        "description_nl": (
            "Hoofdstad en grootste gemeente van het Gewest, samen met Elsene in de politiezone "
            "Brussel-Hoofdstad/Elsene. Ze voert haar lokale preventiebeleid via haar Lokale Preventie- en Buurtplan "
            "(LPBP)."
        ),
        "street_fr": "",
        "street_nl": "",
        "postcode": "",
        "municipality_fr": "",
        "municipality_nl": "",
        "phone": "",
        "fax": "",
        "email": "",
        "website_fr": "",
        "website_nl": "",
        "zone_number": "",
    },
    {
        "key": "commune-etterbeek",
        "actor_type": "municipality",
        "level": "local",
        "parent": "",
        "name_fr": "Etterbeek",
        "name_nl": "Etterbeek",
        "acronym_fr": "",
        "acronym_nl": "",
        "slug_fr": "etterbeek",
        "slug_nl": "etterbeek",
        "description_fr": (
            "Commune de la Région de Bruxelles-Capitale, qui relève de la zone de police Montgomery. Elle mène sa "
            "politique locale de prévention au travers de son plan local de prévention et de proximité (PLPP)."
        ),
        "description_nl": (
            "Gemeente van het Brussels Hoofdstedelijk Gewest, in de politiezone Montgomery. Ze voert haar "
            "lokale preventiebeleid via haar Lokale Preventie- en Buurtplan (LPBP)."
        ),
        "street_fr": "",
        "street_nl": "",
        "postcode": "",
        "municipality_fr": "",
        "municipality_nl": "",
        "phone": "",
        "fax": "",
        "email": "",
        "website_fr": "",
        "website_nl": "",
        "zone_number": "",
    },
    {
        "key": "commune-evere",
        "actor_type": "municipality",
        "level": "local",
        "parent": "",
        "name_fr": "Evere",
        "name_nl": "Evere",
        "acronym_fr": "",
        "acronym_nl": "",
        "slug_fr": "evere",
        "slug_nl": "evere",
        "description_fr": (
            "Commune de la Région de Bruxelles-Capitale, qui relève de la zone de police Bruxelles-Nord. Elle mène sa "
            "politique locale de prévention au travers de son plan local de prévention et de proximité (PLPP)."
        ),
        "description_nl": (
            "Gemeente van het Brussels Hoofdstedelijk Gewest, in de politiezone Brussel-Noord. Ze voert "
            "haar lokale preventiebeleid via haar Lokale Preventie- en Buurtplan (LPBP)."
        ),
        "street_fr": "",
        "street_nl": "",
        "postcode": "",
        "municipality_fr": "",
        "municipality_nl": "",
        "phone": "",
        "fax": "",
        "email": "",
        "website_fr": "",
        "website_nl": "",
        "zone_number": "",
    },
    {
        "key": "commune-forest",
        "actor_type": "municipality",
        "level": "local",
        "parent": "",
        "name_fr": "Forest",
        "name_nl": "Vorst",
        "acronym_fr": "",
        "acronym_nl": "",
        "slug_fr": "forest",
        "slug_nl": "vorst",
        "description_fr": (
            "Commune de la Région de Bruxelles-Capitale, qui relève de la zone de police Midi. Elle mène sa politique "
            "locale de prévention au travers de son plan local de prévention et de proximité (PLPP)."
        ),
        "description_nl": (
            "Gemeente van het Brussels Hoofdstedelijk Gewest, in de politiezone Zuid. Ze voert haar lokale "
            "preventiebeleid via haar Lokale Preventie- en Buurtplan (LPBP)."
        ),
        "street_fr": "",
        "street_nl": "",
        "postcode": "",
        "municipality_fr": "",
        "municipality_nl": "",
        "phone": "",
        "fax": "",
        "email": "",
        "website_fr": "",
        "website_nl": "",
        "zone_number": "",
    },
    {
        "key": "commune-ganshoren",
        "actor_type": "municipality",
        "level": "local",
        "parent": "",
        "name_fr": "Ganshoren",
        "name_nl": "Ganshoren",
        "acronym_fr": "",
        "acronym_nl": "",
        "slug_fr": "ganshoren",
        "slug_nl": "ganshoren",
        "description_fr": (
            "Commune de la Région de Bruxelles-Capitale, qui relève de la zone de police Bruxelles-Ouest. Elle mène "
            "sa politique locale de prévention au travers de son plan local de prévention et de proximité (PLPP)."
        ),
        "description_nl": (
            "Gemeente van het Brussels Hoofdstedelijk Gewest, in de politiezone Brussel-West. Ze voert haar "
            "lokale preventiebeleid via haar Lokale Preventie- en Buurtplan (LPBP)."
        ),
        "street_fr": "",
        "street_nl": "",
        "postcode": "",
        "municipality_fr": "",
        "municipality_nl": "",
        "phone": "",
        "fax": "",
        "email": "",
        "website_fr": "",
        "website_nl": "",
        "zone_number": "",
    },
    {
        "key": "commune-ixelles",
        "actor_type": "municipality",
        "level": "local",
        "parent": "",
        "name_fr": "Ixelles",
        "name_nl": "Elsene",
        "acronym_fr": "",
        "acronym_nl": "",
        "slug_fr": "ixelles",
        "slug_nl": "elsene",
        "description_fr": (
            "Commune de la Région de Bruxelles-Capitale, qui relève de la zone de police Bruxelles-Capitale/Ixelles. "
            "Elle mène sa politique locale de prévention au travers de son plan local de prévention et de proximité "
            "(PLPP)."
        ),
        "description_nl": (
            "Gemeente van het Brussels Hoofdstedelijk Gewest, in de politiezone Brussel-Hoofdstad/Elsene. "
            "Ze voert haar lokale preventiebeleid via haar Lokale Preventie- en Buurtplan (LPBP)."
        ),
        "street_fr": "",
        "street_nl": "",
        "postcode": "",
        "municipality_fr": "",
        "municipality_nl": "",
        "phone": "",
        "fax": "",
        "email": "",
        "website_fr": "",
        "website_nl": "",
        "zone_number": "",
    },
    {
        "key": "commune-jette",
        "actor_type": "municipality",
        "level": "local",
        "parent": "",
        "name_fr": "Jette",
        "name_nl": "Jette",
        "acronym_fr": "",
        "acronym_nl": "",
        "slug_fr": "jette",
        "slug_nl": "jette",
        "description_fr": (
            "Commune de la Région de Bruxelles-Capitale, qui relève de la zone de police Bruxelles-Ouest. Elle mène "
            "sa politique locale de prévention au travers de son plan local de prévention et de proximité (PLPP)."
        ),
        "description_nl": (
            "Gemeente van het Brussels Hoofdstedelijk Gewest, in de politiezone Brussel-West. Ze voert haar "
            "lokale preventiebeleid via haar Lokale Preventie- en Buurtplan (LPBP)."
        ),
        "street_fr": "",
        "street_nl": "",
        "postcode": "",
        "municipality_fr": "",
        "municipality_nl": "",
        "phone": "",
        "fax": "",
        "email": "",
        "website_fr": "",
        "website_nl": "",
        "zone_number": "",
    },
    {
        "key": "commune-koekelberg",
        "actor_type": "municipality",
        "level": "local",
        "parent": "",
        "name_fr": "Koekelberg",
        "name_nl": "Koekelberg",
        "acronym_fr": "",
        "acronym_nl": "",
        "slug_fr": "koekelberg",
        "slug_nl": "koekelberg",
        "description_fr": (
            "Commune de la Région de Bruxelles-Capitale, qui relève de la zone de police Bruxelles-Ouest. Elle mène "
            "sa politique locale de prévention au travers de son plan local de prévention et de proximité (PLPP)."
        ),
        "description_nl": (
            "Gemeente van het Brussels Hoofdstedelijk Gewest, in de politiezone Brussel-West. Ze voert haar "
            "lokale preventiebeleid via haar Lokale Preventie- en Buurtplan (LPBP)."
        ),
        "street_fr": "",
        "street_nl": "",
        "postcode": "",
        "municipality_fr": "",
        "municipality_nl": "",
        "phone": "",
        "fax": "",
        "email": "",
        "website_fr": "",
        "website_nl": "",
        "zone_number": "",
    },
    {
        "key": "commune-molenbeek-saint-jean",
        "actor_type": "municipality",
        "level": "local",
        "parent": "",
        "name_fr": "Molenbeek-Saint-Jean",
        "name_nl": "Sint-Jans-Molenbeek",
        "acronym_fr": "",
        "acronym_nl": "",
        "slug_fr": "molenbeek-saint-jean",
        "slug_nl": "sint-jans-molenbeek",
        "description_fr": (
            "Commune de la Région de Bruxelles-Capitale, qui relève de la zone de police Bruxelles-Ouest. Elle mène "
            "sa politique locale de prévention au travers de son plan local de prévention et de proximité (PLPP)."
        ),
        "description_nl": (
            "Gemeente van het Brussels Hoofdstedelijk Gewest, in de politiezone Brussel-West. Ze voert haar "
            "lokale preventiebeleid via haar Lokale Preventie- en Buurtplan (LPBP)."
        ),
        "street_fr": "",
        "street_nl": "",
        "postcode": "",
        "municipality_fr": "",
        "municipality_nl": "",
        "phone": "",
        "fax": "",
        "email": "",
        "website_fr": "",
        "website_nl": "",
        "zone_number": "",
    },
    {
        "key": "commune-saint-gilles",
        "actor_type": "municipality",
        "level": "local",
        "parent": "",
        "name_fr": "Saint-Gilles",
        "name_nl": "Sint-Gillis",
        "acronym_fr": "",
        "acronym_nl": "",
        "slug_fr": "saint-gilles",
        "slug_nl": "sint-gillis",
        "description_fr": (
            "Commune de la Région de Bruxelles-Capitale, qui relève de la zone de police Midi. Elle mène sa politique "
            "locale de prévention au travers de son plan local de prévention et de proximité (PLPP)."
        ),
        "description_nl": (
            "Gemeente van het Brussels Hoofdstedelijk Gewest, in de politiezone Zuid. Ze voert haar lokale "
            "preventiebeleid via haar Lokale Preventie- en Buurtplan (LPBP)."
        ),
        "street_fr": "Place Maurice Van Meenen 39",
        "street_nl": "Maurice Van Meenenplein 39",
        "postcode": "1060",
        "municipality_fr": "Saint-Gilles",
        "municipality_nl": "Sint-Gillis",
        "phone": "+32 2 536 02 11",
        "fax": "",
        "email": "",
        "website_fr": "",
        "website_nl": "",
        "zone_number": "",
    },
    {
        "key": "commune-saint-josse-ten-noode",
        "actor_type": "municipality",
        "level": "local",
        "parent": "",
        "name_fr": "Saint-Josse-ten-Noode",
        "name_nl": "Sint-Joost-ten-Node",
        "acronym_fr": "",
        "acronym_nl": "",
        "slug_fr": "saint-josse-ten-noode",
        "slug_nl": "sint-joost-ten-node",
        "description_fr": (
            "Commune de la Région de Bruxelles-Capitale, qui relève de la zone de police Bruxelles-Nord. Elle mène sa "
            "politique locale de prévention au travers de son plan local de prévention et de proximité (PLPP)."
        ),
        "description_nl": (
            "Gemeente van het Brussels Hoofdstedelijk Gewest, in de politiezone Brussel-Noord. Ze voert "
            "haar lokale preventiebeleid via haar Lokale Preventie- en Buurtplan (LPBP)."
        ),
        "street_fr": "",
        "street_nl": "",
        "postcode": "",
        "municipality_fr": "",
        "municipality_nl": "",
        "phone": "",
        "fax": "",
        "email": "",
        "website_fr": "",
        "website_nl": "",
        "zone_number": "",
    },
    {
        "key": "commune-schaerbeek",
        "actor_type": "municipality",
        "level": "local",
        "parent": "",
        "name_fr": "Schaerbeek",
        "name_nl": "Schaarbeek",
        "acronym_fr": "",
        "acronym_nl": "",
        "slug_fr": "schaerbeek",
        "slug_nl": "schaarbeek",
        "description_fr": (
            "Commune de la Région de Bruxelles-Capitale, qui relève de la zone de police Bruxelles-Nord. Elle mène sa "
            "politique locale de prévention au travers de son plan local de prévention et de proximité (PLPP)."
        ),
        "description_nl": (
            "Gemeente van het Brussels Hoofdstedelijk Gewest, in de politiezone Brussel-Noord. Ze voert "
            "haar lokale preventiebeleid via haar Lokale Preventie- en Buurtplan (LPBP)."
        ),
        "street_fr": "",
        "street_nl": "",
        "postcode": "",
        "municipality_fr": "",
        "municipality_nl": "",
        "phone": "",
        "fax": "",
        "email": "",
        "website_fr": "",
        "website_nl": "",
        "zone_number": "",
    },
    {
        "key": "commune-uccle",
        "actor_type": "municipality",
        "level": "local",
        "parent": "",
        "name_fr": "Uccle",
        "name_nl": "Ukkel",
        "acronym_fr": "",
        "acronym_nl": "",
        "slug_fr": "uccle",
        "slug_nl": "ukkel",
        "description_fr": (
            "Commune de la Région de Bruxelles-Capitale, qui relève de la zone de police "
            "Uccle/Watermael-Boitsfort/Auderghem (Marlow). Elle mène sa politique locale de prévention au travers de "
            "son plan local de prévention et de proximité (PLPP)."
        ),
        "description_nl": (
            "Gemeente van het Brussels Hoofdstedelijk Gewest, in de politiezone "
            "Ukkel/Watermaal-Bosvoorde/Oudergem (Marlow). Ze voert haar lokale preventiebeleid via haar Lokale "
            "Preventie- en Buurtplan (LPBP)."
        ),
        "street_fr": "",
        "street_nl": "",
        "postcode": "",
        "municipality_fr": "",
        "municipality_nl": "",
        "phone": "",
        "fax": "",
        "email": "",
        "website_fr": "",
        "website_nl": "",
        "zone_number": "",
    },
    {
        "key": "commune-watermael-boitsfort",
        "actor_type": "municipality",
        "level": "local",
        "parent": "",
        "name_fr": "Watermael-Boitsfort",
        "name_nl": "Watermaal-Bosvoorde",
        "acronym_fr": "",
        "acronym_nl": "",
        "slug_fr": "watermael-boitsfort",
        "slug_nl": "watermaal-bosvoorde",
        "description_fr": (
            "Commune de la Région de Bruxelles-Capitale, qui relève de la zone de police "
            "Uccle/Watermael-Boitsfort/Auderghem (Marlow). Elle mène sa politique locale de prévention au travers de "
            "son plan local de prévention et de proximité (PLPP)."
        ),
        "description_nl": (
            "Gemeente van het Brussels Hoofdstedelijk Gewest, in de politiezone "
            "Ukkel/Watermaal-Bosvoorde/Oudergem (Marlow). Ze voert haar lokale preventiebeleid via haar Lokale "
            "Preventie- en Buurtplan (LPBP)."
        ),
        "street_fr": "",
        "street_nl": "",
        "postcode": "",
        "municipality_fr": "",
        "municipality_nl": "",
        "phone": "",
        "fax": "",
        "email": "",
        "website_fr": "",
        "website_nl": "",
        "zone_number": "",
    },
    {
        "key": "commune-woluwe-saint-lambert",
        "actor_type": "municipality",
        "level": "local",
        "parent": "",
        "name_fr": "Woluwe-Saint-Lambert",
        "name_nl": "Sint-Lambrechts-Woluwe",
        "acronym_fr": "",
        "acronym_nl": "",
        "slug_fr": "woluwe-saint-lambert",
        "slug_nl": "sint-lambrechts-woluwe",
        "description_fr": (
            "Commune de la Région de Bruxelles-Capitale, qui relève de la zone de police Montgomery. Elle mène sa "
            "politique locale de prévention au travers de son plan local de prévention et de proximité (PLPP)."
        ),
        "description_nl": (
            "Gemeente van het Brussels Hoofdstedelijk Gewest, in de politiezone Montgomery. Ze voert haar "
            "lokale preventiebeleid via haar Lokale Preventie- en Buurtplan (LPBP)."
        ),
        "street_fr": "",
        "street_nl": "",
        "postcode": "",
        "municipality_fr": "",
        "municipality_nl": "",
        "phone": "",
        "fax": "",
        "email": "",
        "website_fr": "",
        "website_nl": "",
        "zone_number": "",
    },
    {
        "key": "commune-woluwe-saint-pierre",
        "actor_type": "municipality",
        "level": "local",
        "parent": "",
        "name_fr": "Woluwe-Saint-Pierre",
        "name_nl": "Sint-Pieters-Woluwe",
        "acronym_fr": "",
        "acronym_nl": "",
        "slug_fr": "woluwe-saint-pierre",
        "slug_nl": "sint-pieters-woluwe",
        "description_fr": (
            "Commune de la Région de Bruxelles-Capitale, qui relève de la zone de police Montgomery. Elle mène sa "
            "politique locale de prévention au travers de son plan local de prévention et de proximité (PLPP)."
        ),
        "description_nl": (
            "Gemeente van het Brussels Hoofdstedelijk Gewest, in de politiezone Montgomery. Ze voert haar "
            "lokale preventiebeleid via haar Lokale Preventie- en Buurtplan (LPBP)."
        ),
        "street_fr": "",
        "street_nl": "",
        "postcode": "",
        "municipality_fr": "",
        "municipality_nl": "",
        "phone": "",
        "fax": "",
        "email": "",
        "website_fr": "",
        "website_nl": "",
        "zone_number": "",
    },
]

MUNICIPALITIES = [
    {
        "key": "anderlecht",
        "name_fr": "Anderlecht",
        "name_nl": "Anderlecht",
        "police_zone": "midi-5341",
        "actor": "commune-anderlecht",
        "postcodes": ["1070"],
    },
    {
        "key": "auderghem",
        "name_fr": "Auderghem",
        "name_nl": "Oudergem",
        "police_zone": "marlow-5342",
        "actor": "commune-auderghem",
        "postcodes": ["1160"],
    },
    {
        "key": "berchem-sainte-agathe",
        "name_fr": "Berchem-Sainte-Agathe",
        "name_nl": "Sint-Agatha-Berchem",
        "police_zone": "bruxelles-ouest-5340",
        "actor": "commune-berchem-sainte-agathe",
        "postcodes": ["1082"],
    },
    {
        "key": "bruxelles",
        "name_fr": "Bruxelles",
        "name_nl": "Brussel",
        "police_zone": "polbru-5339",
        "actor": "commune-bruxelles",
        "postcodes": ["1000", "1020", "1040", "1050", "1120", "1130"],
    },
    {
        "key": "etterbeek",
        "name_fr": "Etterbeek",
        "name_nl": "Etterbeek",
        "police_zone": "montgomery-5343",
        "actor": "commune-etterbeek",
        "postcodes": ["1040"],
    },
    {
        "key": "evere",
        "name_fr": "Evere",
        "name_nl": "Evere",
        "police_zone": "bruxelles-nord-5344",
        "actor": "commune-evere",
        "postcodes": ["1140"],
    },
    {
        "key": "forest",
        "name_fr": "Forest",
        "name_nl": "Vorst",
        "police_zone": "midi-5341",
        "actor": "commune-forest",
        "postcodes": ["1190"],
    },
    {
        "key": "ganshoren",
        "name_fr": "Ganshoren",
        "name_nl": "Ganshoren",
        "police_zone": "bruxelles-ouest-5340",
        "actor": "commune-ganshoren",
        "postcodes": ["1083"],
    },
    {
        "key": "ixelles",
        "name_fr": "Ixelles",
        "name_nl": "Elsene",
        "police_zone": "polbru-5339",
        "actor": "commune-ixelles",
        "postcodes": ["1050"],
    },
    {
        "key": "jette",
        "name_fr": "Jette",
        "name_nl": "Jette",
        "police_zone": "bruxelles-ouest-5340",
        "actor": "commune-jette",
        "postcodes": ["1090"],
    },
    {
        "key": "koekelberg",
        "name_fr": "Koekelberg",
        "name_nl": "Koekelberg",
        "police_zone": "bruxelles-ouest-5340",
        "actor": "commune-koekelberg",
        "postcodes": ["1081"],
    },
    {
        "key": "molenbeek-saint-jean",
        "name_fr": "Molenbeek-Saint-Jean",
        "name_nl": "Sint-Jans-Molenbeek",
        "police_zone": "bruxelles-ouest-5340",
        "actor": "commune-molenbeek-saint-jean",
        "postcodes": ["1080"],
    },
    {
        "key": "saint-gilles",
        "name_fr": "Saint-Gilles",
        "name_nl": "Sint-Gillis",
        "police_zone": "midi-5341",
        "actor": "commune-saint-gilles",
        "postcodes": ["1060"],
    },
    {
        "key": "saint-josse-ten-noode",
        "name_fr": "Saint-Josse-ten-Noode",
        "name_nl": "Sint-Joost-ten-Node",
        "police_zone": "bruxelles-nord-5344",
        "actor": "commune-saint-josse-ten-noode",
        "postcodes": ["1210"],
    },
    {
        "key": "schaerbeek",
        "name_fr": "Schaerbeek",
        "name_nl": "Schaarbeek",
        "police_zone": "bruxelles-nord-5344",
        "actor": "commune-schaerbeek",
        "postcodes": ["1030"],
    },
    {
        "key": "uccle",
        "name_fr": "Uccle",
        "name_nl": "Ukkel",
        "police_zone": "marlow-5342",
        "actor": "commune-uccle",
        "postcodes": ["1180"],
    },
    {
        "key": "watermael-boitsfort",
        "name_fr": "Watermael-Boitsfort",
        "name_nl": "Watermaal-Bosvoorde",
        "police_zone": "marlow-5342",
        "actor": "commune-watermael-boitsfort",
        "postcodes": ["1170"],
    },
    {
        "key": "woluwe-saint-lambert",
        "name_fr": "Woluwe-Saint-Lambert",
        "name_nl": "Sint-Lambrechts-Woluwe",
        "police_zone": "montgomery-5343",
        "actor": "commune-woluwe-saint-lambert",
        "postcodes": ["1200"],
    },
    {
        "key": "woluwe-saint-pierre",
        "name_fr": "Woluwe-Saint-Pierre",
        "name_nl": "Sint-Pieters-Woluwe",
        "police_zone": "montgomery-5343",
        "actor": "commune-woluwe-saint-pierre",
        "postcodes": ["1150"],
    },
]
