"""Initial directory records: confirmed facts only (../shared/reference/facts.md); unknown ones stay blank."""

ACTORS = [
    {
        "key": "bps",
        "name_fr": "Bruxelles Prévention & Sécurité",
        "name_nl": "Brussel Preventie & Veiligheid",
        "acronym_fr": "BPS",
        "acronym_nl": "BPV",
        "slug_fr": "bruxelles-prevention-securite",
        "slug_nl": "brussel-preventie-veiligheid",
        "street_fr": "Rue de Ligne 40",
        "street_nl": "Ligniestraat 40",
        "postcode": "1000",
        "municipality_fr": "Bruxelles",
        "municipality_nl": "Brussel",
        "phone": "+32 2 507 99 11",
        "fax": "+32 2 507 99 33",
        "website_fr": "https://safe.brussels/fr",
        "website_nl": "https://safe.brussels/nl",
    },
]
