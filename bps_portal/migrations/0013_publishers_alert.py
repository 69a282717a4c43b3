"""Publishers publish, schedule and withdraw the crisis alert.

ROLES is a copy of bps_portal.roles as it stands with this migration (see 0007_roles).
"""

from django.db import migrations

from bps_portal.roles import apply_roles_in_migration

ROLES = {
    'Plan – rédaction / Plan – redactie': [
        'agencies.view_actor',
        'gspp.add_measure',
        'gspp.add_planedition',
        'gspp.add_progressupdate',
        'gspp.add_strategicobjective',
        'gspp.add_thematicarea',
        'gspp.change_measure',
        'gspp.change_planedition',
        'gspp.change_progressupdate',
        'gspp.change_strategicobjective',
        'gspp.change_thematicarea',
        'gspp.view_measure',
        'gspp.view_planedition',
        'gspp.view_progressupdate',
        'gspp.view_strategicobjective',
        'gspp.view_thematicarea',
    ],
    'Pages – rédaction / Pagina’s – redactie': [
        'bps_portal.add_page',
        'bps_portal.change_page',
        'bps_portal.view_page',
    ],
    'Annuaire – rédaction / Partnergids – redactie': [
        'agencies.add_actor',
        'agencies.add_contactpoint',
        'agencies.add_municipality',
        'agencies.add_postcode',
        'agencies.change_actor',
        'agencies.change_contactpoint',
        'agencies.change_municipality',
        'agencies.change_postcode',
        'agencies.view_actor',
        'agencies.view_actortype',
        'agencies.view_contactpoint',
        'agencies.view_municipality',
        'agencies.view_partner_contacts',
        'agencies.view_postcode',
        'gspp.view_thematicarea',
    ],
    'Publication / Publicatie': [
        'agencies.add_actor',
        'agencies.add_contactpoint',
        'agencies.add_municipality',
        'agencies.add_postcode',
        'agencies.change_actor',
        'agencies.change_contactpoint',
        'agencies.change_municipality',
        'agencies.change_postcode',
        'agencies.delete_actor',
        'agencies.delete_contactpoint',
        'agencies.delete_municipality',
        'agencies.delete_postcode',
        'agencies.view_actor',
        'agencies.view_actortype',
        'agencies.view_contactpoint',
        'agencies.view_municipality',
        'agencies.view_partner_contacts',
        'agencies.view_postcode',
        'bps_portal.add_alert',
        'bps_portal.add_page',
        'bps_portal.change_alert',
        'bps_portal.change_page',
        'bps_portal.delete_alert',
        'bps_portal.delete_page',
        'bps_portal.publish_page',
        'bps_portal.view_alert',
        'bps_portal.view_auditentry',
        'bps_portal.view_page',
        'gspp.add_measure',
        'gspp.add_planedition',
        'gspp.add_progressupdate',
        'gspp.add_strategicobjective',
        'gspp.add_thematicarea',
        'gspp.change_measure',
        'gspp.change_planedition',
        'gspp.change_progressupdate',
        'gspp.change_strategicobjective',
        'gspp.change_thematicarea',
        'gspp.delete_measure',
        'gspp.delete_planedition',
        'gspp.delete_progressupdate',
        'gspp.delete_strategicobjective',
        'gspp.delete_thematicarea',
        'gspp.publish_measure',
        'gspp.view_measure',
        'gspp.view_planedition',
        'gspp.view_progressupdate',
        'gspp.view_strategicobjective',
        'gspp.view_thematicarea',
    ],
    'Partenaires / Partners': [
        'agencies.view_partner_contacts',
    ],
}


def update_roles(apps, schema_editor):
    apply_roles_in_migration(ROLES, apps)


class Migration(migrations.Migration):
    dependencies = [
        ('bps_portal', '0012_alerts'),
    ]

    operations = [migrations.RunPython(update_roles, migrations.RunPython.noop)]
