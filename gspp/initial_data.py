"""Initial plan data: confirmed facts only (../shared/reference/facts.md); unknown facts stay blank.

Official names (plans, strategic objectives, thematic areas), dates and figures are copied from facts.md,
section 1; French apostrophes are written typographically. Summaries and descriptions are our own, written
natively in French and in Dutch. A fact that facts.md does not confirm is left as an empty string.
"""

import datetime

EDITIONS = [
    {
        "key": "2021-2024",
        "period_start": 2021,
        "period_end": 2024,
        "status": "current",
        "adoption_date": datetime.date(2021, 1, 14),
        "title_fr": "Plan global de sécurité et de prévention 2021-2024",
        "title_nl": "Globaal Veiligheids- en Preventieplan 2021-2024",
        "summary_fr": (
            "Adopté par le Gouvernement de la Région de Bruxelles-Capitale le 14 janvier 2021 et rédigé par "
            "Bruxelles Prévention & Sécurité, ce plan est le plan régional de sécurité prévu à l’article 37bis de "
            "la loi du 7 décembre 1998. Il fixe 4 objectifs stratégiques et couvre 9 thématiques, qui comptent "
            "ensemble 77 mesures numérotées par thématique (par exemple la mesure 3.4). Les plans zonaux de "
            "sécurité doivent en tenir compte, et les communes le traduisent sur le terrain dans leurs plans "
            "locaux de prévention et de proximité (PLPP)."
        ),
        "summary_nl": (
            "Dit plan werd op 14 januari 2021 goedgekeurd door de Regering van het Brussels Hoofdstedelijk "
            "Gewest en is opgesteld door Brussel Preventie & Veiligheid. Het is het gewestelijk veiligheidsplan "
            "waarin artikel 37bis van de wet van 7 december 1998 voorziet. Het legt 4 strategische doelstellingen "
            "vast en bestrijkt 9 thema’s, samen goed voor 77 maatregelen die per thema genummerd zijn (bijvoorbeeld "
            "maatregel 3.4). De zonale veiligheidsplannen moeten ermee rekening houden, en de gemeenten vertalen "
            "het naar hun eigen terrein in hun lokale preventie- en buurtplannen (LPBP)."
        ),
        "document_url_fr": "",
        "document_url_nl": "",
    },
    {
        "key": "2017-2020",
        "period_start": 2017,
        "period_end": 2020,
        "status": "past",
        "adoption_date": datetime.date(2017, 2, 2),
        "title_fr": "Plan global de sécurité et de prévention 2017-2020",
        "title_nl": "Globaal Veiligheids- en Preventieplan 2017-2020",
        "summary_fr": (
            "Adopté par le Gouvernement de la Région de Bruxelles-Capitale le 2 février 2017, ce plan est le "
            "premier plan régional de sécurité et de prévention de Bruxelles. Il s’articule autour de 10 "
            "thématiques et de 5 objectifs transversaux. Ces objectifs transversaux portent sur l’image, le "
            "monitoring et l’évaluation, sur la formation des acteurs de la prévention et de la sécurité, sur "
            "l’approche de sécurité intégrée, sur la communication et la sensibilisation, et enfin sur "
            "l’accompagnement des victimes et des auteurs."
        ),
        "summary_nl": (
            "Dit plan werd op 2 februari 2017 goedgekeurd door de Regering van het Brussels Hoofdstedelijk "
            "Gewest en is het eerste gewestelijke veiligheids- en preventieplan van Brussel. Het is opgebouwd "
            "rond 10 thema’s en 5 transversale doelstellingen. Die transversale doelstellingen gaan over "
            "beeldvorming, monitoring en evaluatie, over de opleiding van de preventie- en veiligheidsactoren, "
            "over de geïntegreerde veiligheidsaanpak, over communicatie en sensibilisering, en ten slotte over "
            "de begeleiding van slachtoffers en daders."
        ),
        "document_url_fr": "",
        "document_url_nl": "",
    },
]

# Strategic objectives, numbered 1..4 (the plan writes them i..iv). The five transversal objectives of
# 2017-2020 are not strategic objectives: they are only named in that edition's summary.
OBJECTIVES = [
    {
        "edition": "2021-2024",
        "number": 1,
        "title_fr": "Améliorer les conditions d’une sécurité objective et contribuer au sentiment de sécurité",
        "title_nl": "De voorwaarden voor objectieve veiligheid verbeteren en bijdragen tot het veiligheidsgevoel",
        "description_fr": "",
        "description_nl": "",
    },
    {
        "edition": "2021-2024",
        "number": 2,
        "title_fr": (
            "Accroître la qualité du service offert par les acteurs de la chaîne de sécurité, de prévention "
            "et du secours"
        ),
        "title_nl": (
            "De kwaliteit van de dienstverlening die wordt geboden door de actoren van de veiligheids-, "
            "preventie- en hulpdienstketen verhogen"
        ),
        "description_fr": "",
        "description_nl": "",
    },
    {
        "edition": "2021-2024",
        "number": 3,
        "title_fr": "Promouvoir la réflexion stratégique, la recherche et la diffusion de connaissance",
        "title_nl": "De strategische denkoefening, het onderzoek en de verspreiding van kennis bevorderen",
        "description_fr": "",
        "description_nl": "",
    },
    {
        "edition": "2021-2024",
        "number": 4,
        "title_fr": "Poursuivre le développement et l’intégration des nouvelles technologies",
        "title_nl": "De ontwikkeling en integratie van nieuwe technologieën voortzetten",
        "description_fr": "",
        "description_nl": "",
    },
]

# Thematic areas, in the plan's order.
AREAS = [
    # --- 2021-2024: the 9 thematic areas -------------------------------------------------------------
    {
        "edition": "2021-2024",
        "number": 1,
        "title_fr": "Intégrité physique et psychique des personnes",
        "title_nl": "Fysieke en psychische menselijke integriteit",
        "slug_fr": "integrite-physique-et-psychique-des-personnes",
        "slug_nl": "fysieke-en-psychische-menselijke-integriteit",
        "summary_fr": (
            "Cette thématique traite des violences et des autres atteintes qui touchent les personnes dans "
            "leur corps ou dans leur équilibre psychique."
        ),
        "summary_nl": (
            "Dit thema gaat over geweld en andere feiten die mensen lichamelijk of psychisch schade toebrengen."
        ),
        "description_fr": (
            "Première des neuf thématiques du plan, elle s’intéresse à la sécurité des personnes elles-mêmes, "
            "qu’il s’agisse d’atteintes physiques ou psychiques. Comme chaque thématique, elle pose d’abord le "
            "cadre du phénomène, puis présente ses mesures, numérotées 1.1, 1.2, etc."
        ),
        "description_nl": (
            "Als eerste van de negen thema’s van het plan draait het hier om de veiligheid van de mensen zelf, "
            "zowel lichamelijk als psychisch. Zoals elk thema schetst het eerst de grote lijnen van het fenomeen "
            "en somt het daarna de maatregelen op, genummerd 1.1, 1.2 enzovoort."
        ),
    },
    {
        "edition": "2021-2024",
        "number": 2,
        "title_fr": "Polarisation et radicalisation",
        "title_nl": "Polarisering en radicalisering",
        "slug_fr": "polarisation-et-radicalisation",
        "slug_nl": "polarisering-en-radicalisering",
        "summary_fr": (
            "Cette thématique porte sur la prévention de la polarisation de la société et des processus de "
            "radicalisation."
        ),
        "summary_nl": (
            "Dit thema gaat over het voorkomen van polarisering in de samenleving en van radicaliseringsprocessen."
        ),
        "description_fr": (
            "Elle cherche à repérer à temps les tensions entre groupes et les parcours de radicalisation, et à "
            "les prévenir. Les acteurs concernés se coordonnent notamment au sein de la plateforme régionale "
            "radicalisation-polarisation."
        ),
        "description_nl": (
            "Het thema wil spanningen tussen groepen en radicaliseringstrajecten tijdig herkennen en voorkomen. "
            "De betrokken actoren stemmen hun werk onder meer af binnen het gewestelijk platform "
            "radicalisering-polarisering."
        ),
    },
    {
        "edition": "2021-2024",
        "number": 3,
        "title_fr": "Drogues et assuétudes",
        "title_nl": "Drugs en verslavingen",
        "slug_fr": "drogues-et-assuetudes",
        "slug_nl": "drugs-en-verslavingen",
        "summary_fr": (
            "Cette thématique couvre la consommation de drogues, les assuétudes ainsi que les nuisances et les "
            "trafics qui y sont liés."
        ),
        "summary_nl": (
            "Dit thema behandelt druggebruik en verslavingen, en ook de overlast en de handel die ermee samenhangen."
        ),
        "description_fr": (
            "La mesure 3.4 prévoit des campagnes de prévention et de sensibilisation sur les drogues, notamment à "
            "destination des jeunes. D’autres actions régionales touchent à cette thématique sans être des mesures du "
            "plan : un centre d’accueil intégré pour les usagers de drogues en grande précarité est prévu avenue du "
            "Port 55, avec une ouverture annoncée pour 2026 ; en mars 2024, le Conseil régional de sécurité a "
            "approuvé une stratégie régionale contre le trafic de drogue, avec des task forces locales par point "
            "chaud et une cellule régionale de sécurité intégrale pilotée par safe.brussels."
        ),
        "description_nl": (
            "Maatregel 3.4 voorziet in preventie- en sensibiliseringscampagnes over drugs, onder meer voor jongeren. "
            "Andere gewestelijke acties raken aan dit thema zonder maatregelen van het plan te zijn: aan de Havenlaan "
            "55 komt een geïntegreerd opvangcentrum voor druggebruikers in grote bestaansonzekerheid, waarvan de "
            "opening gepland is in 2026; in maart 2024 keurde de Gewestelijke Veiligheidsraad een gewestelijke "
            "strategie tegen de drugshandel goed, met lokale taskforces per hotspot en een Gewestelijke Integrale "
            "Veiligheidscel onder leiding van safe.brussels."
        ),
    },
    {
        "edition": "2021-2024",
        "number": 4,
        "title_fr": "Traite et trafic des êtres humains",
        "title_nl": "Mensenhandel en mensensmokkel",
        "slug_fr": "traite-et-trafic-des-etres-humains",
        "slug_nl": "mensenhandel-en-mensensmokkel",
        "summary_fr": (
            "Cette thématique couvre la traite des êtres humains, c’est-à-dire leur exploitation, et le trafic "
            "des êtres humains, qui consiste à aider des personnes à entrer ou à séjourner illégalement dans un "
            "pays en échange d’un avantage."
        ),
        "summary_nl": (
            "Dit thema omvat mensenhandel, waarbij mensen worden uitgebuit, en mensensmokkel, waarbij mensen "
            "tegen een voordeel worden geholpen om illegaal een land binnen te komen of er te verblijven."
        ),
        "description_fr": (
            "Les deux notions sont proches mais distinctes : la traite peut exister sans aucun passage de "
            "frontière, alors que le trafic concerne toujours l’entrée ou le séjour irréguliers. Comme les "
            "autres thématiques du plan, celle-ci pose d’abord le cadre, puis présente ses mesures, numérotées "
            "4.1, 4.2, etc."
        ),
        "description_nl": (
            "Beide begrippen liggen dicht bij elkaar, maar verschillen: mensenhandel kan ook zonder "
            "grensoverschrijding, terwijl mensensmokkel altijd over illegale binnenkomst of illegaal verblijf "
            "gaat. Zoals de andere thema’s van het plan schetst dit thema eerst de grote lijnen en somt het "
            "daarna de maatregelen op, genummerd 4.1, 4.2 enzovoort."
        ),
    },
    {
        "edition": "2021-2024",
        "number": 5,
        "title_fr": "Atteintes aux biens",
        "title_nl": "Eigendomsdelicten",
        "slug_fr": "atteintes-aux-biens",
        "slug_nl": "eigendomsdelicten",
        "summary_fr": (
            "Cette thématique vise les infractions commises contre les biens, comme les cambriolages, les vols "
            "et les dégradations."
        ),
        "summary_nl": "Dit thema behandelt misdrijven tegen goederen, zoals inbraken, diefstallen en vernielingen.",
        "description_fr": (
            "En 2020, la Région consacrait un subside de 3 millions d’euros par an à la lutte contre les "
            "cambriolages. Il soutenait la présence visible sur le terrain, la surveillance des habitations, la "
            "technoprévention et la sensibilisation."
        ),
        "description_nl": (
            "In 2020 besteedde het Gewest elk jaar een subsidie van 3 miljoen euro aan de strijd tegen inbraken. Die "
            "subsidie ondersteunde zichtbare aanwezigheid op het terrein, woningtoezicht, technopreventie en "
            "sensibilisering."
        ),
    },
    {
        "edition": "2021-2024",
        "number": 6,
        "title_fr": "Mobilité et sécurité routière",
        "title_nl": "Mobiliteit en verkeersveiligheid",
        "slug_fr": "mobilite-et-securite-routiere",
        "slug_nl": "mobiliteit-en-verkeersveiligheid",
        "summary_fr": (
            "Cette thématique porte sur la sécurité des déplacements à Bruxelles, en particulier sur la route, "
            "et sur les comportements dangereux dans la circulation."
        ),
        "summary_nl": (
            "Dit thema gaat over veilige verplaatsingen in Brussel, vooral in het verkeer, en over gevaarlijk "
            "verkeersgedrag."
        ),
        "description_fr": (
            "Elle concerne l’ensemble des usagers : piétons, cyclistes, conducteurs et voyageurs des transports "
            "en commun. Comme chaque thématique, elle expose d’abord le contexte, puis les mesures, numérotées "
            "6.1, 6.2, etc."
        ),
        "description_nl": (
            "Het thema betreft alle weggebruikers en reizigers: voetgangers, fietsers, bestuurders en gebruikers "
            "van het openbaar vervoer. Zoals elk thema schetst het eerst de context en somt het daarna de "
            "maatregelen op, genummerd 6.1, 6.2 enzovoort."
        ),
    },
    {
        "edition": "2021-2024",
        "number": 7,
        "title_fr": "Environnement et incivilités",
        "title_nl": "Milieu en overlast",
        "slug_fr": "environnement-et-incivilites",
        "slug_nl": "milieu-en-overlast",
        "summary_fr": (
            "Cette thématique traite des incivilités et des nuisances qui dégradent l’espace public et le cadre de vie."
        ),
        "summary_nl": (
            "Dit thema gaat over overlast en onaangepast gedrag die de openbare ruimte en de leefomgeving aantasten."
        ),
        "description_fr": (
            "Ces comportements ne sont pas toujours graves sur le plan pénal, mais ils pèsent sur la qualité de "
            "vie et sur le sentiment de sécurité des habitants. Les mesures de cette thématique sont numérotées "
            "7.1, 7.2, etc."
        ),
        "description_nl": (
            "Zulk gedrag is strafrechtelijk niet altijd zwaar, maar weegt wel op de levenskwaliteit en het "
            "veiligheidsgevoel van de inwoners. De maatregelen van dit thema zijn genummerd 7.1, 7.2 enzovoort."
        ),
    },
    {
        "edition": "2021-2024",
        "number": 8,
        "title_fr": "Trafic et fraude",
        "title_nl": "Smokkel en fraude",
        "slug_fr": "trafic-et-fraude",
        "slug_nl": "smokkel-en-fraude",
        "summary_fr": "Cette thématique couvre les différentes formes de trafics illégaux et de fraude.",
        "summary_nl": "Dit thema omvat de verschillende vormen van illegale smokkel en fraude.",
        "description_fr": (
            "Ces phénomènes sont souvent moins visibles que la délinquance de rue et demandent une collaboration "
            "entre de nombreux services. Les mesures de cette thématique sont numérotées 8.1, 8.2, etc."
        ),
        "description_nl": (
            "Deze fenomenen zijn vaak minder zichtbaar dan straatcriminaliteit en vragen om samenwerking tussen "
            "veel diensten. De maatregelen van dit thema zijn genummerd 8.1, 8.2 enzovoort."
        ),
    },
    {
        "edition": "2021-2024",
        "number": 9,
        "title_fr": "Gestion de crise et résilience",
        "title_nl": "Crisisbeheer en veerkracht",
        "slug_fr": "gestion-de-crise-et-resilience",
        "slug_nl": "crisisbeheer-en-veerkracht",
        "summary_fr": (
            "Cette thématique porte sur la préparation de la Région aux crises et aux situations d’urgence, et "
            "sur sa capacité à y faire face."
        ),
        "summary_nl": (
            "Dit thema gaat over de manier waarop het Gewest zich voorbereidt op crisissen en noodsituaties, en "
            "over zijn vermogen om ze het hoofd te bieden."
        ),
        "description_fr": (
            "Le plan général d’urgence et d’intervention (PGUI) a été mis à jour et adopté le 10 avril 2024. "
            "Les citoyens peuvent s’engager dans les réserves citoyennes BRU Response, qui comptaient plus de "
            "250 volontaires selon le rapport d’activité 2023-2024. Le centre de situation SITCEN fonctionne "
            "24 heures sur 24, 7 jours sur 7."
        ),
        "description_nl": (
            "Het algemeen nood- en interventieplan werd geactualiseerd en op 10 april 2024 goedgekeurd. Burgers "
            "kunnen zich engageren in de burgerreserves BRU Response, die volgens het activiteitenverslag "
            "2023-2024 meer dan 250 vrijwilligers telden. Het situatiecentrum SITCEN is 24 uur op 24 en 7 dagen "
            "op 7 actief."
        ),
    },
    # --- 2017-2020: the 10 themes (Dutch name left blank where facts.md has none) ---------------------
    {
        "edition": "2017-2020",
        "number": 1,
        "title_fr": "Atteintes à l’intégrité de la personne",
        "title_nl": "Aantasting van de menselijke integriteit",
        "slug_fr": "atteintes-a-l-integrite-de-la-personne",
        "slug_nl": "aantasting-van-de-menselijke-integriteit",
        "summary_fr": "Cette thématique traite des atteintes physiques et psychiques portées aux personnes.",
        "summary_nl": "Dit thema behandelt lichamelijke en psychische aantasting van personen.",
        "description_fr": "Elle regroupe les faits qui visent directement une personne plutôt que ses biens.",
        "description_nl": (
            "Het gaat om feiten die rechtstreeks tegen een persoon gericht zijn, en niet tegen zijn of haar "
            "bezittingen."
        ),
    },
    {
        "edition": "2017-2020",
        "number": 2,
        "title_fr": "Polarisation et radicalisation",
        "title_nl": "Polarisering en radicalisering",
        "slug_fr": "polarisation-et-radicalisation",
        "slug_nl": "polarisering-en-radicalisering",
        "summary_fr": "Cette thématique porte sur la prévention de la polarisation et de la radicalisation.",
        "summary_nl": "Dit thema gaat over het voorkomen van polarisering en radicalisering.",
        "description_fr": (
            "Elle s’intéresse aux tensions entre groupes et aux parcours qui peuvent mener à l’extrémisme."
        ),
        "description_nl": (
            "Het richt zich op spanningen tussen groepen en op trajecten die tot extremisme kunnen leiden."
        ),
    },
    {
        "edition": "2017-2020",
        "number": 3,
        "title_fr": "Drogues et assuétudes",
        "title_nl": "Drugs en verslavingen",
        "slug_fr": "drogues-et-assuetudes",
        "slug_nl": "drugs-en-verslavingen",
        "summary_fr": "Cette thématique couvre la consommation de drogues et les assuétudes.",
        "summary_nl": "Dit thema behandelt druggebruik en verslavingen.",
        "description_fr": (
            "Elle touche à la fois à la santé des personnes concernées et à la sécurité dans l’espace public."
        ),
        "description_nl": (
            "Het raakt zowel aan de gezondheid van de betrokkenen als aan de veiligheid in de openbare ruimte."
        ),
    },
    {
        "edition": "2017-2020",
        "number": 4,
        "title_fr": "La traite et le trafic des êtres humains",
        "title_nl": "Mensenhandel en mensensmokkel",
        "slug_fr": "la-traite-et-le-trafic-des-etres-humains",
        "slug_nl": "mensenhandel-en-mensensmokkel",
        "summary_fr": "Cette thématique porte sur l’exploitation des êtres humains et sur le trafic de personnes.",
        "summary_nl": "Dit thema gaat over de uitbuiting van mensen en over mensensmokkel.",
        "description_fr": (
            "La traite désigne l’exploitation d’une personne, le trafic l’aide à l’entrée ou au séjour illégal "
            "en échange d’un avantage."
        ),
        "description_nl": (
            "Mensenhandel verwijst naar de uitbuiting van een persoon, mensensmokkel naar hulp bij illegale "
            "binnenkomst of illegaal verblijf in ruil voor een voordeel."
        ),
    },
    {
        "edition": "2017-2020",
        "number": 5,
        "title_fr": "Atteintes aux biens",
        "title_nl": "Eigendomsdelicten",  # test.bps-bpv.brussels/nl/eigendomsdelicten
        "slug_fr": "atteintes-aux-biens",
        "slug_nl": "eigendomsdelicten",
        "summary_fr": (
            "Cette thématique vise les infractions commises contre les biens, comme les cambriolages et les vols."
        ),
        "summary_nl": "Dit thema behandelt misdrijven tegen goederen, zoals inbraken en diefstallen.",
        "description_fr": "Ces faits touchent aussi bien les habitants que les commerces et les entreprises.",
        "description_nl": "Zulke feiten treffen zowel bewoners als handelszaken en bedrijven.",
    },
    {
        "edition": "2017-2020",
        "number": 6,
        "title_fr": "Mobilité et sécurité routière",
        "title_nl": "Mobiliteit en verkeersveiligheid",
        "slug_fr": "mobilite-et-securite-routiere",
        "slug_nl": "mobiliteit-en-verkeersveiligheid",
        "summary_fr": "Cette thématique porte sur la sécurité des déplacements et sur la sécurité routière.",
        "summary_nl": "Dit thema gaat over veilige verplaatsingen en verkeersveiligheid.",
        "description_fr": (
            "Elle concerne tous les usagers, qu’ils se déplacent à pied, à vélo, en voiture ou en transport en commun."
        ),
        "description_nl": (
            "Het betreft alle gebruikers, of ze zich nu te voet, met de fiets, met de auto of met het openbaar "
            "vervoer verplaatsen."
        ),
    },
    {
        "edition": "2017-2020",
        "number": 7,
        "title_fr": "Environnement et incivilités",
        "title_nl": "Milieu en overlast",
        "slug_fr": "environnement-et-incivilites",
        "slug_nl": "milieu-en-overlast",
        "summary_fr": "Cette thématique traite des incivilités et des nuisances qui dégradent le cadre de vie.",
        "summary_nl": "Dit thema behandelt overlast en onaangepast gedrag die de leefomgeving aantasten.",
        "description_fr": "Ces comportements pèsent sur la qualité de vie quotidienne et sur le sentiment de sécurité.",
        "description_nl": "Zulk gedrag weegt op de dagelijkse levenskwaliteit en op het veiligheidsgevoel.",
    },
    {
        "edition": "2017-2020",
        "number": 8,
        "title_fr": "Criminalité financière et cybercriminalité",
        "title_nl": "Financiële criminaliteit en cybercriminaliteit",
        "slug_fr": "criminalite-financiere-et-cybercriminalite",
        "slug_nl": "financiele-criminaliteit-en-cybercriminaliteit",
        "summary_fr": (
            "Cette thématique couvre la criminalité financière et les infractions commises au moyen des "
            "technologies numériques."
        ),
        "summary_nl": (
            "Dit thema omvat financiële criminaliteit en misdrijven die met digitale technologie worden gepleegd."
        ),
        "description_fr": (
            "Ces formes de criminalité sont souvent peu visibles et peuvent toucher aussi bien les particuliers "
            "que les entreprises et les institutions."
        ),
        "description_nl": (
            "Deze vormen van criminaliteit zijn vaak weinig zichtbaar en kunnen zowel particulieren als bedrijven "
            "en instellingen treffen."
        ),
    },
    {
        "edition": "2017-2020",
        "number": 9,
        "title_fr": "Criminalité organisée et trafic de biens frauduleux",
        # test.bps-bpv.brussels/nl/georganiseerde-misdaad-en-smokkel-van-illegale-goederen
        "title_nl": "Georganiseerde misdaad en smokkel van illegale goederen",
        "slug_fr": "criminalite-organisee-et-trafic-de-biens-frauduleux",
        "slug_nl": "georganiseerde-misdaad-en-smokkel-van-illegale-goederen",
        "summary_fr": "Cette thématique porte sur la criminalité organisée et sur le commerce de biens frauduleux.",
        "summary_nl": "Dit thema gaat over georganiseerde criminaliteit en over de handel in frauduleuze goederen.",
        "description_fr": (
            "Elle vise des activités menées par des réseaux structurés, qui dépassent souvent le cadre local."
        ),
        "description_nl": (
            "Het gaat om activiteiten van gestructureerde netwerken, die vaak over het lokale niveau heen reiken."
        ),
    },
    {
        "edition": "2017-2020",
        "number": 10,
        "title_fr": "Gestion de crise et résilience",
        "title_nl": "Crisisbeheer en veerkracht",
        "slug_fr": "gestion-de-crise-et-resilience",
        "slug_nl": "crisisbeheer-en-veerkracht",
        "summary_fr": (
            "Cette thématique porte sur la préparation aux crises et aux situations d’urgence, et sur la "
            "capacité à y faire face."
        ),
        "summary_nl": (
            "Dit thema gaat over de voorbereiding op crisissen en noodsituaties, en over het vermogen om ze op "
            "te vangen."
        ),
        "description_fr": (
            "Elle concerne la manière dont les services et la population se préparent à des événements "
            "exceptionnels et s’en relèvent."
        ),
        "description_nl": (
            "Het betreft de manier waarop diensten en bevolking zich voorbereiden op uitzonderlijke "
            "gebeurtenissen en er weer bovenop komen."
        ),
    },
]

# Only measures that facts.md confirms by number.
MEASURES = [
    {
        "edition": "2021-2024",
        "area": 3,
        "number": 4,
        "title_fr": "Campagnes de prévention et de sensibilisation sur les drogues",
        "title_nl": "Preventie- en sensibiliseringscampagnes over drugs",
        "slug_fr": "campagnes-de-prevention-et-de-sensibilisation-sur-les-drogues",
        "slug_nl": "preventie-en-sensibiliseringscampagnes-over-drugs",
        "description_fr": (
            "Cette mesure prévoit des campagnes de communication et de prévention sur les drogues et les "
            "assuétudes, qui s’adressent aussi aux jeunes."
        ),
        "description_nl": (
            "Deze maatregel voorziet in communicatie- en preventiecampagnes over drugs en verslavingen, die zich "
            "ook tot jongeren richten."
        ),
        "lead_actor": "",
        # Its status and progress are not public facts: it stays "no progress reported yet".
        "published": True,
    },
]
