"""Initial editorial pages, written by the BPS portal team in French and Dutch.

Loaded by `manage.py load_initial_data`; staff edit them afterwards in the admin.
"""

import datetime

JUSTEL_URL = "http://www.ejustice.just.fgov.be/eli/ordonnance/2015/05/28/2015031343/justel"

PAGES = [
    # ------------------------------------------------------------------ about
    {
        "key": "about",
        "published": True,
        "slug_fr": "a-propos",
        "slug_nl": "over-ons",
        "title_fr": "À propos de Bruxelles Prévention & Sécurité",
        "title_nl": "Over Brussel Preventie & Veiligheid",
        "summary_fr": (
            "Bruxelles Prévention & Sécurité (safe.brussels) coordonne la politique de prévention "
            "et de sécurité en Région de Bruxelles-Capitale."
        ),
        "summary_nl": (
            "Brussel Preventie & Veiligheid (safe.brussels) coördineert het preventie- en "
            "veiligheidsbeleid in het Brussels Hoofdstedelijk Gewest."
        ),
        "body_fr": f"""
<h2>Qui sommes-nous ?</h2>
<p><strong>Bruxelles Prévention &amp; Sécurité</strong>
(<abbr title="Bruxelles Prévention &amp; Sécurité">BPS</abbr>) est un organisme d’intérêt public
de la Région de Bruxelles-Capitale. Nous travaillons sous l’autorité du Ministre-Président de la
Région et sommes opérationnels depuis le début de l’année 2016. Depuis 2022, nous nous présentons
au public sous la marque safe.brussels, sans que notre nom officiel ait changé.</p>

<h2>Notre raison d’être</h2>
<p>Notre travail répond à un double objectif :</p>
<ul>
<li>faire en sorte que la politique de prévention et celle de sécurité soient menées de façon
cohérente sur tout le territoire de la Région ;</li>
<li>épauler celles et ceux qui font fonctionner, jour après jour, la chaîne de la sécurité, de la
prévention et du secours : zones de police, pompiers et aide médicale urgente, communes,
associations…</li>
</ul>

<h2>Nos compétences</h2>
<p>La Région nous a confié en particulier les tâches suivantes :</p>
<ul>
<li>exercer les attributions prévues par les articles 128 et 129 de la loi provinciale, ainsi que
celles que des lois particulières réservaient au gouverneur de province ;</li>
<li>coordonner les politiques de sécurité, suivre l’évolution de la criminalité et en tenir
le relevé ;</li>
<li>rédiger le plan régional de sécurité prévu à l’article 37bis de la loi du 7 décembre 1998
organisant un service de police intégré, structuré à deux niveaux ;</li>
<li>exercer la tutelle sur les budgets des zones de police ;</li>
<li>inciter les zones de police à regrouper leurs services administratifs et à passer par la
centrale d’achat ;</li>
<li>coordonner les politiques de prévention ;</li>
<li>proposer des règlements de police harmonisés entre les communes.</li>
</ul>
<p>Depuis la refonte de notre ordonnance en 2024, nos missions s’organisent autour de cinq
axes :</p>
<ol>
<li>développer les connaissances en matière de prévention et de sécurité ;</li>
<li>coordonner, sur le terrain, la mise en œuvre des politiques publiques ;</li>
<li>appuyer les autorités en matière de sécurité civile et de maintien de l’ordre public ;</li>
<li>promouvoir les métiers de la sécurité, de la prévention et du secours ;</li>
<li>offrir des services de première ligne pour prévenir les crises et les gérer.</li>
</ol>

<h2>D’où viennent ces compétences ?</h2>
<p>La loi spéciale du 6 janvier 2014 relative à la Sixième Réforme de l’État a supprimé la
fonction de gouverneur de l’arrondissement administratif de Bruxelles-Capitale et réparti ses
attributions : la sécurité civile et la planification d’urgence sont revenues au Haut
fonctionnaire, les pouvoirs d’ordre public au Ministre-Président de la Région. La Région a ensuite
créé BPS pour coordonner sa politique de prévention et de sécurité.</p>

<h2>Base légale</h2>
<p>BPS a été institué par l’ordonnance du 28 mai 2015 créant un organisme d’intérêt public
centralisant la gestion de la politique de prévention et de sécurité en Région de
Bruxelles-Capitale. Publiée au <em>Moniteur belge</em> le 10 juin 2015, elle est entrée en vigueur
le 23 novembre 2015.</p>
<p>Ce texte a d’abord été modifié par l’ordonnance du 4 avril 2019. Il a ensuite été refondu par
l’ordonnance du 16 mai 2024, publiée le 30 mai 2024, qui consacre aussi officiellement la marque
safe.brussels.</p>
<p><a href="{JUSTEL_URL}">Lire le texte consolidé officiel de l’ordonnance sur Justel, la base de
données de la législation belge</a></p>

<h2>Le Plan global de sécurité et de prévention</h2>
<p>C’est BPS qui rédige le Plan global de sécurité et de prévention
(<abbr title="Plan global de sécurité et de prévention">PGSP</abbr>). Ce plan fait office de plan
régional de sécurité au sens de la loi du 7 décembre 1998. Nous le préparons avec nos partenaires
et c’est le Gouvernement de la Région qui l’adopte. Nous rendons compte de la mise en œuvre de ses
mesures au Conseil régional de sécurité (<abbr title="Conseil régional de sécurité">CORES</abbr>)
et au Gouvernement.</p>
<p>Le plan 2021-2024, adopté le 14 janvier 2021, poursuit quatre objectifs stratégiques et
rassemble 77 mesures réparties en neuf thématiques. Les zones de police doivent en tenir compte
dans leur plan zonal de sécurité, et chaque commune le traduit dans son plan local de prévention et
de proximité.</p>

<h2>Nous contacter</h2>
<address>Bruxelles Prévention &amp; Sécurité<br>
Rue de Ligne 40<br>
1000 Bruxelles</address>
<p>Téléphone : <a href="tel:+3225079911">02 507 99 11</a><br>
Fax : 02 507 99 33</p>
""",
        "body_nl": f"""
<h2>Wie zijn we?</h2>
<p><strong>Brussel Preventie &amp; Veiligheid</strong>
(<abbr title="Brussel Preventie &amp; Veiligheid">BPV</abbr>) is een instelling van openbaar nut
van het Brussels Hoofdstedelijk Gewest. We werken onder het gezag van de minister-president van het
Gewest en zijn sinds begin 2016 operationeel. Sinds 2022 gebruiken we de merknaam safe.brussels;
onze officiële naam is daarbij niet veranderd.</p>

<h2>Waarvoor we er zijn</h2>
<p>Ons werk heeft een tweeledig doel:</p>
<ul>
<li>het preventie- en veiligheidsbeleid in het hele Gewest coördineren en op elkaar
afstemmen;</li>
<li>een steun zijn voor iedereen die de veiligheids-, preventie- en hulpdienstketen dagelijks
draaiende houdt: politiezones, brandweer en dringende medische hulp, gemeenten,
verenigingen …</li>
</ul>

<h2>Onze bevoegdheden</h2>
<p>Het Gewest heeft ons onder meer de volgende taken toevertrouwd:</p>
<ul>
<li>de bevoegdheden uitoefenen bedoeld in de artikelen 128 en 129 van de Provinciewet, en de
taken die bijzondere wetten aan de provinciegouverneur toekenden;</li>
<li>het veiligheidsbeleid coördineren en de criminaliteit in kaart brengen en registreren;</li>
<li>het gewestelijk veiligheidsplan opstellen zoals bedoeld in artikel 37bis van de wet van
7 december 1998 tot organisatie van een geïntegreerde politiedienst, gestructureerd op twee
niveaus;</li>
<li>toezicht houden op de begrotingen van de politiezones;</li>
<li>de politiezones aanmoedigen om hun administratieve diensten te bundelen en gebruik te maken van
de aankoopcentrale;</li>
<li>het preventiebeleid coördineren;</li>
<li>geharmoniseerde politiereglementen voor de gemeenten voorstellen.</li>
</ul>
<p>Sinds onze ordonnantie in 2024 grondig werd herwerkt, zijn onze opdrachten rond vijf
domeinen georganiseerd:</p>
<ol>
<li>kennis over preventie en veiligheid opbouwen;</li>
<li>de uitvoering van het overheidsbeleid op het terrein coördineren;</li>
<li>de overheden ondersteunen op het vlak van civiele veiligheid en handhaving van de openbare
orde;</li>
<li>de beroepen in veiligheid, preventie en hulpverlening promoten;</li>
<li>eerstelijnsdiensten aanbieden om crisissen te voorkomen en te beheren.</li>
</ol>

<h2>Waar komen die bevoegdheden vandaan?</h2>
<p>De bijzondere wet van 6 januari 2014 met betrekking tot de Zesde Staatshervorming heeft het
ambt van gouverneur van het administratief arrondissement Brussel-Hoofdstad afgeschaft en zijn
taken verdeeld: de civiele veiligheid en de noodplanning gingen naar de Hoge Ambtenaar, de
bevoegdheden inzake openbare orde naar de minister-president van het Gewest. Daarna heeft het
Gewest BPV opgericht om zijn preventie- en veiligheidsbeleid te coördineren.</p>

<h2>Wettelijke basis</h2>
<p>BPV werd opgericht bij de ordonnantie van 28 mei 2015 tot oprichting van een instelling van
openbaar nut waarin het beheer van het preventie- en veiligheidsbeleid in het Brussels
Hoofdstedelijk Gewest is samengebracht. Ze verscheen op 10 juni 2015 in het
<em>Belgisch Staatsblad</em> en trad in werking op 23 november 2015.</p>
<p>De tekst werd eerst gewijzigd door de ordonnantie van 4 april 2019. Daarna werd hij grondig
herwerkt door de ordonnantie van 16 mei 2024, bekendgemaakt op 30 mei 2024. Die ordonnantie legt
ook de merknaam safe.brussels wettelijk vast.</p>
<p><a href="{JUSTEL_URL}">De officiële gecoördineerde tekst van de ordonnantie lezen in Justel, de
databank van de Belgische wetgeving</a></p>

<h2>Het Globaal Veiligheids- en Preventieplan</h2>
<p>BPV stelt het Globaal Veiligheids- en Preventieplan
(<abbr title="Globaal Veiligheids- en Preventieplan">GVPP</abbr>) op. Dat plan geldt als
gewestelijk veiligheidsplan in de zin van de wet van 7 december 1998. We bereiden het voor samen
met onze partners en de Brusselse Regering keurt het goed. Over de uitvoering van de maatregelen
brengen we verslag uit bij de Gewestelijke Veiligheidsraad en de Regering.</p>
<p>Het plan 2021-2024, goedgekeurd op 14 januari 2021, telt vier strategische doelstellingen en
77 maatregelen, verdeeld over negen thema’s. De politiezones moeten er rekening mee houden in hun
zonaal veiligheidsplan, en elke gemeente vertaalt het naar haar eigen lokaal preventie- en
buurtplan.</p>

<h2>Contact</h2>
<address>Brussel Preventie &amp; Veiligheid<br>
Ligniestraat 40<br>
1000 Brussel</address>
<p>Telefoon: <a href="tel:+3225079911">02 507 99 11</a><br>
Fax: 02 507 99 33</p>
""",
        "last_reviewed": datetime.date(2026, 11, 28),
    },
    # ---------------------------------------------------------- accessibility
    {
        "key": "accessibility",
        "published": True,
        "slug_fr": "accessibilite",
        "slug_nl": "toegankelijkheid",
        "title_fr": "Déclaration d’accessibilité",
        "title_nl": "Toegankelijkheidsverklaring",
        "summary_fr": (
            "Où en est l’accessibilité du portail de Bruxelles Prévention & Sécurité, "
            "ce qui reste à améliorer et comment nous signaler un obstacle."
        ),
        "summary_nl": (
            "Hoe toegankelijk is het portaal van Brussel Preventie & Veiligheid, "
            "wat kan nog beter en hoe meldt u een probleem?"
        ),
        "body_fr": """
<h2>Notre engagement</h2>
<p>Bruxelles Prévention &amp; Sécurité
(<abbr title="Bruxelles Prévention &amp; Sécurité">BPS</abbr>) veut que toute personne puisse
utiliser ce portail, quels que soient son handicap, son âge ou sa façon de naviguer : lecteur
d’écran, clavier seul, agrandissement de l’affichage… Nous nous appuyons pour cela sur la directive
(UE) 2016/2102 relative à l’accessibilité des sites internet et des applications mobiles des
organismes du secteur public. En Région de Bruxelles-Capitale, cette directive est transposée
par l’ordonnance du 4 octobre 2018, publiée au <em>Moniteur belge</em> le 30 novembre 2018, et par
son arrêté d’exécution du 5 mai 2022.</p>
<p>Cette déclaration reprend la structure du modèle établi par la décision d’exécution
(UE) 2018/1523 de la Commission. Elle concerne les pages publiques du portail, en français comme
en néerlandais.</p>

<h2>État de conformité</h2>
<p>Le portail est <strong>partiellement conforme</strong> à la norme européenne EN 301 549, et donc
aux règles <abbr title="Web Content Accessibility Guidelines">WCAG</abbr> 2.1 de niveau AA.</p>
<p>Pourquoi « partiellement » ? Chaque type de page est testé automatiquement avec l’outil
axe-core, et nous vérifions à la main que tout peut être atteint et utilisé au clavier. Ces
contrôles sont utiles, mais ils ne remplacent pas un audit : aucun audit indépendant n’a encore été
mené. Tant que ce n’est pas fait, nous ne pouvons pas affirmer que le portail satisfait à toutes
les exigences.</p>

<h2>Contenus non accessibles</h2>
<p>Voici les limites que nous connaissons à ce jour :</p>
<ul>
<li><strong>Documents officiels du plan.</strong> Le portail renvoie vers les documents officiels
du Plan global de sécurité et de prévention
(<abbr title="Plan global de sécurité et de prévention">PGSP</abbr>) au format
<abbr title="Portable Document Format">PDF</abbr>. Ces fichiers sont publiés par la Région de
Bruxelles-Capitale et non par ce portail ; il se peut qu’ils ne soient pas accessibles, par
exemple avec un lecteur d’écran. Si vous ne parvenez pas à en lire un, contactez-nous : nous
chercherons à vous en fournir le contenu sous une autre forme.</li>
<li><strong>Pas encore d’audit indépendant.</strong> Les tests automatiques ne repèrent qu’une
partie des problèmes. Certains obstacles ont donc pu nous échapper.</li>
<li><strong>Interface d’administration.</strong> L’interface d’administration Django, qui sert à
notre personnel à gérer les contenus, n’est pas destinée au public. Elle n’entre pas dans le champ
de cette déclaration.</li>
</ul>

<h2>Établissement de cette déclaration</h2>
<p>Cette déclaration a été établie le 28 novembre 2026.</p>
<p>Elle repose sur une auto-évaluation réalisée par l’équipe du portail : tests automatiques avec
axe-core sur chaque type de page, complétés par des vérifications manuelles de la navigation au
clavier.</p>

<h2>Retour d’information et contact</h2>
<p>Un contenu vous reste inaccessible, vous butez sur un obstacle ou vous avez une suggestion ?
Faites-le-nous savoir en indiquant la page concernée et la difficulté rencontrée.</p>
<ul>
<li>Par courrier :
<address>Bruxelles Prévention &amp; Sécurité<br>
Rue de Ligne 40<br>
1000 Bruxelles</address></li>
<li>Par téléphone : <a href="tel:+3225079911">02 507 99 11</a></li>
</ul>

<h2>Procédure de mise en œuvre</h2>
<p>Si vous n’obtenez pas de réponse ou si notre réponse ne vous satisfait pas, vous pouvez adresser
une plainte au médiateur bruxellois (Ombuds Bruxelles), compétent pour les administrations de la
Région, de la Commission communautaire française, de la Commission communautaire commune et des
communes :</p>
<address>Ombuds Bruxelles<br>
Place de la Vieille Halle aux Blés 1<br>
1000 Bruxelles</address>
<p>Téléphone : <a href="tel:+3225496700">02 549 67 00</a> ·
<a href="mailto:plaintes@ombuds.brussels">plaintes@ombuds.brussels</a></p>
<p>Le respect des règles d’accessibilité par les organismes publics bruxellois est contrôlé par
equal.brussels.</p>
""",
        "body_nl": """
<h2>Ons engagement</h2>
<p>Brussel Preventie &amp; Veiligheid
(<abbr title="Brussel Preventie &amp; Veiligheid">BPV</abbr>) wil dat iedereen dit portaal kan
gebruiken, ongeacht beperking, leeftijd of manier van surfen: met een schermlezer, alleen met het
toetsenbord, met een vergrote weergave … Daarbij volgen we Richtlijn (EU) 2016/2102 inzake de
toegankelijkheid van de websites en mobiele applicaties van overheidsinstanties. In het Brussels
Hoofdstedelijk Gewest is die richtlijn omgezet door de ordonnantie van 4 oktober 2018, bekendgemaakt
in het <em>Belgisch Staatsblad</em> op 30 november 2018, en door het uitvoeringsbesluit van
5 mei 2022.</p>
<p>Deze verklaring is opgebouwd volgens het model uit Uitvoeringsbesluit (EU) 2018/1523 van de
Commissie. Ze geldt voor de openbare pagina’s van het portaal, zowel in het Nederlands als in het
Frans.</p>

<h2>Nalevingsstatus</h2>
<p>Het portaal is <strong>gedeeltelijk conform</strong> met de Europese norm EN 301 549, en dus
met de <abbr title="Web Content Accessibility Guidelines">WCAG</abbr> 2.1 op niveau AA.</p>
<p>Waarom gedeeltelijk? Elk type pagina wordt automatisch getest met de tool axe-core, en we
controleren met de hand of alles met het toetsenbord bereikbaar en bruikbaar is. Dat is nuttig,
maar het vervangt geen audit: er is nog geen onafhankelijke audit uitgevoerd. Zolang dat niet is
gebeurd, kunnen we niet beweren dat het portaal aan alle eisen voldoet.</p>

<h2>Niet-toegankelijke inhoud</h2>
<p>Dit zijn de beperkingen die we vandaag kennen:</p>
<ul>
<li><strong>Officiële documenten van het plan.</strong> Het portaal verwijst naar de officiële
documenten van het Globaal Veiligheids- en Preventieplan
(<abbr title="Globaal Veiligheids- en Preventieplan">GVPP</abbr>) in
<abbr title="Portable Document Format">pdf</abbr>-formaat. Die bestanden worden gepubliceerd door
het Brussels Hoofdstedelijk Gewest, niet door dit portaal, en zijn mogelijk niet toegankelijk,
bijvoorbeeld voor schermlezers. Lukt het niet om zo’n document te lezen? Neem dan contact met ons
op: we zoeken een manier om u de inhoud in een andere vorm te bezorgen.</li>
<li><strong>Nog geen onafhankelijke audit.</strong> Automatische tests vinden maar een deel van de
problemen. Het kan dus dat sommige drempels ons nog zijn ontgaan.</li>
<li><strong>Beheeromgeving.</strong> De Django-beheeromgeving waarmee onze medewerkers de inhoud
bijhouden, is niet bedoeld voor het publiek. Ze valt buiten het toepassingsgebied van deze
verklaring.</li>
</ul>

<h2>Opstelling van deze verklaring</h2>
<p>Deze verklaring werd opgesteld op 28 november 2026.</p>
<p>Ze steunt op een zelfbeoordeling door het portaalteam: automatische tests met axe-core op elk
type pagina, aangevuld met handmatige controles van de navigatie met het toetsenbord.</p>

<h2>Feedback en contact</h2>
<p>Is bepaalde inhoud voor u niet toegankelijk, loopt u ergens vast of hebt u een suggestie? Laat
het ons weten en vermeld daarbij over welke pagina het gaat en wat er misloopt.</p>
<ul>
<li>Per post:
<address>Brussel Preventie &amp; Veiligheid<br>
Ligniestraat 40<br>
1000 Brussel</address></li>
<li>Per telefoon: <a href="tel:+3225079911">02 507 99 11</a></li>
</ul>

<h2>Handhavingsprocedure</h2>
<p>Krijgt u geen antwoord of bent u niet tevreden met ons antwoord? Dan kunt u een klacht indienen
bij de Brusselse Ombudsman (Ombuds Brussel), bevoegd voor de besturen van het Gewest, de Franse
Gemeenschapscommissie, de Gemeenschappelijke Gemeenschapscommissie en de gemeenten:</p>
<address>Ombuds Brussel<br>
Oud Korenhuis 1<br>
1000 Brussel</address>
<p>Telefoon: <a href="tel:+3225496700">02 549 67 00</a> ·
<a href="mailto:klachten@ombuds.brussels">klachten@ombuds.brussels</a></p>
<p>Of de Brusselse overheidsinstanties de toegankelijkheidsregels naleven, controleert
equal.brussels.</p>
""",
        "last_reviewed": datetime.date(2026, 11, 28),
    },
    # ---------------------------------------------------------------- privacy
    {
        "key": "privacy",
        "published": True,
        "slug_fr": "vie-privee",
        "slug_nl": "privacy",
        "title_fr": "Vie privée et protection des données",
        "title_nl": "Privacy en gegevensbescherming",
        "summary_fr": (
            "Les données que traite le portail de Bruxelles Prévention & Sécurité, "
            "pourquoi il les traite et comment exercer vos droits."
        ),
        "summary_nl": (
            "Welke gegevens het portaal van Brussel Preventie & Veiligheid verwerkt, "
            "waarom, en hoe u uw rechten uitoefent."
        ),
        "body_fr": """
<h2>L’essentiel</h2>
<p>Vous pouvez consulter ce portail sans être pisté : pas de cookie, pas de traceur, pas de mesure
d’audience. Seuls des journaux techniques sont tenus, pour la sécurité du service. Cette page
explique ce que nous collectons, ce que nous ne collectons pas et quels sont vos droits au titre du
<abbr title="Règlement général sur la protection des données">RGPD</abbr>.</p>

<h2>Responsable du traitement</h2>
<p>Le responsable du traitement est Bruxelles Prévention &amp; Sécurité
(<abbr title="Bruxelles Prévention &amp; Sécurité">BPS</abbr>), Rue de Ligne 40, 1000 Bruxelles.</p>

<h2>Ce que nous ne collectons pas</h2>
<p>Lorsque vous visitez le portail sans vous connecter :</p>
<ul>
<li>aucun cookie n’est enregistré sur votre appareil ;</li>
<li>aucun traceur ni outil publicitaire n’est utilisé ;</li>
<li>aucun outil de statistiques ou de mesure d’audience n’observe votre navigation ;</li>
<li>tout ce qui est nécessaire à l’affichage des pages, polices de caractères comprises, est fourni
par le portail lui-même : nous ne recourons à aucun service de polices externe ni à aucun réseau
de diffusion de contenu (<abbr title="Content Delivery Network">CDN</abbr>).</li>
</ul>
<p>Autrement dit, votre navigateur n’envoie aucune requête à un autre serveur que celui du portail.
Si vous suivez un lien vers un autre site, comme Justel, ce sont les règles de ce site qui
s’appliquent.</p>

<h2>Journaux du serveur</h2>
<p>Comme tout serveur web, le nôtre garde une trace technique de chaque requête reçue. Ces journaux
contiennent notamment l’adresse <abbr title="Internet Protocol">IP</abbr> d’où vient la requête,
sa date et son heure, ainsi que l’adresse de la page demandée.</p>
<p>Ils servent uniquement à protéger le portail et à en assurer le bon fonctionnement, par exemple
pour détecter une tentative d’attaque ou comprendre une panne. Ils ne sont conservés que pendant
une durée limitée. Nous ne les utilisons ni pour mesurer l’audience ni pour suivre des
personnes.</p>

<h2>Partenaires connectés : cookies strictement nécessaires</h2>
<p>Certains partenaires disposent d’un compte pour se connecter au portail. Dans ce cas, et dans ce
cas seulement, deux cookies sont utilisés :</p>
<ul>
<li>un <strong>cookie de session</strong>, indispensable pour que vous restiez connecté d’une page
à l’autre ;</li>
<li>un <strong>cookie de sécurité</strong>
(<abbr title="Cross-Site Request Forgery">CSRF</abbr>), qui protège les formulaires contre les
envois frauduleux provenant d’un autre site.</li>
</ul>
<p>Ces deux cookies n’ont pas d’autre usage : ni publicité, ni statistiques, ni profilage.</p>

<h2>Vos droits</h2>
<p>Le RGPD vous permet notamment :</p>
<ul>
<li>de savoir quelles données vous concernant nous traitons et d’en obtenir une copie (droit
d’accès) ;</li>
<li>de faire corriger des données inexactes (droit de rectification) ;</li>
<li>de demander la suppression de vos données (droit à l’effacement).</li>
</ul>
<p>Pour exercer ces droits, écrivez-nous à l’adresse indiquée ci-dessous ou appelez-nous. Nous
pourrons vous demander de justifier de votre identité avant de donner suite à votre demande.</p>
<p>Si vous estimez que vos données ne sont pas traitées comme il se doit, vous pouvez introduire
une plainte auprès de l’Autorité de protection des données, l’autorité de contrôle belge.</p>

<h2>Nous contacter</h2>
<address>Bruxelles Prévention &amp; Sécurité<br>
Rue de Ligne 40<br>
1000 Bruxelles</address>
<p>Téléphone : <a href="tel:+3225079911">02 507 99 11</a></p>
""",
        "body_nl": """
<h2>Kort samengevat</h2>
<p>U kunt dit portaal bezoeken zonder dat iemand u volgt: geen cookies, geen trackers, geen
bezoekersstatistieken. We houden alleen technische logbestanden bij, voor de veiligheid van de
dienst. Op deze pagina leest u wat we wel en niet verzamelen en welke rechten u hebt volgens de
<abbr title="Algemene Verordening Gegevensbescherming">AVG</abbr>.</p>

<h2>Verwerkingsverantwoordelijke</h2>
<p>Verwerkingsverantwoordelijke is Brussel Preventie &amp; Veiligheid
(<abbr title="Brussel Preventie &amp; Veiligheid">BPV</abbr>), Ligniestraat 40, 1000 Brussel.</p>

<h2>Wat we niet verzamelen</h2>
<p>Als u het portaal bezoekt zonder in te loggen:</p>
<ul>
<li>wordt er geen enkele cookie op uw toestel geplaatst;</li>
<li>gebruiken we geen trackers of advertentietools;</li>
<li>houdt geen enkele statistiek- of analysetool bij hoe u surft;</li>
<li>komt alles wat nodig is om de pagina’s te tonen, lettertypes inbegrepen, van het portaal zelf:
we doen geen beroep op externe lettertypediensten of op een content delivery network
(<abbr title="Content Delivery Network">CDN</abbr>).</li>
</ul>
<p>Uw browser stuurt dus geen enkel verzoek naar een andere server dan die van het portaal. Klikt u
op een link naar een andere website, zoals Justel, dan gelden de regels van die website.</p>

<h2>Logbestanden van de server</h2>
<p>Zoals elke webserver houdt ook de onze een technisch spoor bij van elk verzoek dat binnenkomt.
Die logbestanden bevatten onder meer het <abbr title="Internet Protocol">IP</abbr>-adres waarvan
het verzoek komt, de datum en het tijdstip, en het adres van de opgevraagde pagina.</p>
<p>We gebruiken ze alleen om het portaal te beveiligen en goed te laten werken, bijvoorbeeld om
een aanval op te sporen of een storing te begrijpen. Ze worden slechts een beperkte tijd bewaard.
We gebruiken ze niet om bezoekers te tellen of personen te volgen.</p>

<h2>Ingelogde partners: strikt noodzakelijke cookies</h2>
<p>Sommige partners hebben een account om in te loggen op het portaal. Alleen in dat geval
gebruiken we twee cookies:</p>
<ul>
<li>een <strong>sessiecookie</strong>, die nodig is om ingelogd te blijven wanneer u van pagina
wisselt;</li>
<li>een <strong>beveiligingscookie</strong>
(<abbr title="Cross-Site Request Forgery">CSRF</abbr>), die formulieren beschermt tegen
frauduleuze verzoeken vanaf een andere website.</li>
</ul>
<p>Die cookies dienen nergens anders voor: niet voor reclame, niet voor statistieken en niet voor
profilering.</p>

<h2>Uw rechten</h2>
<p>De AVG geeft u onder meer het recht om:</p>
<ul>
<li>te weten welke gegevens over u we verwerken en er een kopie van te krijgen (recht van
inzage);</li>
<li>onjuiste gegevens te laten verbeteren (recht op rectificatie);</li>
<li>te vragen dat uw gegevens worden gewist (recht op gegevenswissing).</li>
</ul>
<p>Wilt u die rechten uitoefenen? Schrijf ons dan op het adres hieronder of bel ons. We kunnen u
vragen om uw identiteit aan te tonen voordat we op uw verzoek ingaan.</p>
<p>Vindt u dat we niet correct met uw gegevens omgaan? Dan kunt u een klacht indienen bij de
Gegevensbeschermingsautoriteit, de Belgische toezichthouder.</p>

<h2>Contact</h2>
<address>Brussel Preventie &amp; Veiligheid<br>
Ligniestraat 40<br>
1000 Brussel</address>
<p>Telefoon: <a href="tel:+3225079911">02 507 99 11</a></p>
""",
        "last_reviewed": datetime.date(2026, 11, 28),
    },
]

# The admin's forms strip the texts they receive: stored stripped, a page saved untouched changes nothing.
PAGES = [{name: value.strip() if isinstance(value, str) else value for name, value in page.items()} for page in PAGES]
