"""The imports point one way: building blocks <- apps <- the site-wide roof.

- Building blocks (every `bps_portal` module but the roof's) import no app and nothing of the roof.
- The directory builds on the plan: `agencies` may import `gspp`, `gspp` never imports `agencies`.
- Apps never import the roof (the site-wide modules that gather the apps).
- One rule decides which contact points a person sees: `agencies.selectors.contact_points_for`.

Migrations are generated code and left out.
"""

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APPS = ("agencies", "gspp")
# Site-wide modules that gather the apps: URLs, site views (search), search, sitemaps,
# context processors, the initial data and its documentation.
ROOF = {
    "bps_portal.urls",
    "bps_portal.views",
    "bps_portal.search",
    "bps_portal.sitemaps",
    "bps_portal.context_processors",
    "bps_portal.management.commands.load_initial_data",
    "bps_portal.initial_data",  # the seed data: sources, pages, and every app's loader in order
    "bps_portal.sources_doc",
    "bps_portal.management.commands.write_sources_doc",
    "bps_portal.open_data",  # the datasets of every app, and their catalogue
    "bps_portal.dcat",
}
# The directory builds on the plan: (importer, imported) pairs that are forbidden.
FORBIDDEN_BETWEEN_APPS = {("gspp", "agencies")}


def modules():
    for package in ("bps_portal", *APPS):
        for path in sorted((ROOT / package).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            name = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
            yield name, path


def imported_modules(name, path):
    """Every module the file imports, absolute, relative imports resolved."""
    tree = ast.parse(path.read_text(), filename=str(path))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1] + ([base] if base else []))
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def layer_of(module):
    top = module.split(".")[0]
    if top in APPS:
        return top
    if top == "bps_portal":
        return "roof" if any(module == roof or module.startswith(roof + ".") for roof in ROOF) else "block"
    return None


IMPORTS = [(name, sorted(imported_modules(name, path))) for name, path in modules()]


def test_the_roof_modules_exist():
    names = {name for name, _imports in IMPORTS}
    assert names >= ROOF


def violations(module, imports):
    importer, found = layer_of(module), []
    for imported in imports:
        target = layer_of(imported)
        if target is None or imported == module:
            continue
        if importer == "block" and target != "block":
            found.append(f"{module} is a building block and imports {imported}")
        elif importer in APPS and target == "roof":
            found.append(f"{module} imports the site-wide {imported}")
        elif (importer, target) in FORBIDDEN_BETWEEN_APPS:
            found.append(f"{module} imports {imported}: the directory builds on the plan, not the reverse")
    return found


@pytest.mark.parametrize(("module", "imports"), IMPORTS, ids=[name for name, _imports in IMPORTS])
def test_imports_point_one_way(module, imports):
    assert violations(module, imports) == []


@pytest.mark.parametrize(
    ("module", "source"),
    [
        ("gspp.probe", "from agencies.models import Actor"),
        ("gspp.probe", "import agencies.selectors"),
        ("bps_portal.generic_views", "from gspp import selectors"),
        ("bps_portal.templatetags.probe", "from ..search import KINDS"),
        ("agencies.views", "from bps_portal.views import SearchView"),
    ],
)
def test_the_layer_check_catches_a_wrong_import(tmp_path, module, source):
    path = tmp_path / "probe.py"
    path.write_text(source + "\n")
    assert violations(module, imported_modules(module, path))


# Filtering or comparing on a contact point's visibility: only agencies/selectors.py may.
VISIBILITY_RULE = re.compile(
    r"visibility__|__visibility\b|Q\(\s*visibility|(filter|exclude)\([^)]*\bvisibility\b"
    r"|\.visibility\s*(==|!=|\bin\b|\bnot in\b)|Visibility\.(PUBLIC|PARTNERS)\s*(==|!=|\))"
)
RULE_HOME = {"agencies/selectors.py", "agencies/models.py"}


def source_files():
    for package in ("bps_portal", *APPS, "templates"):
        for path in sorted((ROOT / package).rglob("*")):
            if path.suffix in (".py", ".html", ".txt") and "migrations" not in path.parts:
                yield path


def test_only_the_selector_decides_which_contact_points_a_person_sees():
    offenders = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in source_files()
        if str(path.relative_to(ROOT)) not in RULE_HOME
        for number, line in enumerate(path.read_text().splitlines(), start=1)
        if VISIBILITY_RULE.search(line)
    ]
    assert offenders == []


@pytest.mark.parametrize(
    "line",
    [
        'points = ContactPoint.objects.filter(visibility="public")',
        "if point.visibility == Visibility.PUBLIC:",
        'queryset.exclude(contact_points__visibility="partners")',
        "{% if point.visibility == 'public' %}",
    ],
)
def test_the_visibility_check_catches_a_rule_written_again(line):
    assert VISIBILITY_RULE.search(line)
