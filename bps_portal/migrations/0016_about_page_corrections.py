"""Corrections of the "about" page from the content review (issue 13): the 2024 axes as the
ordinance words them ("sécurité civile", not "protection civile"), what the 2014 special law did
with the governor's tasks, BPS reporting to the CORES rather than submitting the plan to it, and a
Dutch reference to the Provincial law. Made where the page still holds the shipped wording; fresh
installs get it from bps_portal/initial_data/pages/. Sources: docs/content-sources.md.
"""

from django.db import migrations

# (language, shipped fragment, corrected fragment)
CORRECTIONS = [
    (
        'fr',
        '<p>Depuis la refonte de notre ordonnance en 2024, ces tâches se rangent sous cinq grands axes :</p>\n<ol>\n<li>développer la connaissance en matière de sécurité ;</li>\n<li>coordonner, sur le terrain, la mise en œuvre des politiques publiques ;</li>\n<li>appuyer les autorités chargées de la protection civile et de l’ordre public ;</li>\n<li>faire connaître et valoriser les métiers de la sécurité ;</li>',
        '<p>Depuis la refonte de notre ordonnance en 2024, nos missions s’organisent autour de cinq\naxes :</p>\n<ol>\n<li>développer les connaissances en matière de prévention et de sécurité ;</li>\n<li>coordonner, sur le terrain, la mise en œuvre des politiques publiques ;</li>\n<li>appuyer les autorités en matière de sécurité civile et de maintien de l’ordre public ;</li>\n<li>promouvoir les métiers de la sécurité, de la prévention et du secours ;</li>',
    ),
    (
        'fr',
        '<p>Avec la Sixième Réforme de l’État, la loi spéciale du 6 janvier 2014 a transféré à la Région\nde Bruxelles-Capitale les compétences qu’exerçait jusqu’alors le gouverneur de l’arrondissement\nadministratif de Bruxelles-Capitale. La Région a créé BPS pour les prendre en charge.</p>',
        '<p>La loi spéciale du 6 janvier 2014 relative à la Sixième Réforme de l’État a supprimé la\nfonction de gouverneur de l’arrondissement administratif de Bruxelles-Capitale et réparti ses\nattributions : la sécurité civile et la planification d’urgence sont revenues au Haut\nfonctionnaire, les pouvoirs d’ordre public au Ministre-Président de la Région. La Région a ensuite\ncréé BPS pour coordonner sa politique de prévention et de sécurité.</p>',
    ),
    (
        'fr',
        'Nous le préparons avec nos partenaires,\nnous le soumettons au Conseil régional de sécurité\n(<abbr title="Conseil régional de sécurité">CORES</abbr>) et c’est le Gouvernement de la Région\nqui l’adopte.</p>',
        'Nous le préparons avec nos partenaires\net c’est le Gouvernement de la Région qui l’adopte. Nous rendons compte de la mise en œuvre de ses\nmesures au Conseil régional de sécurité (<abbr title="Conseil régional de sécurité">CORES</abbr>)\net au Gouvernement.</p>',
    ),
    (
        'nl',
        '<li>de bevoegdheden uitoefenen uit de artikelen 128 en 129 van de provinciewet, en de taken die\nbijzondere wetten aan de provinciegouverneur toekenden;</li>',
        '<li>de bevoegdheden uitoefenen bedoeld in de artikelen 128 en 129 van de Provinciewet, en de\ntaken die bijzondere wetten aan de provinciegouverneur toekenden;</li>',
    ),
    (
        'nl',
        '<p>Sinds onze ordonnantie in 2024 grondig werd herwerkt, zijn die taken ondergebracht in vijf\ndomeinen:</p>\n<ol>\n<li>kennis over veiligheid opbouwen;</li>\n<li>de uitvoering van het overheidsbeleid op het terrein coördineren;</li>\n<li>de overheden die bevoegd zijn voor civiele bescherming en openbare orde ondersteunen;</li>\n<li>de veiligheidsberoepen bekendmaken en promoten;</li>',
        '<p>Sinds onze ordonnantie in 2024 grondig werd herwerkt, zijn onze opdrachten rond vijf\ndomeinen georganiseerd:</p>\n<ol>\n<li>kennis over preventie en veiligheid opbouwen;</li>\n<li>de uitvoering van het overheidsbeleid op het terrein coördineren;</li>\n<li>de overheden ondersteunen op het vlak van civiele veiligheid en handhaving van de openbare\norde;</li>\n<li>de beroepen in veiligheid, preventie en hulpverlening promoten;</li>',
    ),
    (
        'nl',
        '<p>In het kader van de Zesde Staatshervorming heeft de bijzondere wet van 6 januari 2014 de\nbevoegdheden van de vroegere gouverneur van het administratief arrondissement Brussel-Hoofdstad\novergeheveld naar het Brussels Hoofdstedelijk Gewest. Om die taken op te nemen, heeft het Gewest\nBPV opgericht.</p>',
        '<p>De bijzondere wet van 6 januari 2014 met betrekking tot de Zesde Staatshervorming heeft het\nambt van gouverneur van het administratief arrondissement Brussel-Hoofdstad afgeschaft en zijn\ntaken verdeeld: de civiele veiligheid en de noodplanning gingen naar de Hoge Ambtenaar, de\nbevoegdheden inzake openbare orde naar de minister-president van het Gewest. Daarna heeft het\nGewest BPV opgericht om zijn preventie- en veiligheidsbeleid te coördineren.</p>',
    ),
    (
        'nl',
        'We bereiden het voor samen\nmet onze partners en leggen het voor aan de Gewestelijke Veiligheidsraad; de Brusselse Regering\nkeurt het goed.</p>',
        'We bereiden het voor samen\nmet onze partners en de Brusselse Regering keurt het goed. Over de uitvoering van de maatregelen\nbrengen we verslag uit bij de Gewestelijke Veiligheidsraad en de Regering.</p>',
    ),
]


def correct_page(apps, key, corrections):
    """Replace each shipped fragment of the page's bodies by its correction, where it is still there."""
    page_model = apps.get_model("bps_portal", "Page")
    page = page_model.objects.filter(key=key).first()
    if page is None:
        return
    bodies = {"fr": page.body_fr or "", "nl": page.body_nl or ""}
    for language, shipped, corrected in corrections:
        bodies[language] = bodies[language].replace(shipped, corrected)
    changed = {f"body_{language}": body for language, body in bodies.items() if body != getattr(page, f"body_{language}")}
    if "body_fr" in changed and page.body == page.body_fr:
        changed["body"] = changed["body_fr"]
    if changed:
        # .update(): the translation stamps stay, so neither language is flagged as outdated.
        page_model.objects.filter(pk=page.pk).update(**changed)


def correct(apps, schema_editor):
    correct_page(apps, "about", CORRECTIONS)


class Migration(migrations.Migration):
    dependencies = [("bps_portal", "0015_page_body_kept_by_sanitizer")]

    operations = [migrations.RunPython(correct, migrations.RunPython.noop)]
