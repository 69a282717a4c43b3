"""Corrections of the accessibility statement from the content review (issue 13): the Brussels
ordinance of 4 October 2018 and its order of 5 May 2022 beside the EU directive, the Ombudsman by
its legal name with its address, telephone and e-mail, and equal.brussels as the monitoring body.
Made where the page still holds the shipped wording; fresh installs get it from
bps_portal/initial_data/pages/. Sources: docs/content-sources.md.
"""

from importlib import import_module

from django.db import migrations

# (language, shipped fragment, corrected fragment)
CORRECTIONS = [
    (
        'fr',
        'organismes du secteur public.</p>',
        'organismes du secteur public. En Région de Bruxelles-Capitale, cette directive est transposée\npar l’ordonnance du 4 octobre 2018, publiée au <em>Moniteur belge</em> le 30 novembre 2018, et par\nson arrêté d’exécution du 5 mai 2022.</p>',
    ),
    (
        'fr',
        '<p>Si vous n’obtenez pas de réponse ou si notre réponse ne vous satisfait pas, vous pouvez adresser\nune plainte à l’Ombudsman de la Région de Bruxelles-Capitale (Ombudsman bruxellois).</p>',
        '<p>Si vous n’obtenez pas de réponse ou si notre réponse ne vous satisfait pas, vous pouvez adresser\nune plainte au médiateur bruxellois (Ombuds Bruxelles), compétent pour les administrations de la\nRégion, de la Commission communautaire française, de la Commission communautaire commune et des\ncommunes :</p>\n<address>Ombuds Bruxelles<br>\nPlace de la Vieille Halle aux Blés 1<br>\n1000 Bruxelles</address>\n<p>Téléphone : <a href="tel:+3225496700">02 549 67 00</a> ·\n<a href="mailto:plaintes@ombuds.brussels">plaintes@ombuds.brussels</a></p>\n<p>Le respect des règles d’accessibilité par les organismes publics bruxellois est contrôlé par\nequal.brussels.</p>',
    ),
    (
        'nl',
        'toegankelijkheid van de websites en mobiele applicaties van overheidsinstanties.</p>',
        'toegankelijkheid van de websites en mobiele applicaties van overheidsinstanties. In het Brussels\nHoofdstedelijk Gewest is die richtlijn omgezet door de ordonnantie van 4 oktober 2018, bekendgemaakt\nin het <em>Belgisch Staatsblad</em> op 30 november 2018, en door het uitvoeringsbesluit van\n5 mei 2022.</p>',
    ),
    (
        'nl',
        '<p>Krijgt u geen antwoord of bent u niet tevreden met ons antwoord? Dan kunt u een klacht indienen\nbij de Ombudsman van het Brussels Hoofdstedelijk Gewest (Brusselse Ombudsman).</p>',
        '<p>Krijgt u geen antwoord of bent u niet tevreden met ons antwoord? Dan kunt u een klacht indienen\nbij de Brusselse Ombudsman (Ombuds Brussel), bevoegd voor de besturen van het Gewest, de Franse\nGemeenschapscommissie, de Gemeenschappelijke Gemeenschapscommissie en de gemeenten:</p>\n<address>Ombuds Brussel<br>\nOud Korenhuis 1<br>\n1000 Brussel</address>\n<p>Telefoon: <a href="tel:+3225496700">02 549 67 00</a> ·\n<a href="mailto:klachten@ombuds.brussels">klachten@ombuds.brussels</a></p>\n<p>Of de Brusselse overheidsinstanties de toegankelijkheidsregels naleven, controleert\nequal.brussels.</p>',
    ),
]


def correct(apps, schema_editor):
    # The same replacement as the about page's (a module name that starts with a digit is imported so).
    import_module("bps_portal.migrations.0016_about_page_corrections").correct_page(apps, "accessibility", CORRECTIONS)


class Migration(migrations.Migration):
    dependencies = [("bps_portal", "0016_about_page_corrections")]

    operations = [migrations.RunPython(correct, migrations.RunPython.noop)]
