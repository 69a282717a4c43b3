"""Two theme texts of the 2021-2024 plan, from the content review (issue 13): the anti-burglary
subsidy dated (the source is a 2020 article), and the drugs theme's integrated reception centre and
March 2024 strategy presented as related actions, not plan measures (its Dutch text also loses an
acronym the French one did not have). Changed where the text is still the one shipped.
"""

from django.db import migrations

# (area number in 2021-2024, field, shipped text, corrected text)
DESCRIPTIONS = [
    (3, "description_fr", 'La mesure 3.4 prévoit des campagnes de prévention et de sensibilisation sur les drogues, notamment à destination des jeunes. Un centre d’accueil intégré pour les usagers de drogues en grande précarité est prévu avenue du Port 55, avec une ouverture annoncée pour 2026. En mars 2024, le Conseil régional de sécurité a approuvé une stratégie régionale contre le trafic de drogue, avec des task forces locales par point chaud et une cellule régionale de sécurité intégrale pilotée par safe.brussels.', 'La mesure 3.4 prévoit des campagnes de prévention et de sensibilisation sur les drogues, notamment à destination des jeunes. D’autres actions régionales touchent à cette thématique sans être des mesures du plan : un centre d’accueil intégré pour les usagers de drogues en grande précarité est prévu avenue du Port 55, avec une ouverture annoncée pour 2026 ; en mars 2024, le Conseil régional de sécurité a approuvé une stratégie régionale contre le trafic de drogue, avec des task forces locales par point chaud et une cellule régionale de sécurité intégrale pilotée par safe.brussels.'),
    (3, "description_nl", 'Maatregel 3.4 voorziet in preventie- en sensibiliseringscampagnes over drugs, onder meer voor jongeren. Aan de Havenlaan 55 komt een geïntegreerd opvangcentrum voor druggebruikers in grote bestaansonzekerheid, waarvan de opening gepland is in 2026. In maart 2024 keurde de Gewestelijke Veiligheidsraad een gewestelijke strategie tegen de drugshandel goed, met lokale taskforces per hotspot en een Gewestelijke Integrale Veiligheidscel (GIVC) onder leiding van safe.brussels.', 'Maatregel 3.4 voorziet in preventie- en sensibiliseringscampagnes over drugs, onder meer voor jongeren. Andere gewestelijke acties raken aan dit thema zonder maatregelen van het plan te zijn: aan de Havenlaan 55 komt een geïntegreerd opvangcentrum voor druggebruikers in grote bestaansonzekerheid, waarvan de opening gepland is in 2026; in maart 2024 keurde de Gewestelijke Veiligheidsraad een gewestelijke strategie tegen de drugshandel goed, met lokale taskforces per hotspot en een Gewestelijke Integrale Veiligheidscel onder leiding van safe.brussels.'),
    (5, "description_fr", 'Un subside de 3 millions d’euros par an est consacré à la lutte contre les cambriolages. Il soutient la présence visible sur le terrain, la surveillance des habitations, la technoprévention et la sensibilisation.', 'En 2020, la Région consacrait un subside de 3 millions d’euros par an à la lutte contre les cambriolages. Il soutenait la présence visible sur le terrain, la surveillance des habitations, la technoprévention et la sensibilisation.'),
    (5, "description_nl", 'Elk jaar gaat een subsidie van 3 miljoen euro naar de strijd tegen inbraken. Die subsidie ondersteunt zichtbare aanwezigheid op het terrein, woningtoezicht, technopreventie en sensibilisering.', 'In 2020 besteedde het Gewest elk jaar een subsidie van 3 miljoen euro aan de strijd tegen inbraken. Die subsidie ondersteunde zichtbare aanwezigheid op het terrein, woningtoezicht, technopreventie en sensibilisering.'),
]


def correct(apps, schema_editor):
    area_model = apps.get_model("gspp", "ThematicArea")
    for number, field, shipped, corrected in DESCRIPTIONS:
        fields = [field, "description"] if field == "description_fr" else [field]
        for name in fields:
            area_model.objects.filter(edition__key="2021-2024", number=number, **{name: shipped}).update(
                **{name: corrected}
            )


class Migration(migrations.Migration):
    dependencies = [("gspp", "0008_content_review_corrections")]

    operations = [migrations.RunPython(correct, migrations.RunPython.noop)]
